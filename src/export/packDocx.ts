import { Packer } from 'docx';
import type { Report } from '@/model/reportSchema';
import { buildDocx } from './buildDocx';
import { buildReportOutline } from './buildReportOutline';
import type { DocxFigureImage } from './docxFigureImage';
import { measureOutline, type OutlineMeasure } from './measureOutline';

/**
 * Laying the pages out takes time in proportion to their paragraphs, and to the square of one
 * paragraph's length. Past these limits (about 1.6 times the large bench report's paragraphs, some
 * 200 pages; a paragraph of some eight pages) the contents are written without page numbers
 * rather than keep the user waiting, and Word fills them in when the field is updated (F9).
 */
export const pageNumberLimits: OutlineMeasure = {
  paragraphs: 2_400,
  longestParagraphCharacters: 30_000,
};

function isWithinPageNumberLimits(report: Report): boolean {
  const measure = measureOutline(buildReportOutline(report));
  return (
    measure.paragraphs <= pageNumberLimits.paragraphs &&
    measure.longestParagraphCharacters <= pageNumberLimits.longestParagraphCharacters
  );
}

/**
 * The report as the bytes of a .docx file; pure and async, so it runs in a worker or in Node. The
 * pages are laid out as Word lays them out (docx's own layout engine), so the contents carry page
 * numbers; should the layout fail, the contents are written without them.
 */
export async function packDocx(
  report: Report,
  figures?: ReadonlyMap<string, DocxFigureImage>,
): Promise<Uint8Array> {
  if (isWithinPageNumberLimits(report)) {
    try {
      // Its font width tables are most of the Word export's code: fetched only for a Word export.
      const { estimatePageNumbers } = await import('docx/layout');
      return await Packer.pack(buildDocx(report, figures, estimatePageNumbers), 'uint8array');
    } catch {
      // Written below without page numbers.
    }
  }
  return Packer.pack(buildDocx(report, figures), 'uint8array');
}
