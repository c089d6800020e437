/**
 * Resolves in a later task, so that input and painting can run in between. A message, not
 * setTimeout: browsers hold nested timeouts back by at least 4 ms.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
