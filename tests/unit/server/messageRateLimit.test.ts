import { describe, expect, it } from 'vitest';
import { createMessageRateLimiter } from '../../../server/messageRateLimit';

function countAccepted(
  withinLimit: (now: number) => boolean,
  messages: number,
  at: number,
): number {
  let accepted = 0;
  for (let index = 0; index < messages; index += 1) if (withinLimit(at)) accepted += 1;
  return accepted;
}

describe('createMessageRateLimiter', () => {
  it('lets a burst through, then refuses until time refills it', () => {
    const withinLimit = createMessageRateLimiter({ messagesPerSecond: 10, burstMessages: 5 }, 0);
    expect(countAccepted(withinLimit, 8, 0)).toBe(5);
    expect(withinLimit(50)).toBe(false);
    expect(withinLimit(100)).toBe(true);
    expect(withinLimit(100)).toBe(false);
  });

  it('never saves up more than the burst', () => {
    const withinLimit = createMessageRateLimiter({ messagesPerSecond: 10, burstMessages: 5 }, 0);
    expect(countAccepted(withinLimit, 20, 60_000)).toBe(5);
  });

  it('holds the sustained rate', () => {
    const withinLimit = createMessageRateLimiter(
      { messagesPerSecond: 200, burstMessages: 1000 },
      0,
    );
    let acceptedAtTheRate = 0;
    for (let millisecond = 0; millisecond < 10_000; millisecond += 5) {
      acceptedAtTheRate += countAccepted(withinLimit, 1, millisecond);
    }
    expect(acceptedAtTheRate).toBe(2000);
    let acceptedWhenFlooding = 0;
    for (let millisecond = 0; millisecond < 10_000; millisecond += 1) {
      acceptedWhenFlooding += countAccepted(withinLimit, 10, 10_000 + millisecond);
    }
    // A full bucket, then 200 a second for 10 seconds.
    expect(acceptedWhenFlooding).toBeGreaterThanOrEqual(2990);
    expect(acceptedWhenFlooding).toBeLessThanOrEqual(3000);
  });
});
