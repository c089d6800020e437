import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `condition` until it holds; fails naming `what` after `timeoutMilliseconds`. */
export async function waitUntil(
  what: string,
  condition: () => boolean,
  timeoutMilliseconds = 5000,
): Promise<void> {
  const deadline = performance.now() + timeoutMilliseconds;
  while (!condition()) {
    if (performance.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMilliseconds} ms waiting until ${what}`);
    }
    await sleep(15);
  }
}
