import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, del, keys } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { packedPointLists, packPlotPoints, unpackPlotPoints } from '@/model/packedPlotPoints';
import { restoreDraft } from '@/model/restoreDraft';
import type { Report } from '@/model/reportSchema';
import type { PlotPoint } from '@/model/sections/results';
import { openReportDatabase } from '@/storage/reportDatabase';
import { arbitraryMutatedReport } from '../export/support/arbitraryMutatedReport';

let databaseCount = 0;

function openTestDatabase() {
  databaseCount += 1;
  const name = `report-database-test-${databaseCount}`;
  return { name, database: openReportDatabase(name) };
}

const savedAt = '2026-12-03T10:00:00.000Z';

async function save(
  database: ReturnType<typeof openReportDatabase>,
  report: Report,
  baseRevision: number,
): Promise<number> {
  const outcome = await database.writeDraftUnlessNewer(
    report.id,
    { format: 'ml-report-draft', savedAt, report },
    { id: report.id, title: report.titlePage.title, updatedAt: savedAt },
    baseRevision,
    false,
  );
  if (outcome.outcome !== 'written') throw new Error(`not written: ${outcome.outcome}`);
  return outcome.revision;
}

async function storedKeys(name: string): Promise<string[]> {
  const stored = await keys(createStore(name, 'reports'));
  return stored.filter((key): key is string => typeof key === 'string').sort();
}

/** The values IndexedDB is given to store while `action` runs. */
async function valuesPut(action: () => Promise<unknown>): Promise<unknown[]> {
  const prototype = IDBObjectStore.prototype;
  const put = prototype.put;
  const values: unknown[] = [];
  prototype.put = function recordedPut(this: IDBObjectStore, ...args: Parameters<typeof put>) {
    values.push(args[0]);
    return put.apply(this, args);
  };
  try {
    await action();
  } finally {
    prototype.put = put;
  }
  return values;
}

describe('openReportDatabase: a draft stored in parts', () => {
  it('reads back every report as it was written', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMutatedReport(), async (report) => {
        const { database } = openTestDatabase();
        const revision = await save(database, report, 0);
        const restored = restoreDraft(await database.readDraft(report.id));
        expect(restored.ok && restored.report).toEqual(report);
        expect(restored.ok && restored.storedRevision).toBe(revision);
      }),
      { numRuns: 15 },
    );
  });

  it('writes only what changed: one rich-text field typed into is one part', async () => {
    const { database } = openTestDatabase();
    const report = createExampleReport();
    const revision = await save(database, report, 0);
    const edited: Report = {
      ...report,
      results: {
        ...report.results,
        analysis: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Typed again.' }] }],
        },
      },
    };
    const written = await valuesPut(() => save(database, edited, revision));
    // The changed part, the draft around the parts, and the summary.
    expect(written).toHaveLength(3);
    expect(written).toContainEqual(edited.results.analysis);
    const record = written.find(
      (value) => typeof value === 'object' && value !== null && 'format' in value,
    );
    expect(JSON.stringify(record).length).toBeLessThan(JSON.stringify(report).length / 4);
    const restored = restoreDraft(await database.readDraft(report.id));
    expect(restored.ok && restored.report).toEqual(edited);
  });

  it('keeps only the parts and point lists the stored draft uses', async () => {
    const { name, database } = openTestDatabase();
    const report = createExampleReport();
    const revision = await save(database, report, 0);
    const before = await storedKeys(name);
    const [firstModel, ...otherModels] = report.models.models;
    if (firstModel === undefined) throw new Error('the example has models');
    const edited: Report = {
      ...report,
      models: { ...report.models, models: [{ ...firstModel, name: 'Renamed' }, ...otherModels] },
    };
    await save(database, edited, revision);
    const after = await storedKeys(name);
    expect(after).toHaveLength(before.length);
    expect(after.filter((key) => !before.includes(key))).toHaveLength(1);
    await database.deleteReport(report.id);
    expect(await storedKeys(name)).toEqual([]);
  });

  it('refuses a draft with a part missing, saying so, instead of opening it without it', async () => {
    const { name, database } = openTestDatabase();
    const report = createExampleReport();
    await save(database, report, 0);
    const store = createStore(name, 'reports');
    const partKey = (await storedKeys(name)).find((key) => key.startsWith('part:'));
    if (partKey === undefined) throw new Error('the example is stored in parts');
    await del(partKey, store);
    const restored = restoreDraft(await database.readDraft(report.id));
    expect(restored).toMatchObject({
      ok: false,
      message: 'The saved draft is damaged: parts of it are missing from the browser’s storage.',
    });
  });

  it('writes again a part another tab removed meanwhile', async () => {
    const { name, database } = openTestDatabase();
    const report = createExampleReport();
    const revision = await save(database, report, 0);
    const partKey = (await storedKeys(name)).find((key) => key.startsWith('part:'));
    if (partKey === undefined) throw new Error('the example is stored in parts');
    await del(partKey, createStore(name, 'reports'));
    const edited: Report = { ...report, titlePage: { ...report.titlePage, title: 'Again' } };
    await save(database, edited, revision);
    expect(await storedKeys(name)).toContain(partKey);
    const restored = restoreDraft(await database.readDraft(report.id));
    expect(restored.ok && restored.report).toEqual(edited);
  });

  it('does not write again the point lists another reader read and this one adopted', async () => {
    const { name, database } = openTestDatabase();
    const report = createExampleReport();
    await save(database, report, 0);
    // A reload: the page's database is new, and a worker reads the stored report for it.
    const page = openReportDatabase(name);
    const worker = openReportDatabase(name);
    const raw = await worker.readDraft(report.id);
    const lists = new WeakMap<readonly PlotPoint[], Float64Array>();
    const restored = restoreDraft(raw, lists);
    if (!restored.ok) throw new Error(restored.message);
    const { packedPoints } = packPlotPoints(restored.report, lists);
    expect(packedPoints.length).toBeGreaterThan(0);
    page.adoptStoredLists?.(
      packedPoints.map((values) => {
        const key = worker.storedKeyOf?.(report.id, values);
        if (key === undefined) throw new Error('every list was read by the worker');
        return { key, values };
      }),
    );
    // The page rebuilds the points with the lists it was given, as readStoredReport does.
    const shown = unpackPlotPoints(packPlotPoints(restored.report, lists), packedPointLists);
    const written = await valuesPut(() => save(page, shown, restored.storedRevision));
    expect(written.filter((value) => value instanceof Float64Array)).toEqual([]);
    const again = restoreDraft(await page.readDraft(report.id));
    expect(again.ok && again.report).toEqual(report);
  });

  it('reads a draft stored whole, as saves before parts wrote it', async () => {
    const { name, database } = openTestDatabase();
    const report = createExampleReport();
    const { set } = await import('idb-keyval');
    await set(
      `draft:${report.id}`,
      { format: 'ml-report-draft', revision: 4, savedAt, report },
      createStore(name, 'reports'),
    );
    const restored = restoreDraft(await database.readDraft(report.id));
    expect(restored.ok && restored.report).toEqual(report);
    expect(restored.ok && restored.storedRevision).toBe(4);
  });
});
