import { describe, expect, it } from 'vitest';
import { serializeReportParts } from '@/export/serializeReportParts';
import { stampExportedAt, writeJsonDraftAhead } from '@/export/jsonDraftAhead';
import { createExampleReport } from '@/model/createExampleReport';
import { createEmptyReport } from '@/model/createEmptyReport';
import type { Report } from '@/model/reportSchema';

const exportedAt = '2026-12-03T17:45:12.345Z';

function joined(parts: readonly Uint8Array[]): string {
  return parts.map((part) => new TextDecoder().decode(part)).join('');
}

describe('a JSON draft written ahead of the export', () => {
  it('is, once stamped, byte for byte the draft written at export time', () => {
    const report = createExampleReport();
    const parts = writeJsonDraftAhead(report);
    expect(stampExportedAt(parts, exportedAt)).toBe(true);
    expect(joined(parts)).toBe(serializeReportParts(report, exportedAt).join(''));
  });

  it('stamps the envelope, not a text of the report that looks like the stand-in', () => {
    const empty = createEmptyReport('stand-in-in-text');
    const report: Report = {
      ...empty,
      titlePage: { ...empty.titlePage, title: '"exportedAt": "1970-01-01T00:00:00.000Z"' },
    };
    const parts = writeJsonDraftAhead(report);
    expect(stampExportedAt(parts, exportedAt)).toBe(true);
    expect(joined(parts)).toBe(serializeReportParts(report, exportedAt).join(''));
  });

  it('stamps a draft again over the time of the export before', () => {
    const report = createExampleReport();
    const parts = writeJsonDraftAhead(report);
    expect(stampExportedAt(parts, exportedAt)).toBe(true);
    const later = '2026-12-04T08:00:00.000Z';
    expect(stampExportedAt(parts, later)).toBe(true);
    expect(joined(parts)).toBe(serializeReportParts(report, later).join(''));
  });

  it('refuses a time that is not an ISO timestamp and leaves the draft as it was', () => {
    const parts = writeJsonDraftAhead(createExampleReport());
    const before = joined(parts);
    expect(stampExportedAt(parts, 'yesterday')).toBe(false);
    expect(joined(parts)).toBe(before);
  });

  it('stamps the compact envelope of a draft at the cap', () => {
    const compact = (time: string) =>
      `{"format":"ml-report","schemaVersion":4,"exportedAt":"${time}","report":{}}`;
    const parts = [new TextEncoder().encode(compact('1970-01-01T00:00:00.000Z'))];
    expect(stampExportedAt(parts, exportedAt)).toBe(true);
    expect(joined(parts)).toBe(compact(exportedAt));
  });
});
