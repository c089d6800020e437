import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import {
  createConnectionGuard,
  forbiddenCloseCode,
  internalErrorCloseCode,
} from './createConnectionGuard';
import type { MessageRateLimit } from './messageRateLimit';
import { authorizeRoomAccess, RoomAccessRefused } from './roomAccess';
import { claimRoomInDatabase, claimRoomThroughRedis } from './roomClaims';
import { openRoomDatabase } from './roomDatabase';

export interface RedisAddress {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly database?: number;
  readonly tls?: boolean;
}

export interface CollabServerOptions {
  readonly host: string;
  /** 0 takes any free port. */
  readonly port: number;
  readonly databasePath: string;
  /** When set, instances on the same Redis share their rooms. */
  readonly redis?: RedisAddress;
  readonly maximumMessageBytes?: number;
  readonly messageRateLimit?: MessageRateLimit;
}

export interface CollabServer {
  readonly hocuspocusServer: Server;
  /** Starts listening; resolves with the port. */
  listen(): Promise<number>;
  /** Stores every open room, closes every connection, writes the database and leaves Redis. */
  stop(): Promise<void>;
}

/**
 * The first sync of a shared report carries the whole document in one message, so the cap sits
 * above the app's 25 MB import cap (`maximumImportBytes`): any report the app opens can be shared.
 */
export const defaultMaximumMessageBytes = 32 * 1024 * 1024;

/** Typing and caret moves send a few dozen a second; a reconnect flushes what was queued meanwhile. */
export const defaultMessageRateLimit: MessageRateLimit = {
  messagesPerSecond: 200,
  burstMessages: 1000,
};

function createRedisExtension(address: RedisAddress): Redis {
  return new Redis({
    host: address.host,
    port: address.port,
    options: {
      ...(address.username === undefined ? {} : { username: address.username }),
      ...(address.password === undefined ? {} : { password: address.password }),
      ...(address.database === undefined ? {} : { db: address.database }),
      ...(address.tls === true ? { tls: {} } : {}),
    },
  });
}

/** Builds the co-editing server (Hocuspocus) without listening yet. */
export async function createCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const database = await openRoomDatabase({ path: options.databasePath });
  const redis = options.redis === undefined ? undefined : createRedisExtension(options.redis);
  const claimRoom =
    redis === undefined
      ? claimRoomInDatabase(database)
      : claimRoomThroughRedis(database, redis.pub);
  const guard = createConnectionGuard(options.messageRateLimit ?? defaultMessageRateLimit);

  const roomAccess: Extension = {
    extensionName: 'RoomAccess',
    async onAuthenticate({ documentName, token, request }) {
      const closed = guard.closedWith(request);
      if (closed !== undefined) throw closed;
      try {
        await authorizeRoomAccess(documentName, token, claimRoom);
      } catch (error) {
        if (error instanceof RoomAccessRefused) {
          guard.close(request, forbiddenCloseCode, 'Forbidden');
          throw error;
        }
        // Not the client's fault (Redis away, say): it may try again, so it is not told "denied".
        console.error(`Could not check the token of room ${documentName}:`, error);
        guard.close(request, internalErrorCloseCode, 'Could not check the token');
        throw new RoomAccessRefused('unavailable');
      }
    },
    async beforeHandleMessage({ update }) {
      const closed = guard.refusing(update);
      if (closed !== undefined) throw closed;
    },
    async onDestroy() {
      await database.close();
    },
  };

  const persistence = new Database({
    fetch: async ({ documentName }) => database.readDocument(documentName),
    store: async ({ documentName, state }) => {
      database.writeDocument(documentName, new Uint8Array(state));
    },
  });

  const hocuspocusServer = new Server(
    {
      address: options.host,
      port: options.port,
      quiet: true,
      stopOnSignals: false,
      extensions:
        redis === undefined ? [roomAccess, persistence] : [redis, roomAccess, persistence],
    },
    { maxPayload: options.maximumMessageBytes ?? defaultMaximumMessageBytes },
  );
  hocuspocusServer.webSocketServer.on('connection', guard.watch);

  return {
    hocuspocusServer,
    listen: async () => {
      await hocuspocusServer.listen();
      return hocuspocusServer.address.port;
    },
    stop: async () => {
      await hocuspocusServer.destroy();
      // Hocuspocus tells clients the rooms are closed but leaves their sockets open.
      for (const socket of hocuspocusServer.webSocketServer.clients) socket.terminate();
    },
  };
}
