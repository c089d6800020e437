import { Unzip, UnzipInflate, strFromU8, type UnzipFile } from 'fflate';
import { maximumReviewFileBytes, maximumReviewPartBytes } from './docxReviewLimits';

export type UnzippedParts =
  { ok: true; parts: ReadonlyMap<string, string> } | { ok: false; message: string };

const megabytes = (bytes: number): number => Math.round(bytes / (1024 * 1024));

function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * The text of the named parts of a .docx (a zip), each within `maximumReviewPartBytes` by its
 * declared size and again by the bytes actually inflated: a zip bomb that understates its size
 * is stopped at the cap, never unpacked whole. Other parts are skipped without inflating them.
 */
export function unzipDocxParts(bytes: Uint8Array, names: ReadonlySet<string>): UnzippedParts {
  if (bytes.length > maximumReviewFileBytes)
    return {
      ok: false,
      message: `This file is larger than ${megabytes(maximumReviewFileBytes)} MB, larger than any reviewed report.`,
    };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return {
      ok: false,
      message: 'This file is not a Word document (.docx): it is not a zip archive.',
    };
  const found = new Map<string, string>();
  let problem: string | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file: UnzipFile) => {
    if (!names.has(file.name) || found.has(file.name) || problem !== undefined) return;
    if ((file.originalSize ?? 0) > maximumReviewPartBytes) {
      problem = `Its part ${file.name} says it unpacks to ${megabytes(file.originalSize ?? 0)} MB, more than any real report (${megabytes(maximumReviewPartBytes)} MB).`;
      return;
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    file.ondata = (error, chunk, final) => {
      if (problem !== undefined) return;
      if (error !== null) {
        problem = `Its part ${file.name} is damaged and does not unpack.`;
        return;
      }
      total += chunk.length;
      if (total > maximumReviewPartBytes) {
        problem = `Its part ${file.name} unpacks to more than ${megabytes(maximumReviewPartBytes)} MB, more than any real report.`;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) found.set(file.name, strFromU8(joined(chunks, total)));
    };
    file.start();
  };
  try {
    // Pushed in pieces, so a bomb is stopped after a piece, not after inflating the whole entry.
    const step = 64 * 1024;
    for (let start = 0; start < bytes.length && problem === undefined; start += step) {
      const end = Math.min(start + step, bytes.length);
      unzip.push(bytes.subarray(start, end), end === bytes.length);
    }
  } catch {
    problem ??= 'The zip archive is damaged.';
  }
  if (problem !== undefined)
    return { ok: false, message: `This file cannot be read as a reviewed report. ${problem}` };
  return { ok: true, parts: found };
}
