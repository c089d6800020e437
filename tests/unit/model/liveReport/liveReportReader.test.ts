import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createExampleReport } from '@/model/createExampleReport';
import {
  applyReportToLiveDocument,
  createLiveReportReader,
  readReportFromLiveDocument,
  writeReportIntoLiveDocument,
} from '@/model/liveReport';
import type { Report } from '@/model/reportSchema';
import { inLiveForm, readReport } from './liveReportSupport';
import { createRandom } from '../../../support/benchReports';
import { randomEdit } from './randomLiveEdits';

const remote = Symbol('remote');

function sharedPair() {
  const first = new Y.Doc();
  first.clientID = 1;
  writeReportIntoLiveDocument(first, createExampleReport());
  const second = new Y.Doc();
  second.clientID = 2;
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first), remote);
  return { first, second };
}

function readOk(read: ReturnType<ReturnType<typeof createLiveReportReader>['read']>): Report {
  if (!read.ok) throw new Error(`${read.message} ${read.details.join('; ')}`);
  return read.report;
}

describe('createLiveReportReader', () => {
  it('reads what a full read gives, after any series of edits here and in the room', () => {
    const random = createRandom(5);
    const { first, second } = sharedPair();
    const clients = [first, second].map((doc, index) => {
      const reader = createLiveReportReader(doc);
      const report = readOk(reader.read());
      return { doc, reader, report, name: `client-${index}`, inbox: [] as Uint8Array[] };
    });
    for (const client of clients)
      client.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === remote) return;
        for (const other of clients) if (other !== client) other.inbox.push(update);
      });
    let compared = 0;
    for (let step = 0; step < 240; step += 1) {
      const client = clients[step % 2];
      if (client === undefined) continue;
      if (client.inbox.length > 0 && random() < 0.4) {
        Y.applyUpdate(client.doc, Y.mergeUpdates(client.inbox), remote);
        client.inbox = [];
        const incremental = client.reader.read();
        const full = readReportFromLiveDocument(client.doc);
        expect(full.ok).toBe(true);
        // The store's own objects stand for what did not change, in the form it wrote them.
        expect(inLiveForm(readOk(incremental))).toEqual(inLiveForm(readOk(full)));
        client.report = readOk(incremental);
        client.reader.settle(client.report);
        compared += 1;
      }
      const next = randomEdit(random, client.report, client.name, step);
      applyReportToLiveDocument(client.doc, next);
      client.reader.settle(next);
      client.report = next;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('checks only what changed: a remote title leaves every other part the same object', () => {
    const { first, second } = sharedPair();
    const reader = createLiveReportReader(second);
    const before = readOk(reader.read());
    reader.settle(before);
    const edited = readReport(first);
    applyReportToLiveDocument(first, {
      ...edited,
      titlePage: { ...edited.titlePage, title: 'Renamed in the room' },
    });
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first), remote);
    const after = readOk(reader.read());
    expect(after.titlePage.title).toBe('Renamed in the room');
    expect(after.titlePage.subtitle).toBe(before.titlePage.subtitle);
    for (const key of Object.keys(before) as (keyof Report)[])
      if (key !== 'titlePage') expect(after[key], key).toBe(before[key]);
    expect(after.titlePage.authors).toBe(before.titlePage.authors);
  });

  it('refuses a remote change that breaks the schema, saying where, and reads on afterwards', () => {
    const { first, second } = sharedPair();
    const reader = createLiveReportReader(second);
    reader.settle(readOk(reader.read()));
    first.getMap('titlePage').set('title', 42);
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first), remote);
    const refused = reader.read();
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.details.join(' ')).toMatch(/titlePage\.title/u);
    first.getMap('titlePage').set('title', 'A title again');
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first), remote);
    expect(readOk(reader.read()).titlePage.title).toBe('A title again');
  });

  it('leaves out a key someone added to a section in the room', () => {
    const { first, second } = sharedPair();
    const reader = createLiveReportReader(second);
    reader.settle(readOk(reader.read()));
    first.transact(() => {
      first.getMap('titlePage').set('injected', 'not a field');
      first.getMap('titlePage').set('title', 'With a stranger beside it');
    });
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first), remote);
    const read = readOk(reader.read());
    expect(read.titlePage.title).toBe('With a stranger beside it');
    expect('injected' in read.titlePage).toBe(false);
  });
});
