import { vi } from 'vitest';
import type { DocxFigures } from '@/export/docxFigureImage';
import { packDocx, type DocxFiguresToFollow } from '@/export/packDocx';
import type { Report } from '@/model/reportSchema';

export const fixedDocxDate = new Date('2025-03-14T09:00:00.000Z');

/** mulberry32: a small seeded generator, so docx's random hyperlink ids are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * packDocx made repeatable: the docx library takes core-property dates and zip times from `Date` and
 * hyperlink ids from `Math.random`, with no way to inject them. Its bookmark ids come from a counter
 * that lives as long as the module (one export per worker), which `normalizeBookmarkIds` evens out.
 */
export async function packDocxDeterministically(
  report: Report,
  figures?: DocxFigures | DocxFiguresToFollow,
): Promise<Uint8Array> {
  vi.useFakeTimers({ now: fixedDocxDate, toFake: ['Date'] });
  const random = vi.spyOn(Math, 'random').mockImplementation(seededRandom(42));
  try {
    return await packDocx(report, figures);
  } finally {
    random.mockRestore();
    vi.useRealTimers();
  }
}
