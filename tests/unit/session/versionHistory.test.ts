import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { countReportContent } from '@/model/versions/countReportContent';
import { hashReportContent } from '@/model/versions/hashReportContent';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';
import { versionsToDrop } from '@/model/versions/versionsToDrop';
import { editingSnapshotMilliseconds, startVersionHistory } from '@/session/versionHistory';
import { openVersionDatabase } from '@/storage/versionDatabase';
import { createReportStore } from '@/store/reportStore';

let databaseCount = 0;

function setUp() {
  databaseCount += 1;
  let now = Date.parse('2026-12-04T09:00:00.000Z');
  let idCount = 0;
  const store = createReportStore({
    now: () => now,
    initialDocument: { report: createEmptyReport('report-1') },
  });
  const database = openVersionDatabase(`version-history-test-${databaseCount}`);
  const history = startVersionHistory({
    store,
    database,
    clock: () => new Date(now),
    createId: () => `version-${(idCount += 1)}`,
  });
  return {
    store,
    database,
    history,
    advance: (milliseconds: number) => {
      now += milliseconds;
    },
  };
}

describe('version history', () => {
  it('keeps named versions with their counts, and reads each back as it was', async () => {
    const { store, history, advance } = setUp();
    store.getState().setFieldValue('titlePage.title', 'First draft');
    const first = await history.saveVersion('v1', 'Sent to review');
    advance(1000);
    store.getState().setFieldValue('titlePage.title', 'Second draft of the report');
    await history.saveVersion('v2', '');
    const versions = await history.listVersions();
    expect(versions.map((version) => [version.name, version.note, version.automatic])).toEqual([
      ['v1', 'Sent to review', false],
      ['v2', '', false],
    ]);
    expect(versions[1]?.wordCount).toBe(5);
    expect(versions[1]?.fieldCount).toBe(1);
    expect(versions[1]?.storedCharacters).toBeGreaterThan(100);
    const read = await history.readVersion(first);
    expect(read.ok && read.report.titlePage.title).toBe('First draft');
  });

  it('skips an automatic snapshot of unchanged content', async () => {
    const { store, history, advance } = setUp();
    store.getState().setFieldValue('titlePage.title', 'Draft');
    expect(await history.snapshot('Before import')).toBeDefined();
    advance(1000);
    expect(await history.snapshot('Exported as Word')).toBeUndefined();
    store.getState().setFieldValue('titlePage.title', 'Draft 2');
    advance(1000);
    expect(await history.snapshot('Exported as Word')).toBeDefined();
    expect(await history.listVersions()).toHaveLength(2);
  });

  it('keeps the report it is given, not the one open when the snapshot is stored', async () => {
    const { store, history } = setUp();
    store.getState().setFieldValue('titlePage.title', 'As exported');
    const exported = store.getState().document.report;
    store.getState().setFieldValue('titlePage.title', 'Typed while the file was written');
    const kept = await history.snapshot('Exported as Word', exported);
    expect(kept).toBeDefined();
    if (kept === undefined) return;
    const read = await history.readVersion(kept);
    expect(read.ok && read.report.titlePage.title).toBe('As exported');
  });

  it('writes a version out a piece a slice, and the slices join to the whole draft', async () => {
    const { store, history, database } = setUp();
    store.getState().setFieldValue('titlePage.title', 'Written in slices');
    store.getState().setFieldValue('titlePage.subtitle', 'Each piece ends its slice');
    const report = store.getState().document.report;
    let clock = 0;
    // Every piece takes longer than a slice, so each is joined in a slice of its own.
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    try {
      const kept = await history.saveVersion('sliced', '');
      expect(now.mock.calls.length).toBeGreaterThan(100);
      expect(await database.readVersionJson(report.id, kept.id)).toBe(JSON.stringify(report));
    } finally {
      now.mockRestore();
    }
  });

  it('keeps a snapshot after ten minutes of editing', async () => {
    const { store, history, advance } = setUp();
    store.getState().setFieldValue('titlePage.title', 'a');
    advance(editingSnapshotMilliseconds - 1000);
    store.getState().setFieldValue('titlePage.title', 'ab');
    expect(await history.listVersions()).toHaveLength(0);
    advance(1000);
    store.getState().setFieldValue('titlePage.title', 'abc');
    await expect.poll(() => history.listVersions()).toHaveLength(1);
    const [snapshot] = await history.listVersions();
    expect(snapshot?.name).toBe('After 10 minutes of editing');
    expect(snapshot?.automatic).toBe(true);
  });
});

function summary(id: string, savedAt: string, automatic: boolean): ReportVersionSummary {
  return {
    id,
    reportId: 'report',
    name: id,
    note: '',
    automatic,
    savedAt,
    contentHash: '',
    wordCount: 0,
    fieldCount: 0,
    storedCharacters: 0,
  };
}

describe('versionsToDrop', () => {
  it('drops the oldest automatic snapshots first, then the oldest named, never the newest', () => {
    const versions = [
      summary('named-old', '2026-01-01', false),
      summary('auto-old', '2026-01-02', true),
      summary('auto-new', '2026-01-03', true),
      summary('named-new', '2026-01-04', false),
    ];
    expect(versionsToDrop(versions, 3)).toEqual(['auto-old']);
    expect(versionsToDrop(versions, 1)).toEqual(['auto-old', 'auto-new', 'named-old']);
    expect(versionsToDrop(versions, 4)).toEqual([]);
  });
});

describe('content hash and counts', () => {
  it('are the same for the same content under another id, and count the example', () => {
    const example = createExampleReport();
    expect(hashReportContent({ ...example, id: 'other' })).toBe(hashReportContent(example));
    expect(
      hashReportContent({ ...example, titlePage: { ...example.titlePage, title: 'x' } }),
    ).not.toBe(hashReportContent(example));
    const count = countReportContent(example);
    expect(count.words).toBeGreaterThan(1000);
    expect(count.fields).toBeGreaterThan(100);
  });
});
