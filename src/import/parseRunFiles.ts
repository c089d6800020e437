import { combineRunFindings } from './combineRunFindings';
import { parseRunFile } from './parseRunFile';
import type { RunFileInput, RunImportParse, RunImportProgress } from './runImportTypes';

export interface ParseRunFilesOptions {
  /** Called as files are read; big files also report progress within the file. */
  onProgress?: (progress: RunImportProgress) => void;
}

/**
 * Reads every file a user dropped (one run folder or loose files) and returns what each holds,
 * by content: the format or why it was not read, the values found with where they go and the file
 * and key they came from, and the logged series. Pure and synchronous: run it in a worker for big
 * logs. Nothing here touches a report; `buildRunImportProposal` compares the findings with one.
 */
export function parseRunFiles(
  files: readonly RunFileInput[],
  options: ParseRunFilesOptions = {},
): RunImportParse {
  const results = files.map((file, index) => {
    const report = (fileFraction: number): void =>
      options.onProgress?.({
        fileIndex: index,
        fileCount: files.length,
        path: file.path,
        fileFraction,
      });
    report(0);
    const result = parseRunFile(file, `file${index + 1}`, report);
    report(1);
    return result;
  });
  const { findings, warnings } = combineRunFindings(results.flatMap((result) => result.findings));
  return { files: results, findings, series: results.flatMap((result) => result.series), warnings };
}
