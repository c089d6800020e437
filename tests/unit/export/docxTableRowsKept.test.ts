import fc from 'fast-check';
import { layoutDocument } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '@/export/buildDocx';
import { tableRowsKeptWithNext, textHeight } from '@/export/docxTableRowsKept';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';
import { benchProfiles, createBenchReport } from '../../support/benchReports';
import { fakeFigureImages } from './support/fakeFigureImages';

/** The rows of each break-free run: a row kept with the next joins the row after it. */
function keptRuns(keptWithNext: readonly boolean[]): number[] {
  const runs: number[] = [];
  let run = 0;
  for (const kept of keptWithNext) {
    run += 1;
    if (!kept) {
      runs.push(run);
      run = 0;
    }
  }
  return runs;
}

describe('tableRowsKeptWithNext', () => {
  it('keeps a table that fits on a page whole', () => {
    expect(
      tableRowsKeptWithNext(
        350,
        Array.from({ length: 20 }, () => 350),
      ),
    ).toEqual([...Array.from({ length: 19 }, () => true), false]);
  });

  it('keeps five tall rows together: no break would leave three rows on each side', () => {
    expect(keptRuns(tableRowsKeptWithNext(350, [2066, 2893, 1968, 2995, 2989]))).toEqual([5]);
  });

  it('lets a table taller than a page break, never leaving fewer than three rows on a side', () => {
    const height = fc.integer({ min: 300, max: 3000 });
    fc.assert(
      fc.property(fc.array(height, { minLength: 0, maxLength: 120 }), (rowHeights) => {
        const kept = tableRowsKeptWithNext(350, rowHeights);
        expect(kept).toHaveLength(rowHeights.length);
        if (rowHeights.length > 0) expect(kept.at(-1)).toBe(false);
        const total = rowHeights.reduce((sum, each) => sum + each, 350);
        const runs = keptRuns(kept);
        if (total <= 0.95 * textHeight) {
          expect(runs.length).toBeLessThanOrEqual(1);
        } else {
          // The rows may break between any two rows but the first three and the last three; with
          // fewer than six rows no break leaves three on each side, so the table stays whole.
          if (rowHeights.length < 6) expect(runs).toEqual([rowHeights.length]);
          else {
            expect(runs[0]).toBe(3);
            expect(runs.at(-1)).toBe(3);
            expect(runs.slice(1, -1).every((run) => run === 1)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Pixels, which the layout measures in, to twips. */
const twipsPerPixel = 15;

interface LaidOutTable {
  /** The page of each part, and the indices of its rows there. */
  parts: { page: number; rows: number[] }[];
  /** How tall the table is, its header once, in twips. */
  height: number;
}

/** Each table of the Word export as its pages lay it out: on which pages, which rows on each, how tall. */
function laidOutTables(report: Report): Map<number, LaidOutTable> {
  const { pages, stoppedAt } = layoutDocument(buildDocx(report, fakeFigureImages(report)));
  expect(stoppedAt).toBeUndefined();
  const tables = new Map<number, LaidOutTable>();
  pages.forEach((page, pageIndex) => {
    for (const block of page.body) {
      if (block.type !== 'table') continue;
      const table = tables.get(block.index) ?? { parts: [], height: 0 };
      const repeated = table.parts.length > 0 ? block.rows.filter((row) => row.index === 0) : [];
      table.parts.push({ page: pageIndex + 1, rows: block.rows.map((row) => row.index) });
      table.height += block.rows
        .filter((row) => !repeated.includes(row))
        .reduce((sum, row) => sum + row.height * twipsPerPixel, 0);
      tables.set(block.index, table);
    }
  });
  return tables;
}

/** The body rows of each part: a header row is the first row when a later page repeats it. */
function bodyRowsOfParts({ parts }: LaidOutTable): number[] {
  const hasHeader = parts.slice(1).some((part) => part.rows[0] === 0);
  return parts.map((part) => part.rows.filter((row) => !hasHeader || row > 0).length);
}

describe('tables in the Word export, laid out as Word lays out pages', () => {
  const reports: [string, () => Report][] = [
    ['the example', createExampleReport],
    ['a 20-model report', () => createBenchReport(benchProfiles.large, 7)],
  ];
  it.each(reports)(
    'in %s, a table that fits on a page is not split, and a split leaves three rows on each page',
    (_name, createReport) => {
      const tables = laidOutTables(createReport());
      expect(tables.size).toBeGreaterThan(5);
      for (const [index, table] of tables) {
        const where = `table ${index} on page ${table.parts[0]?.page}`;
        // The estimate of row heights is within a tenth of the layout's.
        if (table.height <= 0.85 * textHeight) expect(table.parts, where).toHaveLength(1);
        if (table.parts.length > 1) {
          for (const rows of bodyRowsOfParts(table)) expect(rows, where).toBeGreaterThanOrEqual(3);
        }
      }
    },
  );
});
