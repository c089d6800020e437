import type { MetricNameClass } from './classifyMetricName';
import { cleanFileText } from './cleanFileText';
import type { AccumulatedSeries } from './createSeriesAccumulator';
import { findingPrecedenceRank } from './findingPrecedenceRank';
import { importFieldSpec } from './importFieldSpec';
import type { RunFileHint } from './runFileReader';
import type {
  FindingPrecedence,
  MetricIdentity,
  ModelField,
  ModelFieldFinding,
  ModelFieldValues,
  ReportField,
  ReportFieldFinding,
  ReportFieldValues,
  ResultSplit,
  RunFinding,
  RunSeries,
} from './runImportTypes';

const maxNotesPerFile = 60;
const maxSeriesPerFile = 200;
const maxMetricResultsPerFile = 200;
/** Thinned series named one by one; the rest are counted, so the review stays readable. */
const maxThinnedSeriesNamed = 10;

export interface SeriesInput {
  /** The name as logged. */
  name: string;
  classification: MetricNameClass;
  values: AccumulatedSeries;
  xLabel: RunSeries['xLabel'];
  /** Column, key or line range in the file. */
  key: string;
  run?: string;
  segment?: string;
}

/** Where a reader puts what it finds in one file; repeated fields keep the most trusted value. */
export interface RunFileContext {
  readonly hint: RunFileHint;
  /** `detail` says how a value was computed or why it may be off; the review shows it. */
  modelField<Field extends ModelField>(
    field: Field,
    value: ModelFieldValues[Field],
    key: string,
    precedence?: FindingPrecedence,
    detail?: string,
  ): void;
  reportField<Field extends ReportField>(
    field: Field,
    value: ReportFieldValues[Field],
    key: string,
    precedence?: FindingPrecedence,
  ): void;
  libraryVersion(name: string, version: string, key: string, precedence?: FindingPrecedence): void;
  loggingTool(tool: string, key: string, runLink?: string): void;
  metricResult(
    metric: MetricIdentity,
    split: ResultSplit,
    value: number,
    key: string,
    splitAssumed?: boolean,
  ): void;
  note(label: string, value: string, key: string): void;
  series(input: SeriesInput): void;
  warn(message: string): void;
  /** Fraction of this file done, 0 to 1, for a progress bar on big files. */
  progress(fraction: number): void;
  /** Whether the reader found anything at all. */
  readonly isEmpty: boolean;
}

export interface RunFileCollected {
  findings: RunFinding[];
  series: RunSeries[];
  warnings: string[];
}

function targetKey(finding: RunFinding): string {
  switch (finding.kind) {
    case 'model-field':
    case 'report-field':
      return `${finding.kind}:${finding.field}`;
    case 'library-version':
      return `library:${finding.name.toLowerCase()}`;
    case 'logging-tool':
      return `logging:${finding.tool.toLowerCase()}`;
    case 'metric-result':
      return `metric:${finding.metric.key.toLowerCase()}:${finding.split}`;
    case 'field-value':
      return `field:${finding.scope}:${finding.path}`;
    case 'list-item':
      return `list:${finding.path}:${finding.source.key}`;
    case 'appendix-text':
      return `appendix:${finding.heading}:${finding.source.key}`;
    case 'note':
      return `note:${finding.label}:${finding.source.key}`;
  }
}

export function createRunFileContext(
  hint: RunFileHint,
  seriesIdPrefix: string,
  onProgress: (fraction: number) => void,
): { context: RunFileContext; collected: () => RunFileCollected } {
  const findings: RunFinding[] = [];
  const indexByTarget = new Map<string, number>();
  const series: RunSeries[] = [];
  const warnings: string[] = [];
  let notes = 0;
  let metricResults = 0;
  let droppedNotes = 0;
  let droppedSeries = 0;
  let thinnedSeries = 0;
  const source = (key: string) => ({ file: hint.path, key: cleanFileText(key, 300) });

  const add = (finding: RunFinding): void => {
    const key = targetKey(finding);
    const existing = indexByTarget.get(key);
    if (existing === undefined) {
      indexByTarget.set(key, findings.length);
      findings.push(finding);
      return;
    }
    const current = findings[existing];
    if (
      current !== undefined &&
      findingPrecedenceRank[finding.precedence] < findingPrecedenceRank[current.precedence]
    ) {
      findings[existing] = finding;
    }
  };

  const context: RunFileContext = {
    hint,
    modelField(field, value, key, precedence = 'stated', detail) {
      const cleaned = typeof value === 'string' ? cleanFileText(value) : value;
      if (cleaned === '') return;
      add({
        kind: 'model-field',
        field,
        value: cleaned,
        label: importFieldSpec(field, 'model').label,
        source: source(key),
        precedence,
        ...(detail === undefined ? {} : { detail }),
      } as ModelFieldFinding);
    },
    reportField(field, value, key, precedence = 'stated') {
      const cleaned = typeof value === 'string' ? cleanFileText(value) : value;
      if (cleaned === '') return;
      add({
        kind: 'report-field',
        field,
        value: cleaned,
        label: importFieldSpec(field, 'report').label,
        source: source(key),
        precedence,
      } as ReportFieldFinding);
    },
    libraryVersion(name, version, key, precedence = 'stated') {
      const cleanName = cleanFileText(name, 200);
      const cleanVersion = cleanFileText(version, 200);
      if (cleanName === '' || cleanVersion === '') return;
      add({
        kind: 'library-version',
        name: cleanName,
        version: cleanVersion,
        label: cleanName,
        source: source(key),
        precedence,
      });
    },
    loggingTool(tool, key, runLink = '') {
      add({
        kind: 'logging-tool',
        tool,
        runLink: cleanFileText(runLink, 2000),
        label: tool,
        source: source(key),
        precedence: 'stated',
      });
    },
    metricResult(metric, split, value, key, splitAssumed = false) {
      if (!Number.isFinite(value)) return;
      if (metricResults >= maxMetricResultsPerFile) return;
      metricResults += 1;
      add({
        kind: 'metric-result',
        metric: {
          ...metric,
          key: cleanFileText(metric.key, 200),
          name: cleanFileText(metric.name, 200),
        },
        split,
        value,
        splitAssumed,
        label: cleanFileText(metric.name, 200),
        source: source(key),
        precedence: splitAssumed ? 'hint' : 'stated',
      });
    },
    note(label, value, key) {
      const cleanValue = cleanFileText(value, 500);
      if (cleanValue === '') return;
      if (notes >= maxNotesPerFile) {
        droppedNotes += 1;
        return;
      }
      notes += 1;
      add({
        kind: 'note',
        label: cleanFileText(label, 200),
        value: cleanValue,
        source: source(key),
        precedence: 'stated',
      });
    },
    series(input) {
      // Runtimes, throughput and memory are not curves a report plots.
      if (input.values.points.length === 0 || input.classification.role === 'system') return;
      if (series.length >= maxSeriesPerFile) {
        droppedSeries += 1;
        return;
      }
      const { classification, values } = input;
      const segment = input.segment ?? '';
      const described =
        segment === '' ? classification.label : `${classification.label} (${segment})`;
      const run = input.run ?? '';
      const clashes = series.some((other) => other.label === described && other.run === run);
      const label = clashes ? `${described} · ${input.name}` : described;
      series.push({
        id: `${seriesIdPrefix}-${series.length + 1}`,
        name: cleanFileText(input.name, 200),
        label: cleanFileText(label, 200),
        metric: classification.metric,
        split: classification.split,
        role: classification.role,
        run: cleanFileText(run, 200),
        segment,
        xLabel: input.xLabel,
        points: values.points,
        byEpoch: values.byEpoch,
        totalPoints: values.totalPoints,
        source: source(input.key),
      });
      if (values.thinned) {
        thinnedSeries += 1;
        if (thinnedSeries <= maxThinnedSeriesNamed)
          warnings.push(
            `${input.name}: kept ${values.points.length.toLocaleString('en-US')} of ${values.totalPoints.toLocaleString('en-US')} points, evenly spaced.`,
          );
      }
    },
    warn(message) {
      if (warnings.length < 100) warnings.push(cleanFileText(message, 500));
    },
    progress(fraction) {
      onProgress(Math.min(1, Math.max(0, fraction)));
    },
    get isEmpty() {
      return findings.length === 0 && series.length === 0;
    },
  };

  const collected = (): RunFileCollected => {
    const finalWarnings = [...warnings];
    if (droppedNotes > 0)
      finalWarnings.push(`${droppedNotes} more values without a report field were left out.`);
    if (thinnedSeries > maxThinnedSeriesNamed)
      finalWarnings.push(
        `${(thinnedSeries - maxThinnedSeriesNamed).toLocaleString('en-US')} more series were thinned to evenly spaced points the same way.`,
      );
    if (droppedSeries > 0)
      finalWarnings.push(
        `${droppedSeries} more series were left out (at most ${maxSeriesPerFile} per file).`,
      );
    return { findings, series, warnings: finalWarnings };
  };
  return { context, collected };
}
