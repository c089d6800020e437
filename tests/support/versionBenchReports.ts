import { createExampleReport } from '@/model/createExampleReport';
import { richTextToPlainText, type RichText, type RichTextNode } from '@/model/richText';
import type { Report } from '@/model/reportSchema';
import { decodeShareFragment } from '@/model/shareLink/decodeShareFragment';
import { encodeShareFragment } from '@/model/shareLink/encodeShareFragment';
import { diffReports } from '@/model/versionDiff/diffReports';
import { benchProfiles, createBenchReport } from './benchReports';

const exportedAt = '2026-12-04T10:00:00.000Z';

function reviseRichText(value: RichText): RichText {
  // One word replaced and a sentence added at the end of the first paragraph with text.
  let revised = false;
  const visit = (node: RichTextNode): RichTextNode => {
    if (revised) return node;
    if (
      node.type === 'text' &&
      'text' in node &&
      typeof node.text === 'string' &&
      node.text.includes(' ')
    ) {
      revised = true;
      return {
        ...node,
        text: `${node.text.replace(/\b\w+\b/u, 'revised')} A sentence added in review.`,
      };
    }
    return 'content' in node && Array.isArray(node.content)
      ? { ...node, content: node.content.map(visit) }
      : node;
  };
  return { ...value, content: (value.content ?? []).map(visit) };
}

function reviseEveryRichText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviseEveryRichText);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (record['type'] === 'doc') {
    const richText = value as RichText;
    return richTextToPlainText(richText).trim() === '' ? value : reviseRichText(richText);
  }
  return Object.fromEntries(
    Object.entries(record).map(([key, child]) => [key, reviseEveryRichText(child)]),
  );
}

/**
 * The second version of a report after a review round: every rich-text field with a word
 * replaced and a sentence added, the title changed, the first two models swapped and the last
 * removed, every tenth metric cell changed, the first figure's first series cut to half its points.
 */
export function reviseReport(report: Report): Report {
  const revised = reviseEveryRichText(report) as Report;
  const models = [...revised.models.models];
  const [first, second] = models;
  if (first !== undefined && second !== undefined) models.splice(0, 2, second, first);
  models.pop();
  return {
    ...revised,
    titlePage: { ...revised.titlePage, title: `${revised.titlePage.title} (revised)` },
    models: { ...revised.models, models },
    results: {
      ...revised.results,
      metricResults: revised.results.metricResults.map((result, index) =>
        index % 10 === 0 && result.value !== null
          ? { ...result, value: result.value + 0.01 }
          : result,
      ),
      plots: revised.results.plots.map((plot, plotIndex) =>
        plotIndex === 0
          ? {
              ...plot,
              series: plot.series.map((series, seriesIndex) =>
                seriesIndex === 0
                  ? {
                      ...series,
                      points: series.points.slice(0, Math.ceil(series.points.length / 2)),
                    }
                  : series,
              ),
            }
          : plot,
      ),
    },
  };
}

function medianMilliseconds(runs: number, run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((first, second) => first - second);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export interface VersionBenchRow {
  metric: string;
  value: number;
  unit: 'ms' | 'characters';
  budget?: string;
  pass?: boolean;
}

/**
 * Issue 19's bench rows, measured in Node: the diff of the large report's two versions
 * (≤ 300 ms), the example's share link encoded and decoded (≤ 50 ms), and the link lengths.
 * Each copy is read back as storage would (no shared objects), so the diff walks everything.
 */
export function measureVersionsAndShareLinks(): VersionBenchRow[] {
  const large = createBenchReport(benchProfiles.large, 2, 'bench-large');
  const largeBefore = JSON.parse(JSON.stringify(large)) as Report;
  const largeAfter = JSON.parse(JSON.stringify(reviseReport(large))) as Report;
  const diffTime = medianMilliseconds(5, () => diffReports(largeBefore, largeAfter));
  const example = createExampleReport();
  const exampleFragment = encodeShareFragment(example, exportedAt);
  const encodeTime = medianMilliseconds(9, () => encodeShareFragment(example, exportedAt));
  const decodeTime = medianMilliseconds(9, () => decodeShareFragment(exampleFragment));
  const length = (report: Report, withoutPlotPoints: boolean): number =>
    `#${encodeShareFragment(report, exportedAt, { withoutPlotPoints })}`.length;
  return [
    {
      metric: 'Diff of the large report’s two versions',
      value: diffTime,
      unit: 'ms',
      budget: '≤ 300 ms',
      pass: diffTime <= 300,
    },
    {
      metric: 'Share link of the example, encode + decode',
      value: encodeTime + decodeTime,
      unit: 'ms',
      budget: '≤ 50 ms',
      pass: encodeTime + decodeTime <= 50,
    },
    { metric: 'Share link of the example, encode', value: encodeTime, unit: 'ms' },
    { metric: 'Share link of the example, decode', value: decodeTime, unit: 'ms' },
    {
      metric: 'Share link fragment of the example',
      value: length(example, false),
      unit: 'characters',
    },
    {
      metric: 'Share link fragment of the example without plot points',
      value: length(example, true),
      unit: 'characters',
    },
    {
      metric: 'Share link fragment of the large report',
      value: length(large, false),
      unit: 'characters',
    },
    {
      metric: 'Share link fragment of the large report without plot points',
      value: length(large, true),
      unit: 'characters',
    },
  ];
}
