import type {
  RunFileFormat,
  RunFileResult,
  RunFileStatus,
  RunPoint,
} from '@/import/runImportTypes';

export interface SeriesSummary {
  points: number;
  total: number;
  first: RunPoint | undefined;
  last: RunPoint | undefined;
}

/** One parsed file reduced to plain values, so tests can assert everything found with toEqual. */
export interface RunFileSummary {
  status: RunFileStatus;
  format: RunFileFormat | null;
  model: Record<string, unknown>;
  report: Record<string, unknown>;
  libraries: Record<string, string>;
  tools: string[];
  /** `<metric key> <split>` → value; `(assumed)` is appended when the file did not name the split. */
  metrics: Record<string, number>;
  notes: Record<string, string>;
  /** By label, with ` [run]` appended for multi-run files. */
  series: Record<string, SeriesSummary>;
  warnings: string[];
}

export function summarizeRunFile(result: RunFileResult): RunFileSummary {
  const summary: RunFileSummary = {
    status: result.status,
    format: result.format,
    model: {},
    report: {},
    libraries: {},
    tools: [],
    metrics: {},
    notes: {},
    series: {},
    warnings: result.warnings,
  };
  for (const finding of result.findings) {
    switch (finding.kind) {
      case 'model-field':
        summary.model[finding.field] = finding.value;
        break;
      case 'report-field':
        summary.report[finding.field] = finding.value;
        break;
      case 'library-version':
        summary.libraries[finding.name] = finding.version;
        break;
      case 'logging-tool':
        summary.tools.push(finding.tool);
        break;
      case 'metric-result':
        summary.metrics[
          `${finding.metric.key} ${finding.split}${finding.splitAssumed ? ' (assumed)' : ''}`
        ] = finding.value;
        break;
      case 'note':
        summary.notes[finding.label] = finding.value;
        break;
    }
  }
  for (const series of result.series) {
    const label = series.run === '' ? series.label : `${series.label} [${series.run}]`;
    summary.series[label] = {
      points: series.points.length,
      total: series.totalPoints,
      first: series.points[0],
      last: series.points.at(-1),
    };
  }
  return summary;
}
