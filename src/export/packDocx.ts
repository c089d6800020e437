import { Packer } from 'docx';
import type { Report } from '@/model/reportSchema';
import { buildDocx } from './buildDocx';
import type { DocxFigureImage } from './docxFigureImage';

/** The report as the bytes of a .docx file; pure and async, so it runs in a worker or in Node. */
export async function packDocx(
  report: Report,
  figures?: ReadonlyMap<string, DocxFigureImage>,
): Promise<Uint8Array> {
  return Packer.pack(buildDocx(report, figures), 'uint8array');
}
