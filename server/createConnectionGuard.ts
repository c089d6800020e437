import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { createMessageRateLimiter, type MessageRateLimit } from './messageRateLimit';

/** WebSocket close codes 4000–4999 are the application's; these follow HTTP's numbers. */
export const forbiddenCloseCode = 4403;
export const tooManyMessagesCloseCode = 4429;
/** RFC 6455: the server met an unexpected condition. */
export const internalErrorCloseCode = 1011;

/** Thrown from a hook for a connection the guard has closed: Hocuspocus drops the message. */
export class ConnectionClosedByGuard extends Error {
  readonly code: number;
  readonly reason: string;

  constructor(code: number, reason: string) {
    super(reason);
    this.name = 'ConnectionClosedByGuard';
    this.code = code;
    this.reason = reason;
  }
}

export interface ConnectionGuard {
  /** Starts watching a new connection (a `connection` listener of the WebSocket server). */
  watch(socket: WebSocket, request: IncomingMessage): void;
  /** The close the guard gave the connection that made this request, if it closed it. */
  closedWith(request: IncomingMessage): ConnectionClosedByGuard | undefined;
  /** The close that refuses this incoming message, if it came when its connection was closed. */
  refusing(message: Uint8Array): ConnectionClosedByGuard | undefined;
  /** Closes the connection once the replies already queued for it have gone out. */
  close(request: IncomingMessage, code: number, reason: string): void;
}

/**
 * Closes a connection that sends more than the rate limit allows with `tooManyMessagesCloseCode`.
 * Hocuspocus' own listeners still see the message that crossed the limit and those that follow
 * before the socket closes, so its hooks ask `refusing` and drop them.
 */
export function createConnectionGuard(
  limit: MessageRateLimit,
  now: () => number = () => performance.now(),
): ConnectionGuard {
  const sockets = new WeakMap<IncomingMessage, WebSocket>();
  const closes = new WeakMap<IncomingMessage, ConnectionClosedByGuard>();
  const refusedMessages = new WeakMap<object, ConnectionClosedByGuard>();
  const tooManyMessages = `Too many messages: more than ${limit.messagesPerSecond} a second`;

  function close(request: IncomingMessage, code: number, reason: string): ConnectionClosedByGuard {
    const earlier = closes.get(request);
    if (earlier !== undefined) return earlier;
    const closed = new ConnectionClosedByGuard(code, reason);
    closes.set(request, closed);
    setImmediate(() => sockets.get(request)?.close(code, reason));
    return closed;
  }

  return {
    watch: (socket, request) => {
      sockets.set(request, socket);
      const withinLimit = createMessageRateLimiter(limit, now());
      // Prepended so the message is judged before Hocuspocus handles it (ws hands every listener
      // the same Buffer, which is what reaches the hooks).
      socket.prependListener('message', (message: object) => {
        const closed =
          closes.get(request) ??
          (withinLimit(now())
            ? undefined
            : close(request, tooManyMessagesCloseCode, tooManyMessages));
        if (closed !== undefined) refusedMessages.set(message, closed);
      });
    },
    closedWith: (request) => closes.get(request),
    refusing: (message) => refusedMessages.get(message),
    close: (request, code, reason) => {
      close(request, code, reason);
    },
  };
}
