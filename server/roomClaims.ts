import type { ClaimRoom } from './roomAccess';
import type { RoomDatabase } from './roomDatabase';

/** The few Redis commands a shared claim needs (ioredis' client has them). */
export interface SharedKeyValueStore {
  set(key: string, value: string, mode: 'NX'): Promise<unknown>;
  get(key: string): Promise<string | null>;
}

export const sharedRoomKeyPrefix = 'ml-report-studio:room-token:';

const sha256HexPattern = /^[0-9a-f]{64}$/;

/** One instance: the room's token hash lives in its database. */
export function claimRoomInDatabase(database: RoomDatabase): ClaimRoom {
  return async (room, tokenHash) => database.registerTokenHash(room, tokenHash);
}

/**
 * Several instances behind Redis: a room must hold its first token on every instance, so the claim
 * is made once in Redis (SET NX). The instance's own record still wins, so a Redis that lost its
 * keys cannot let a stranger re-register a room this instance knows; it is put back instead.
 */
export function claimRoomThroughRedis(
  database: RoomDatabase,
  redis: SharedKeyValueStore,
): ClaimRoom {
  return async (room, tokenHash) => {
    const key = `${sharedRoomKeyPrefix}${room}`;
    const known = database.readTokenHash(room);
    await redis.set(key, Buffer.from(known ?? tokenHash).toString('hex'), 'NX');
    if (known !== undefined) return known;
    const shared = await redis.get(key);
    if (shared === null || !sha256HexPattern.test(shared)) {
      throw new Error(`Redis holds no valid token hash for room ${room}`);
    }
    return database.registerTokenHash(room, Buffer.from(shared, 'hex'));
  };
}
