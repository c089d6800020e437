import type { ReportVersionSummary } from './reportVersionSummary';

/** Versions kept per report; the oldest automatic snapshots go first, named versions last. */
export const maximumVersionsPerReport = 50;

/**
 * Which versions to remove so that at most `maximum` remain: the oldest automatic snapshots,
 * then, only when every one left was named, the oldest named versions. The newest is never one.
 */
export function versionsToDrop(
  versions: readonly ReportVersionSummary[],
  maximum = maximumVersionsPerReport,
): string[] {
  const excess = versions.length - maximum;
  if (excess <= 0) return [];
  const oldestFirst = [...versions].sort((first, second) =>
    first.savedAt.localeCompare(second.savedAt),
  );
  const newestId = oldestFirst.at(-1)?.id;
  const candidates = [
    ...oldestFirst.filter((version) => version.automatic),
    ...oldestFirst.filter((version) => !version.automatic),
  ].filter((version) => version.id !== newestId);
  return candidates.slice(0, excess).map((version) => version.id);
}
