import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Report } from '@/model/reportSchema';
import { buildReproductionKit } from './buildReproductionKit';

/** Zip entries carry a date; a fixed one keeps the archive the same for the same report. */
const entryDate = new Date('2000-01-01T00:00:00Z');
/** Owner may run it: 0755 in the upper bits of the entry's external attributes, as unzip reads them. */
const executableAttributes = 0o100755 << 16;

/** The kit as a .zip with one folder, `reproduction-kit/`, and run.sh executable. */
export function buildReproductionKitArchive(report: Report): Uint8Array {
  const files: Zippable = {};
  for (const file of buildReproductionKit(report).files) {
    const bytes = strToU8(file.text);
    files[`reproduction-kit/${file.path}`] = file.path.endsWith('.sh')
      ? [bytes, { os: 3, attrs: executableAttributes }]
      : bytes;
  }
  return zipSync(files, { level: 6, mtime: entryDate });
}
