import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import initSqlJs from 'sql.js';

/** The rooms' documents and token hashes, in one SQLite file kept in memory by sql.js. */
export interface RoomDatabase {
  readDocument(name: string): Uint8Array | null;
  /** Keeps the document's whole state; the file is rewritten a moment later. */
  writeDocument(name: string, state: Uint8Array): void;
  readTokenHash(room: string): Uint8Array | undefined;
  /** Registers the room with this hash unless it has one, and returns the hash it has now. */
  registerTokenHash(room: string, tokenHash: Uint8Array): Uint8Array;
  /** Writes what is pending to the file; the database must not be used afterwards. */
  close(): Promise<void>;
}

export interface RoomDatabaseOptions {
  readonly path: string;
  /** How long writes are gathered before the file is rewritten. */
  readonly writeDelayMilliseconds?: number;
}

const schema = `
  CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL);
  CREATE TABLE IF NOT EXISTS rooms (name TEXT PRIMARY KEY, token_hash BLOB NOT NULL);
`;

async function readExistingFile(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Written beside the file, flushed, then renamed over it: a crash leaves the old file or the new one. */
async function replaceFile(path: string, bytes: Uint8Array): Promise<void> {
  const temporaryPath = `${path}.${process.pid}.tmp`;
  const handle = await open(temporaryPath, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporaryPath, path);
}

function readBlob(value: unknown): Uint8Array | undefined {
  return value instanceof Uint8Array ? value : undefined;
}

/** Opens the file at `path` (creating it and its folder when missing). */
export async function openRoomDatabase(options: RoomDatabaseOptions): Promise<RoomDatabase> {
  const { path, writeDelayMilliseconds = 500 } = options;
  await mkdir(dirname(path), { recursive: true });
  const existing = await readExistingFile(path);
  const sql = await initSqlJs();
  const database = existing === undefined ? new sql.Database() : new sql.Database(existing);
  database.exec(schema);

  let pendingTimer: NodeJS.Timeout | undefined;
  let changedSinceWrite = false;
  let writing: Promise<void> = Promise.resolve();

  function writeNow(): Promise<void> {
    pendingTimer = undefined;
    changedSinceWrite = false;
    const bytes = database.export();
    const write = async () => {
      try {
        await replaceFile(path, bytes);
      } catch (error) {
        changedSinceWrite = true;
        throw error;
      }
    };
    // A failed write must not stop the next one, which carries everything anyway.
    writing = writing.then(write, write);
    return writing;
  }

  function scheduleWrite(): void {
    changedSinceWrite = true;
    if (pendingTimer !== undefined) return;
    pendingTimer = setTimeout(() => {
      writeNow().catch((error: unknown) => {
        console.error(`Could not write ${path}:`, error);
      });
    }, writeDelayMilliseconds);
  }

  function selectBlob(query: string, name: string): Uint8Array | undefined {
    const statement = database.prepare(query);
    try {
      statement.bind([name]);
      return statement.step() ? readBlob(statement.get()[0]) : undefined;
    } finally {
      statement.free();
    }
  }

  if (existing === undefined) await writeNow();

  return {
    readDocument: (name) => selectBlob('SELECT state FROM documents WHERE name = ?', name) ?? null,
    writeDocument: (name, state) => {
      database.run(
        'INSERT INTO documents (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state',
        [name, state],
      );
      scheduleWrite();
    },
    readTokenHash: (room) => selectBlob('SELECT token_hash FROM rooms WHERE name = ?', room),
    registerTokenHash: (room, tokenHash) => {
      const registered = selectBlob('SELECT token_hash FROM rooms WHERE name = ?', room);
      if (registered !== undefined) return registered;
      database.run('INSERT INTO rooms (name, token_hash) VALUES (?, ?)', [room, tokenHash]);
      scheduleWrite();
      return tokenHash;
    },
    close: async () => {
      clearTimeout(pendingTimer);
      await writing.catch(() => undefined);
      if (changedSinceWrite) await writeNow();
      database.close();
    },
  };
}
