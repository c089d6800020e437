export interface MessageRateLimit {
  /** Sustained rate. */
  readonly messagesPerSecond: number;
  /** How many messages may arrive at once after a quiet spell. */
  readonly burstMessages: number;
}

/**
 * A token bucket: it holds `burstMessages` and refills at `messagesPerSecond`. The returned function
 * says whether a message arriving at `nowMilliseconds` is within the limit (and counts it if so).
 */
export function createMessageRateLimiter(
  limit: MessageRateLimit,
  startMilliseconds: number,
): (nowMilliseconds: number) => boolean {
  let available = limit.burstMessages;
  let refilledAt = startMilliseconds;
  return (nowMilliseconds) => {
    const elapsedSeconds = Math.max(0, nowMilliseconds - refilledAt) / 1000;
    available = Math.min(limit.burstMessages, available + elapsedSeconds * limit.messagesPerSecond);
    refilledAt = nowMilliseconds;
    if (available < 1) return false;
    available -= 1;
    return true;
  };
}
