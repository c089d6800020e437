import {
  maximumImportBytes,
  restoreReportFromText,
  type RestoreFailure,
  type RestoreResult,
} from '@/model/restoreReport';
import { decodeUtf8 } from '@/model/decodeUtf8';

/** What reading a draft is doing, to say so while it takes seconds. */
export type ReportFileStep = 'reading' | 'checking';

/** The bytes of a JSON draft the user picked or dropped; the size is checked before one is read. */
export async function readReportBytes(
  file: File,
  onStep: (step: ReportFileStep) => void = () => undefined,
): Promise<{ ok: true; bytes: Uint8Array } | RestoreFailure> {
  if (file.size > maximumImportBytes) {
    const megabytes = (file.size / (1024 * 1024)).toFixed(1);
    return {
      ok: false,
      message: 'This file is larger than 25 MB, larger than any real report.',
      details: [`${file.name} is ${megabytes} MB.`],
    };
  }
  onStep('reading');
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return {
      ok: false,
      message: 'This file could not be read.',
      details: [error instanceof Error ? error.message : String(error)],
    };
  }
}

/** Reads a JSON draft the user picked or dropped; the size is checked before a byte is read. */
export async function readReportFile(
  file: File,
  onStep: (step: ReportFileStep) => void = () => undefined,
): Promise<RestoreResult> {
  const read = await readReportBytes(file, onStep);
  if (!read.ok) return read;
  onStep('checking');
  return restoreReportFromText(decodeUtf8(read.bytes));
}
