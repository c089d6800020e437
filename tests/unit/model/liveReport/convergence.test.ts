import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createExampleReport } from '@/model/createExampleReport';
import { setValueAtPath } from '@/model/fieldPath';
import { textNode } from '@/model/richText';
import { applyReportToLiveDocument, readReportFromLiveDocument } from '@/model/liveReport';
import { reportSchema, type Report } from '@/model/reportSchema';
import { readReport } from './liveReportSupport';
import { createRandom, type Random } from '../../../support/benchReports';
import { randomEdit, shuffled } from './randomLiveEdits';

const example = createExampleReport();

interface Client {
  name: string;
  doc: Y.Doc;
  /** The client's store: what it last read or edited. */
  report: Report;
  inbox: Uint8Array[];
}

const remote = Symbol('remote');

function createClients(report: Report, names: readonly string[]): Client[] {
  const clients = names.map((name, index) => {
    const doc = new Y.Doc();
    // Fixed client ids make Yjs break ties the same way on every run, so a failure replays.
    doc.clientID = index + 1;
    if (index === 0) applyReportToLiveDocument(doc, report);
    return { name, doc, report, inbox: [] as Uint8Array[] };
  });
  const first = clients[0];
  for (const client of clients) {
    if (first !== undefined && client !== first)
      Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(first.doc), remote);
    client.report = readReport(client.doc);
  }
  for (const client of clients)
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === remote) return;
      for (const other of clients) if (other !== client) other.inbox.push(update);
    });
  return clients;
}

/** Delivers some of the waiting updates in a random order; the others stay for later, so later
 * updates often arrive before the earlier ones they build on. */
function receive(random: Random, client: Client, everything: boolean): boolean {
  if (client.inbox.length === 0) return false;
  const delivered = everything ? client.inbox : client.inbox.filter(() => random() < 0.6);
  client.inbox = everything ? [] : client.inbox.filter((update) => !delivered.includes(update));
  // In up to three batches, each merged into one update as a server relays them.
  const order = shuffled(random, delivered);
  const batchSize = Math.max(1, Math.ceil(order.length / (1 + Math.floor(random() * 3))));
  for (let start = 0; start < order.length; start += batchSize)
    Y.applyUpdate(client.doc, Y.mergeUpdates(order.slice(start, start + batchSize)), remote);
  return delivered.length > 0;
}

function exchangeEverything(random: Random, clients: readonly Client[]): void {
  for (const client of clients) receive(random, client, true);
  for (const client of clients)
    for (const other of clients)
      if (other !== client) Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(client.doc), remote);
}

function expectConverged(clients: readonly Client[]): Report {
  const reports = clients.map((client) => readReportFromLiveDocument(client.doc));
  const jsons = reports.map((result) => {
    expect(result.ok, result.ok ? '' : `${result.message} ${result.details.join('; ')}`).toBe(true);
    return result.ok ? JSON.stringify(result.report) : '';
  });
  const states = clients.map((client) => Y.encodeStateVector(client.doc));
  for (const state of states) expect(state).toEqual(states[0]);
  for (const json of jsons) expect(json).toBe(jsons[0]);
  const first = reports[0];
  if (first === undefined || !first.ok) throw new Error('no report');
  expect(reportSchema.safeParse(first.report).success).toBe(true);
  for (const list of [
    first.report.models.models,
    first.report.appendix.references,
    first.report.comments,
  ])
    expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
  return first.report;
}

describe('three clients editing one live report', () => {
  it('converge to identical, valid JSON after 300 random edits each', () => {
    const random = createRandom(21);
    const clients = createClients(example, ['a', 'b', 'c']);
    const counters = new Map<string, number>();
    let unreadableStates = 0;
    for (let step = 0; step < 900; step += 1) {
      const client = clients[step % 3];
      if (client === undefined) continue;
      if (random() < 0.15 && receive(random, client, false)) {
        const read = readReportFromLiveDocument(client.doc);
        if (read.ok) client.report = read.report;
        else unreadableStates += 1;
      }
      const counter = (counters.get(client.name) ?? 0) + 1;
      counters.set(client.name, counter);
      const next = randomEdit(random, client.report, client.name, counter);
      applyReportToLiveDocument(client.doc, next);
      client.report = next;
    }
    exchangeEverything(random, clients);
    const converged = expectConverged(clients);
    expect(unreadableStates).toBe(0);
    // Each store takes the merged report and applies it back: that removes the second copies
    // of items moved at once by two people (read as one already), and nothing else.
    const changedPaths: string[] = [];
    for (const client of clients) {
      for (const name of ['models', 'appendix'])
        client.doc.getMap(name).observeDeep((events) => {
          for (const event of events) changedPaths.push([name, ...event.path].join('.'));
        });
      client.doc.getArray('comments').observe(() => changedPaths.push('comments'));
      applyReportToLiveDocument(client.doc, converged);
    }
    expect(
      changedPaths.filter(
        (path) => !/^(models\.models|appendix\.references|comments)$/u.test(path),
      ),
    ).toEqual([]);
    exchangeEverything(random, clients);
    expect(expectConverged(clients)).toEqual(converged);
    for (const client of clients)
      expect(applyReportToLiveDocument(client.doc, converged)).toBe(false);
    expect(converged.models.models.length).toBeGreaterThan(0);
  });

  it('merge two people adding and removing models at once, and a removal of an edited model', () => {
    const random = createRandom(7);
    const clients = createClients(example, ['a', 'b']);
    const [a, b] = clients;
    if (a === undefined || b === undefined) throw new Error('two clients');
    const [first, second, third] = example.models.models;
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('the example has models');
    // a adds a model and removes the second; b adds another model and edits the second.
    const added = (id: string) => ({ ...first, id, name: id });
    applyReportToLiveDocument(
      a.doc,
      setValueAtPath(example, 'models.models', [
        added('from-a'),
        ...example.models.models.filter((model) => model.id !== second.id),
      ]),
    );
    applyReportToLiveDocument(
      b.doc,
      setValueAtPath(
        setValueAtPath(example, `models.models#${second.id}.name`, 'Edited by b'),
        'models.models',
        [...example.models.models, added('from-b')],
      ),
    );
    exchangeEverything(random, clients);
    const merged = expectConverged(clients);
    expect(merged.models.models.map((model) => model.id)).toEqual([
      'from-a',
      first.id,
      third.id,
      ...example.models.models.slice(3).map((model) => model.id),
      'from-b',
    ]);
  });

  it('keep one copy of a model two people moved at once, and remove the other copy when applied', () => {
    const random = createRandom(8);
    const clients = createClients(example, ['a', 'b']);
    const [a, b] = clients;
    if (a === undefined || b === undefined) throw new Error('two clients');
    const models = example.models.models;
    const last = models.at(-1);
    if (last === undefined) throw new Error('the example has models');
    // Both move the last model: a to the front, b to the second place.
    applyReportToLiveDocument(
      a.doc,
      setValueAtPath(example, 'models.models', [last, ...models.slice(0, -1)]),
    );
    applyReportToLiveDocument(
      b.doc,
      setValueAtPath(example, 'models.models', [models[0], last, ...models.slice(1, -1)]),
    );
    exchangeEverything(random, clients);
    const merged = expectConverged(clients);
    expect(merged.models.models.map((model) => model.id)).toEqual([
      last.id,
      ...models.slice(0, -1).map((model) => model.id),
    ]);
    const array = a.doc.getMap('models').get('models');
    expect(array instanceof Y.Array ? array.length : 0).toBe(models.length + 1);
    // Applying the merged report (as the store echoes it) removes the second copy everywhere.
    expect(applyReportToLiveDocument(a.doc, merged)).toBe(true);
    exchangeEverything(random, clients);
    expect(expectConverged(clients)).toEqual(merged);
    const repaired = b.doc.getMap('models').get('models');
    expect(repaired instanceof Y.Array ? repaired.length : 0).toBe(models.length);
  });

  it('merge two people typing into the same paragraph', () => {
    const random = createRandom(9);
    const clients = createClients(example, ['a', 'b']);
    const [a, b] = clients;
    if (a === undefined || b === undefined) throw new Error('two clients');
    const summary = example.abstract.summary;
    const paragraph = summary.content?.[0];
    const text = paragraph?.content?.[0]?.text ?? '';
    // Each types into the first text of the first paragraph; the rest of it stays as it is.
    const typed = (before: string, after: string): Report =>
      setValueAtPath(example, 'abstract.summary', {
        ...summary,
        content: [
          {
            type: 'paragraph',
            content: [
              textNode(`${before}${text}${after}`),
              ...(paragraph?.content?.slice(1) ?? []),
            ],
          },
          ...(summary.content?.slice(1) ?? []),
        ],
      });
    applyReportToLiveDocument(a.doc, typed('A: ', ''));
    applyReportToLiveDocument(b.doc, typed('', ' (b)'));
    exchangeEverything(random, clients);
    const merged = expectConverged(clients);
    // Both insertions are kept, as if one had typed after the other.
    const bothTyped = new Y.Doc();
    applyReportToLiveDocument(bothTyped, typed('A: ', ' (b)'));
    expect(merged.abstract.summary).toEqual(readReport(bothTyped).abstract.summary);
  });
});
