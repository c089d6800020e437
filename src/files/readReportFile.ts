import {
  maximumImportBytes,
  restoreReportFromText,
  type RestoreResult,
} from '@/model/restoreReport';
import { readUtf8Text } from './readUtf8Text';

/** What reading a draft is doing, to say so while it takes seconds. */
export type ReportFileStep = 'reading' | 'checking';

/** Reads a JSON draft the user picked or dropped; the size is checked before a byte is read. */
export async function readReportFile(
  file: File,
  onStep: (step: ReportFileStep) => void = () => undefined,
): Promise<RestoreResult> {
  if (file.size > maximumImportBytes) {
    const megabytes = (file.size / (1024 * 1024)).toFixed(1);
    return {
      ok: false,
      message: 'This file is larger than 25 MB, larger than any real report.',
      details: [`${file.name} is ${megabytes} MB.`],
    };
  }
  let text: string;
  onStep('reading');
  try {
    text = await readUtf8Text(file);
  } catch (error) {
    return {
      ok: false,
      message: 'This file could not be read.',
      details: [error instanceof Error ? error.message : String(error)],
    };
  }
  onStep('checking');
  return restoreReportFromText(text);
}
