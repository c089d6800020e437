import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, keys } from 'idb-keyval';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';
import { openVersionDatabase, versionPieceCharacters } from '@/storage/versionDatabase';

function summary(id: string, storedCharacters: number): ReportVersionSummary {
  return {
    id,
    reportId: 'report-1',
    name: id,
    note: '',
    automatic: false,
    savedAt: `2026-12-04T10:00:0${id.length}.000Z`,
    contentHash: '',
    wordCount: 0,
    fieldCount: 0,
    storedCharacters,
  };
}

describe('versionDatabase', () => {
  it('writes a long version in pieces, reads it back whole, and drops every piece with it', async () => {
    const name = 'versions-in-pieces';
    const database = openVersionDatabase(name);
    const json = `"${'x'.repeat(2 * versionPieceCharacters + 17)}"`;
    await database.writeVersion(summary('long', json.length), [json], []);
    expect(await database.readVersionJson('report-1', 'long')).toBe(json);
    const stored = await keys(createStore(name, 'versions'));
    expect(stored.filter((key) => String(key).startsWith('version:report-1:long'))).toHaveLength(4);

    await database.writeVersion(summary('short', 2), ['{}'], ['long']);
    expect(await database.readVersionJson('report-1', 'long')).toBeUndefined();
    expect(await database.readVersionJson('report-1', 'short')).toBe('{}');
    const left = await keys(createStore(name, 'versions'));
    expect(left.filter((key) => String(key).includes(':long'))).toEqual([]);
    expect((await database.listVersions('report-1')).map((version) => version.id)).toEqual([
      'short',
    ]);
  });

  it('packs the pieces a version was written in into stored pieces, and reads them back joined', async () => {
    const name = 'versions-as-written';
    const database = openVersionDatabase(name);
    const half = versionPieceCharacters / 2;
    const written = ['"', 'a'.repeat(half), '', 'b'.repeat(half + 10), 'c'.repeat(5), '"'];
    const json = written.join('');
    await database.writeVersion(summary('pieces', json.length), written, []);
    expect(await database.readVersionJson('report-1', 'pieces')).toBe(json);
    const stored = await keys(createStore(name, 'versions'));
    // Two stored pieces (1,000,000 characters, then the 17 left) and their count.
    expect(stored.filter((key) => String(key).startsWith('version:report-1:pieces'))).toHaveLength(
      3,
    );
  });

  it('reads a version stored as one string', async () => {
    const name = 'versions-whole';
    const { set } = await import('idb-keyval');
    await set('version:report-1:old', '{"whole":true}', createStore(name, 'versions'));
    expect(await openVersionDatabase(name).readVersionJson('report-1', 'old')).toBe(
      '{"whole":true}',
    );
  });
});
