import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** How long the room kept in this browser may take to load before the server is reached anyway. */
const storageWaitMilliseconds = 3000;

export type LiveConnectionStatus = 'connecting' | 'connected' | 'offline';

export interface LiveConnectionEvents {
  onStatus: (status: LiveConnectionStatus) => void;
  /** The first (and every later) full exchange with the server is done. */
  onSynced: () => void;
  /** The server refused the token: nothing of the room is sent or received. */
  onRefused: (reason: string) => void;
  /** The server could not be reached, or the connection dropped; edits are kept here meanwhile. */
  onUnreachable: () => void;
}

export interface LiveConnectionOptions extends LiveConnectionEvents {
  server: string;
  room: string;
  token: string;
  document: Y.Doc;
  /**
   * Runs once this browser's copy of the room is in the document and before the server is
   * reached: what is done here is a change of this browser's, merged with the others' after it.
   */
  beforeConnecting?: () => void;
}

export interface LiveConnection {
  awareness: Awareness;
  isSynced: () => boolean;
  /** Resolves once this browser's copy of the room (kept while offline) is in the document, or 3 s passed without one. */
  whenStoredHere: Promise<void>;
  destroy: () => void;
}

/**
 * The only way the page talks to a server: the live room's websocket (Hocuspocus), and a copy of
 * the room in this browser (y-indexeddb) so edits made while the server is away are kept, across a
 * reload too, and sent when it is back.
 */
export function openLiveConnection({
  server,
  room,
  token,
  document,
  onStatus,
  onSynced,
  onRefused,
  onUnreachable,
  beforeConnecting,
}: LiveConnectionOptions): LiveConnection {
  const storedHere = new IndexeddbPersistence(`ml-report-studio-live:${room}`, document);
  // A server that went away is tried again soon: people keep typing meanwhile.
  const socket = new HocuspocusProviderWebsocket({
    url: server,
    delay: 500,
    minDelay: 500,
    factor: 1.5,
    maxDelay: 3000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document,
  });
  provider.on('status', ({ status }: { status: string }) => {
    onStatus(
      status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline',
    );
  });
  provider.on('synced', ({ state }: { state: boolean }) => {
    if (state) onSynced();
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => onRefused(reason));
  provider.on('close', () => onUnreachable());
  let destroyed = false;
  // A browser that cannot open IndexedDB still connects, only without a copy kept here.
  const storedOrGivenUp = Promise.race([
    storedHere.whenSynced.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), storageWaitMilliseconds)),
  ]);
  void storedOrGivenUp.then((stored) => {
    if (destroyed) return;
    if (stored) beforeConnecting?.();
    provider.attach();
  });
  const awareness = provider.awareness;
  if (awareness === null) throw new Error('The live connection has no awareness');
  return {
    awareness,
    isSynced: () => provider.isSynced,
    whenStoredHere: storedOrGivenUp.then(() => undefined),
    destroy: () => {
      destroyed = true;
      provider.destroy();
      socket.destroy();
      void storedHere.destroy();
    },
  };
}
