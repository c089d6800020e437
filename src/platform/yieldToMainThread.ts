interface Scheduler {
  yield: () => Promise<void>;
}

/**
 * Ends the current task so the browser can paint and take input before the next step. Uses
 * scheduler.yield where the browser has it (it resumes ahead of other queued tasks), else a
 * message: browsers hold nested timeouts back by at least 4 ms.
 */
export function yieldToMainThread(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
