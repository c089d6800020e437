import { Packer, type PageNumberEstimator } from 'docx';
import type { Report } from '@/model/reportSchema';
import { buildDocx, type DocxOptions } from './buildDocx';
import type { DocxFigureImage } from './docxFigureImage';

/**
 * The report as the bytes of a .docx file; pure and async, so it runs in a worker or in Node. The
 * pages are laid out as Word lays them out (docx's own layout engine), so the contents carry page
 * numbers; should the layout fail, the contents are written without them.
 */
export async function packDocx(
  report: Report,
  figures?: ReadonlyMap<string, DocxFigureImage>,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  try {
    // Its font width tables are most of the Word export's code: fetched only for a Word export.
    const { estimatePageNumbers } = await import('docx/layout');
    // Without its `listNumbers`, which read the whole document a second time (a sixth of the
    // export) to find numbered headings for the contents: the report numbers none.
    const pageNumbers: PageNumberEstimator = (body, context) => estimatePageNumbers(body, context);
    return await Packer.pack(buildDocx(report, figures, pageNumbers, options), 'uint8array');
  } catch {
    return Packer.pack(buildDocx(report, figures, undefined, options), 'uint8array');
  }
}

/**
 * Loads the page layout's code ahead of a Word export, as the export worker starts: its font
 * tables are most of the export's code, and loading them made the first export wait.
 */
export function preloadDocxLayout(): void {
  import('docx/layout').catch(() => undefined);
}
