import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  authorizeRoomAccess,
  hashRoomToken,
  RoomAccessRefused,
  type ClaimRoom,
} from '../../../server/roomAccess';
import {
  claimRoomInDatabase,
  claimRoomThroughRedis,
  sharedRoomKeyPrefix,
  type SharedKeyValueStore,
} from '../../../server/roomClaims';
import { openRoomDatabase, type RoomDatabase } from '../../../server/roomDatabase';

const room = 'q3Zt0m7WcM1kR8pX-aB_4Q';
const token = 'uP9v2LrX0cQk7sW1nZ4bTj8yHe5a';
const otherToken = 'Bv7Qp2Lm9Xc4Rt1Ws8Nk3Hy6Jd0f';

const folders: string[] = [];
const databases: RoomDatabase[] = [];

afterEach(async () => {
  for (const database of databases.splice(0)) await database.close();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function openTemporaryDatabase(): Promise<{ database: RoomDatabase; path: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'room-claims-test-'));
  folders.push(folder);
  const path = join(folder, 'nested', 'rooms.sqlite');
  const database = await openRoomDatabase({ path });
  databases.push(database);
  return { database, path };
}

function memoryRedis(): SharedKeyValueStore & { keys: Map<string, string> } {
  const keys = new Map<string, string>();
  return {
    keys,
    set: async (key, value) => {
      if (keys.has(key)) return null;
      keys.set(key, value);
      return 'OK';
    },
    get: async (key) => keys.get(key) ?? null,
  };
}

async function refusal(attempt: Promise<void>): Promise<string | undefined> {
  try {
    await attempt;
    return undefined;
  } catch (error) {
    if (error instanceof RoomAccessRefused) return error.reason;
    throw error;
  }
}

describe('room access', () => {
  it('lets the first token in and then only that one', async () => {
    const { database } = await openTemporaryDatabase();
    const claimRoom: ClaimRoom = claimRoomInDatabase(database);
    expect(await refusal(authorizeRoomAccess(room, token, claimRoom))).toBeUndefined();
    expect(await refusal(authorizeRoomAccess(room, token, claimRoom))).toBeUndefined();
    expect(await refusal(authorizeRoomAccess(room, otherToken, claimRoom))).toBe(
      'permission-denied',
    );
    expect(await refusal(authorizeRoomAccess('a/b', token, claimRoom))).toBe('invalid-room');
    expect(await refusal(authorizeRoomAccess(room, 'short', claimRoom))).toBe('invalid-token');
    expect(Buffer.from(database.readTokenHash(room) ?? []).toString('hex')).toBe(
      Buffer.from(hashRoomToken(token)).toString('hex'),
    );
  });

  it('keeps rooms and documents in the file, replaced whole', async () => {
    const { database, path } = await openTemporaryDatabase();
    database.registerTokenHash(room, hashRoomToken(token));
    database.writeDocument(room, new Uint8Array([1, 2, 3]));
    await database.close();
    databases.splice(0);
    expect(await readdir(join(path, '..'))).toEqual(['rooms.sqlite']);

    const reopened = await openRoomDatabase({ path });
    databases.push(reopened);
    expect([...(reopened.readDocument(room) ?? [])]).toEqual([1, 2, 3]);
    expect(reopened.readDocument('another-room-id-0001')).toBeNull();
    expect(reopened.registerTokenHash(room, hashRoomToken(otherToken))).toEqual(
      reopened.readTokenHash(room),
    );
    expect(
      await refusal(authorizeRoomAccess(room, otherToken, claimRoomInDatabase(reopened))),
    ).toBe('permission-denied');
  });

  it('claims a room once for every instance sharing Redis', async () => {
    const redis = memoryRedis();
    const east = (await openTemporaryDatabase()).database;
    const west = (await openTemporaryDatabase()).database;
    await authorizeRoomAccess(room, token, claimRoomThroughRedis(east, redis));
    expect(
      await refusal(authorizeRoomAccess(room, otherToken, claimRoomThroughRedis(west, redis))),
    ).toBe('permission-denied');
    expect(
      await refusal(authorizeRoomAccess(room, token, claimRoomThroughRedis(west, redis))),
    ).toBeUndefined();
  });

  it('trusts its own record when Redis has lost the room, and puts it back', async () => {
    const redis = memoryRedis();
    const east = (await openTemporaryDatabase()).database;
    await authorizeRoomAccess(room, token, claimRoomThroughRedis(east, redis));
    redis.keys.clear();
    expect(
      await refusal(authorizeRoomAccess(room, otherToken, claimRoomThroughRedis(east, redis))),
    ).toBe('permission-denied');
    expect(redis.keys.get(`${sharedRoomKeyPrefix}${room}`)).toBe(
      Buffer.from(hashRoomToken(token)).toString('hex'),
    );
  });
});
