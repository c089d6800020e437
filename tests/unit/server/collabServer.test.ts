import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  createCollabServer,
  defaultMaximumMessageBytes,
  type CollabServerOptions,
} from '../../../server/createCollabServer';
import {
  forbiddenCloseCode,
  tooManyMessagesCloseCode,
} from '../../../server/createConnectionGuard';
import { connectTestClient, type TestClient } from '../../support/connectLiveClient';
import { startRedisServer } from './startRedisServer';
import { waitUntil } from './waitUntil';

/** Servers start and stop in these tests: room for a busy machine, each run stays far below. */
const serverBudget = { timeout: 20_000 };

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  const failures: unknown[] = [];
  // Clients, then servers, then Redis and folders: the reverse of the order they started in.
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
});

function randomRoom(): string {
  return randomBytes(16).toString('base64url');
}

function randomToken(): string {
  return randomBytes(24).toString('base64url');
}

async function temporaryDatabasePath(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'collab-server-test-'));
  cleanups.push(() => rm(directory, { recursive: true, force: true }));
  return join(directory, 'rooms.sqlite');
}

async function startServer(options: Partial<CollabServerOptions> & { databasePath: string }) {
  const collabServer = await createCollabServer({ host: '127.0.0.1', port: 0, ...options });
  const port = await collabServer.listen();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await collabServer.stop();
  };
  cleanups.push(stop);
  return { collabServer, port, url: `ws://127.0.0.1:${port}`, stop };
}

function connect(options: { url: string; room: string; token: string }): TestClient {
  const client = connectTestClient(options);
  cleanups.push(() => client.destroy());
  return client;
}

function writeParagraph(document: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  document.getXmlFragment('abstract').push([paragraph]);
}

function content(document: Y.Doc): string {
  return JSON.stringify({
    titlePage: document.getMap('titlePage').toJSON(),
    abstract: document.getXmlFragment('abstract').toString(),
  });
}

function isEmpty(document: Y.Doc): boolean {
  return (
    document.getMap('titlePage').size === 0 && document.getXmlFragment('abstract').length === 0
  );
}

async function waitUntilConverged(clients: TestClient[], expected: string[]): Promise<void> {
  await waitUntil(`every client holds ${expected.join(', ')}`, () => {
    const contents = clients.map((client) => content(client.document));
    return (
      contents.every((text) => text === contents[0]) &&
      expected.every((part) => contents[0]?.includes(part) === true)
    );
  });
}

describe('the co-editing server', () => {
  it('lets two clients in one room converge', serverBudget, async () => {
    const server = await startServer({ databasePath: await temporaryDatabasePath() });
    const room = randomRoom();
    const token = randomToken();
    const first = connect({ url: server.url, room, token });
    const second = connect({ url: server.url, room, token });
    await waitUntil('both clients are synced', () => first.isSynced() && second.isSynced());

    first.document.getMap('titlePage').set('title', 'Fine-tuning Llama on support tickets');
    writeParagraph(first.document, 'From the first author');
    writeParagraph(second.document, 'From the second author');

    await waitUntilConverged(
      [first, second],
      ['Fine-tuning Llama', 'From the first author', 'From the second author'],
    );
  });

  it('refuses a wrong token, sending none of the room', serverBudget, async () => {
    const server = await startServer({ databasePath: await temporaryDatabasePath() });
    const room = randomRoom();
    const owner = connect({ url: server.url, room, token: randomToken() });
    await waitUntil('the owner is synced', () => owner.isSynced());
    owner.document.getMap('titlePage').set('title', 'Secret results');
    await waitUntil('the server has the title', () => owner.isSaved());

    const intruder = connect({ url: server.url, room, token: randomToken() });
    await waitUntil('the intruder is refused', () => intruder.authenticationFailures.length > 0);
    expect(intruder.authenticationFailures[0]).toBe('permission-denied');
    await waitUntil('the intruder is disconnected', () => intruder.closes.length > 0);
    expect(intruder.closes[0]?.code).toBe(forbiddenCloseCode);
    await sleep(200);
    expect(intruder.isSynced()).toBe(false);
    expect(isEmpty(intruder.document)).toBe(true);
  });

  it('refuses a room name that is not a random id, and a short token', serverBudget, async () => {
    const server = await startServer({ databasePath: await temporaryDatabasePath() });
    const badRoom = connect({ url: server.url, room: 'report', token: randomToken() });
    const shortToken = connect({ url: server.url, room: randomRoom(), token: 'guessable' });
    await waitUntil(
      'both are refused',
      () =>
        badRoom.authenticationFailures.length > 0 && shortToken.authenticationFailures.length > 0,
    );
    expect(badRoom.authenticationFailures[0]).toBe('invalid-room');
    expect(shortToken.authenticationFailures[0]).toBe('invalid-token');
    expect(badRoom.isSynced() || shortToken.isSynced()).toBe(false);
  });

  it('keeps rooms in the database file across a restart', serverBudget, async () => {
    const databasePath = await temporaryDatabasePath();
    const room = randomRoom();
    const token = randomToken();
    const first = await startServer({ databasePath });
    const writer = connect({ url: first.url, room, token });
    await waitUntil('the writer is synced', () => writer.isSynced());
    writeParagraph(writer.document, 'Kept on disk');
    await waitUntil('the server has the paragraph', () => writer.isSaved());
    writer.destroy();
    await first.stop();
    expect(existsSync(databasePath)).toBe(true);
    expect(await readdir(dirname(databasePath))).toEqual(['rooms.sqlite']);

    const second = await startServer({ databasePath });
    const reader = connect({ url: second.url, room, token });
    await waitUntilConverged([reader], ['Kept on disk']);
    const intruder = connect({ url: second.url, room, token: randomToken() });
    await waitUntil('the restarted server refuses a wrong token', () => {
      return intruder.authenticationFailures.length > 0;
    });
  });

  it('merges edits made while the server was down', serverBudget, async () => {
    const databasePath = await temporaryDatabasePath();
    const room = randomRoom();
    const token = randomToken();
    const first = await startServer({ databasePath });
    const left = connect({ url: first.url, room, token });
    const right = connect({ url: first.url, room, token });
    await waitUntil('both clients are synced', () => left.isSynced() && right.isSynced());
    writeParagraph(left.document, 'Before the outage');
    await waitUntilConverged([left, right], ['Before the outage']);

    await first.stop();
    await waitUntil('both clients notice', () => !left.isSynced() && !right.isSynced());
    writeParagraph(left.document, 'Left wrote offline');
    left.document.getMap('titlePage').set('title', 'Renamed offline');
    writeParagraph(right.document, 'Right wrote offline');

    await startServer({ databasePath, port: first.port });
    await waitUntilConverged(
      [left, right],
      ['Before the outage', 'Left wrote offline', 'Right wrote offline', 'Renamed offline'],
    );
  });

  it('shares rooms between two instances through Redis', serverBudget, async () => {
    const redisServer = await startRedisServer();
    cleanups.push(() => redisServer.stop());
    // Hocuspocus logs each store an instance skips because the other one holds the Redis lock.
    const logError = console.error;
    const errorLog = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
      if (parts[0] !== 'Caught error during storeDocumentHooks') logError(...parts);
    });
    cleanups.push(() => errorLog.mockRestore());
    const redis = { host: '127.0.0.1', port: redisServer.port };
    const east = await startServer({ databasePath: await temporaryDatabasePath(), redis });
    const west = await startServer({ databasePath: await temporaryDatabasePath(), redis });
    const room = randomRoom();
    const token = randomToken();

    const onEast = connect({ url: east.url, room, token });
    await waitUntil('the east client is synced', () => onEast.isSynced());
    // West has never seen the room: only the claim made through Redis can refuse this token.
    const intruder = connect({ url: west.url, room, token: randomToken() });
    await waitUntil('west refuses a wrong token', () => intruder.authenticationFailures.length > 0);

    const onWest = connect({ url: west.url, room, token });
    await waitUntil('the west client is synced', () => onWest.isSynced());
    writeParagraph(onEast.document, 'Typed in the east');
    writeParagraph(onWest.document, 'Typed in the west');
    onWest.document.getMap('titlePage').set('title', 'One report, two servers');

    await waitUntilConverged(
      [onEast, onWest],
      ['Typed in the east', 'Typed in the west', 'One report, two servers'],
    );
    expect(isEmpty(intruder.document)).toBe(true);
  });

  it('refuses a message over the size limit', serverBudget, async () => {
    const maximumMessageBytes = 64 * 1024;
    const server = await startServer({
      databasePath: await temporaryDatabasePath(),
      maximumMessageBytes,
    });
    const room = randomRoom();
    const token = randomToken();
    const sender = connect({ url: server.url, room, token });
    const receiver = connect({ url: server.url, room, token });
    await waitUntil('both clients are synced', () => sender.isSynced() && receiver.isSynced());
    writeParagraph(sender.document, 'A small paragraph');
    await waitUntilConverged([sender, receiver], ['A small paragraph']);

    // ws reports the refused frame through Hocuspocus' error listener.
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // Stops the client from sending it again once it reconnects.
      sender.provider.configuration.websocketProvider.on('close', () => sender.destroy());
      writeParagraph(sender.document, `A huge paragraph ${'x'.repeat(maximumMessageBytes)}`);
      await waitUntil('the sender is disconnected', () => sender.closes.length > 0);
      expect(sender.closes[0]?.code).toBe(1009);
      await sleep(200);
      expect(content(receiver.document)).not.toContain('A huge paragraph');
      expect(content(receiver.document)).toContain('A small paragraph');
    } finally {
      errorLog.mockRestore();
    }
  });

  it('caps a message at 32 MiB unless told otherwise', async () => {
    const collabServer = await createCollabServer({
      host: '127.0.0.1',
      port: 0,
      databasePath: await temporaryDatabasePath(),
    });
    cleanups.push(() => collabServer.stop());
    expect(defaultMaximumMessageBytes).toBe(32 * 1024 * 1024);
    expect(collabServer.hocuspocusServer.webSocketServer.options.maxPayload).toBe(
      defaultMaximumMessageBytes,
    );
  });

  it('closes a connection that sends too many messages', serverBudget, async () => {
    const server = await startServer({
      databasePath: await temporaryDatabasePath(),
      messageRateLimit: { messagesPerSecond: 10, burstMessages: 20 },
    });
    const room = randomRoom();
    const token = randomToken();
    const flooder = connect({ url: server.url, room, token });
    const receiver = connect({ url: server.url, room, token });
    await waitUntil('both clients are synced', () => flooder.isSynced() && receiver.isSynced());

    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      flooder.provider.configuration.websocketProvider.on('close', () => flooder.destroy());
      const list = flooder.document.getArray<number>('flood');
      for (let index = 0; index < 100; index += 1) list.push([index]);
      await waitUntil('the flooder is disconnected', () => flooder.closes.length > 0);
      expect(flooder.closes[0]).toEqual({
        code: tooManyMessagesCloseCode,
        reason: 'Too many messages: more than 10 a second',
      });
      await sleep(200);
      const received = receiver.document.getArray<number>('flood').length;
      expect(received).toBeGreaterThan(0);
      expect(received).toBeLessThan(20);
    } finally {
      errorLog.mockRestore();
    }
  });
});
