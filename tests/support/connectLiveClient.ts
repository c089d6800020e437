import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export interface TestClient {
  readonly document: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly authenticationFailures: string[];
  readonly closes: { code: number; reason: string }[];
  /** Whether the server has every local change. */
  isSaved(): boolean;
  isSynced(): boolean;
  destroy(): void;
}

/**
 * ws emits an error when a socket still connecting is closed (a client destroyed while it tries
 * again); with no listener of its own that error is thrown from the event loop, after the test.
 * The provider still hears every error through its own handlers.
 */
class ListenedWebSocket extends WebSocket {
  constructor(...parameters: ConstructorParameters<typeof WebSocket>) {
    super(...parameters);
    this.on('error', () => undefined);
  }
}

/** A Node client as the app connects, reconnecting quickly so tests stay short. */
export function connectTestClient(options: {
  url: string;
  room: string;
  token: string;
  document?: Y.Doc;
}): TestClient {
  const document = options.document ?? new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: ListenedWebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1.5,
    jitter: false,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: options.room,
    token: options.token,
    document,
  });
  const authenticationFailures: string[] = [];
  const closes: { code: number; reason: string }[] = [];
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    authenticationFailures.push(reason);
  });
  websocketProvider.on('close', ({ event }: { event: { code: number; reason: string } }) => {
    closes.push({ code: event.code, reason: String(event.reason) });
  });
  provider.attach();
  let destroyed = false;
  return {
    document,
    provider,
    authenticationFailures,
    closes,
    isSaved: () => provider.isSynced && !provider.hasUnsyncedChanges,
    isSynced: () => provider.isSynced,
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}
