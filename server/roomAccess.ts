import { createHash, timingSafeEqual } from 'node:crypto';

/** Rooms are random ids: anything else is refused before it can name a room. */
export const roomNamePattern = /^[A-Za-z0-9_-]{16,64}$/;

/** 22 base64url characters carry 128 random bits. */
export const minimumTokenLength = 22;

export const maximumTokenLength = 512;

/**
 * Hocuspocus sends `reason` to the client in its permission-denied message. The message stays
 * empty because Hocuspocus logs every hook error that has one, and a refusal is no server error.
 */
export class RoomAccessRefused extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super('');
    this.name = 'RoomAccessRefused';
    this.reason = reason;
  }
}

/** Registers the room with this token hash unless it has one; resolves with the hash it has. */
export type ClaimRoom = (room: string, tokenHash: Uint8Array) => Promise<Uint8Array>;

export function hashRoomToken(token: string): Uint8Array {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Lets the first token a room sees in, and from then on only that token: the room keeps the
 * token's SHA-256, compared in constant time. Throws `RoomAccessRefused` otherwise.
 */
export async function authorizeRoomAccess(
  room: string,
  token: string,
  claimRoom: ClaimRoom,
): Promise<void> {
  if (!roomNamePattern.test(room)) throw new RoomAccessRefused('invalid-room');
  if (token.length < minimumTokenLength || token.length > maximumTokenLength) {
    throw new RoomAccessRefused('invalid-token');
  }
  const tokenHash = hashRoomToken(token);
  const registered = await claimRoom(room, tokenHash);
  if (registered.length !== tokenHash.length || !timingSafeEqual(registered, tokenHash)) {
    throw new RoomAccessRefused('permission-denied');
  }
}
