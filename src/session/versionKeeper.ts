import { isReportBlank } from '@/model/isReportBlank';
import { restoreReportFromText, type RestoreResult } from '@/model/restoreReport';
import type { Report } from '@/model/reportSchema';
import { countReportContent } from '@/model/versions/countReportContent';
import { createContentHasher, reportContentPieces } from '@/model/versions/hashReportContent';
import { jsonPieces } from '@/model/jsonPieces';
import { yieldToMainThread } from '@/platform/yieldToMainThread';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';
import { versionsToDrop } from '@/model/versions/versionsToDrop';
import type { VersionDatabase } from '@/storage/versionDatabase';

/** Work between pauses for input and paint while a version is hashed and written out. */
const sliceMilliseconds = 12;

/**
 * Hands each piece to `take`, pausing whenever a slice of work is used up: a report at the
 * import cap took 1.3 s in one task to hash and write out, on every export. `endSlice` runs at
 * the end of each slice.
 */
async function eachPiece(
  pieces: Iterable<string>,
  take: (piece: string) => void,
  endSlice: () => void = () => {},
): Promise<void> {
  let sliceStart = performance.now();
  for (const piece of pieces) {
    take(piece);
    if (performance.now() - sliceStart < sliceMilliseconds) continue;
    endSlice();
    await yieldToMainThread();
    sliceStart = performance.now();
  }
  endSlice();
}

async function hashInSlices(report: Report): Promise<string> {
  const hasher = createContentHasher();
  await eachPiece(reportContentPieces(report), hasher.add);
  return hasher.digest();
}

/**
 * The report's JSON in pieces, each slice's joined in that slice: one string of a draft at the
 * cap (25 MB) took 70–140 ms in one task to join, whether from its pieces or from the slices'.
 */
async function writeJsonInSlices(report: Report): Promise<string[]> {
  const slices: string[] = [];
  let pieces: string[] = [];
  await eachPiece(
    jsonPieces(report),
    (piece) => pieces.push(piece),
    () => {
      slices.push(pieces.join(''));
      pieces = [];
    },
  );
  return slices;
}

export interface VersionKeeper {
  /**
   * Stores `report` as a version; an automatic one is skipped (undefined) when the report is
   * blank or its content is the newest version's.
   */
  keep: (
    report: Report,
    name: string,
    note: string,
    automatic: boolean,
  ) => Promise<ReportVersionSummary | undefined>;
  readVersion: (version: ReportVersionSummary) => Promise<RestoreResult>;
}

/** The work behind VersionHistory, loaded with the first version kept or read. */
export function createVersionKeeper({
  database,
  clock,
  createId,
}: {
  database: VersionDatabase;
  clock: () => Date;
  createId: () => string;
}): VersionKeeper {
  // Writes one after another, so each sees the list the one before left.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    keep: (report, name, note, automatic) => {
      const written = queue.then(async () => {
        if (automatic && isReportBlank(report)) return undefined;
        const contentHash = await hashInSlices(report);
        const existing = await database.listVersions(report.id);
        const newest = existing.reduce<ReportVersionSummary | undefined>(
          (found, version) =>
            found === undefined || version.savedAt >= found.savedAt ? version : found,
          undefined,
        );
        if (automatic && newest?.contentHash === contentHash) return undefined;
        const jsonSlices = await writeJsonInSlices(report);
        const { words, fields } = countReportContent(report);
        const summary: ReportVersionSummary = {
          id: createId(),
          reportId: report.id,
          name,
          note,
          automatic,
          savedAt: clock().toISOString(),
          contentHash,
          wordCount: words,
          fieldCount: fields,
          storedCharacters: jsonSlices.reduce((total, slice) => total + slice.length, 0),
        };
        await database.writeVersion(summary, jsonSlices, versionsToDrop([...existing, summary]));
        return summary;
      });
      queue = written.catch(() => undefined);
      return written;
    },
    readVersion: async (version) => {
      const json = await database.readVersionJson(version.reportId, version.id);
      if (json === undefined)
        return {
          ok: false,
          message: `The version “${version.name}” is no longer stored in this browser.`,
          details: [],
        };
      return restoreReportFromText(json);
    },
  };
}
