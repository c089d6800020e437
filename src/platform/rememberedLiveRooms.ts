const key = 'ml-report-studio:live-rooms';

/** A live room a report of this browser is shared in: where, which, and its secret token. */
export interface RememberedLiveRoom {
  server: string;
  room: string;
  token: string;
}

function isRememberedLiveRoom(value: unknown): value is RememberedLiveRoom {
  if (typeof value !== 'object' || value === null) return false;
  const { server, room, token } = value as Record<string, unknown>;
  return typeof server === 'string' && typeof room === 'string' && typeof token === 'string';
}

function readAll(): Map<string, RememberedLiveRoom> {
  const rooms = new Map<string, RememberedLiveRoom>();
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return rooms;
    for (const [reportId, room] of Object.entries(parsed))
      if (isRememberedLiveRoom(room))
        rooms.set(reportId, { server: room.server, room: room.room, token: room.token });
  } catch {
    // Storage blocked or its value broken: no room is remembered.
  }
  return rooms;
}

function writeAll(rooms: Map<string, RememberedLiveRoom>): void {
  try {
    localStorage.setItem(key, JSON.stringify(Object.fromEntries(rooms)));
  } catch {
    // Not kept: the report is then not rejoined after a reload, and the link still works.
  }
}

/**
 * The room a report is live in, kept in this browser so that a reload (or coming back to the
 * report) rejoins it with what was typed meanwhile; the token stays on this machine.
 */
export function rememberLiveRoom(reportId: string, room: RememberedLiveRoom): void {
  const rooms = readAll();
  rooms.set(reportId, { server: room.server, room: room.room, token: room.token });
  writeAll(rooms);
}

export function forgetLiveRoom(reportId: string): void {
  const rooms = readAll();
  if (rooms.delete(reportId)) writeAll(rooms);
}

export function rememberedLiveRoom(reportId: string): RememberedLiveRoom | undefined {
  return readAll().get(reportId);
}
