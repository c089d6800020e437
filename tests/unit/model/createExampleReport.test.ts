import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { resolvePlot } from '@/plot/resolvePlot';
import { reportSchema, type Report } from '@/model/reportSchema';
import { analyzeReport } from '@/model/reportIssues';
import { countRichTextWords } from '@/model/richText';
import type { RichTextNode } from '@/model/richText';

function collectNodes(node: RichTextNode): RichTextNode[] {
  return [node, ...(node.content ?? []).flatMap(collectNodes)];
}

function allRichTextNodes(report: Report): RichTextNode[] {
  const found: RichTextNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      if ((value as { type?: unknown }).type === 'doc')
        found.push(...collectNodes(value as RichTextNode));
      else Object.values(value).forEach(visit);
    }
  };
  visit(report);
  return found;
}

describe('createExampleReport', () => {
  const report = createExampleReport();

  it('fits the report schema unchanged', () => {
    expect(reportSchema.parse(report)).toEqual(report);
  });

  it('is complete: no issue of any severity and completeness 100', () => {
    const analysis = analyzeReport(report, {});
    expect(analysis.issues).toEqual([]);
    expect(analysis.completeness).toBe(100);
    for (const progress of Object.values(analysis.sections))
      expect(progress.state).toBe('complete');
  });

  it('is deterministic', () => {
    expect(createExampleReport()).toEqual(report);
  });

  it('has four models with the seed methods and a final title page', () => {
    expect(report.id).toBe('example-report');
    expect(report.models.models.map((model) => model.method)).toEqual([
      'lora',
      'full',
      'adapter',
      'qlora',
    ]);
    expect(report.titlePage.status).toBe('final');
    expect(report.titlePage.authors.length).toBeGreaterThanOrEqual(2);
    expect(countRichTextWords(report.abstract.summary)).toBeLessThanOrEqual(250);
  });

  it('reports validation and test for every model and metric', () => {
    const { metricResults } = report.results;
    for (const model of report.models.models) {
      for (const metric of report.problem.metrics) {
        const splits = metricResults
          .filter((result) => result.modelId === model.id && result.metricId === metric.id)
          .map((result) => result.split)
          .sort();
        expect(splits, `${model.id} x ${metric.id}`).toEqual(['test', 'validation']);
      }
    }
    expect(metricResults.every((result) => result.runs === 3 && result.spread !== null)).toBe(true);
  });

  it('names as best model the one with the best primary test metric', () => {
    const primary = report.problem.metrics.filter((metric) => metric.primary);
    expect(primary).toHaveLength(1);
    const primaryId = primary[0]?.id;
    const testScores = report.results.metricResults
      .filter((result) => result.metricId === primaryId && result.split === 'test')
      .sort((left, right) => (right.value ?? 0) - (left.value ?? 0));
    expect(testScores[0]?.modelId).toBe(report.conclusion.bestModelId);
    expect(testScores[0]?.value).toBeGreaterThan(testScores[1]?.value ?? Infinity);
  });

  it('has loss curves for every model and one point per model in the derived plots', () => {
    const modelIds = report.models.models.map((model) => model.id);
    const byKind = new Map(report.results.plots.map((plot) => [plot.kind, plot]));
    const lossCurves = byKind.get('loss-curve');
    expect(lossCurves?.series).toHaveLength(2 * modelIds.length);
    for (const series of lossCurves?.series ?? []) {
      expect(modelIds).toContain(series.modelId);
      expect(series.points.length).toBeGreaterThanOrEqual(30);
      expect(series.points.length).toBeLessThanOrEqual(60);
      const [first, last] = [series.points[0]?.[1] ?? 0, series.points.at(-1)?.[1] ?? 0];
      expect(last).toBeLessThan(first);
    }
    for (const kind of ['size-vs-performance', 'metric-bar'] as const) {
      const plot = byKind.get(kind);
      if (plot === undefined) throw new Error(`the example has no ${kind} plot`);
      // Derived plots keep no points: they are drawn from the metric table when shown.
      expect(plot.derivation).toBe(kind);
      expect(plot.series).toEqual([]);
      const { series } = resolvePlot(report, plot).plot;
      expect(series.map((item) => item.modelId)).toEqual(modelIds);
      expect(series.every((item) => item.points.length === 1)).toBe(true);
    }
  });

  it('cites only references it lists', () => {
    const referenceIds = report.appendix.references.map((reference) => reference.id);
    expect(referenceIds.length).toBeGreaterThanOrEqual(5);
    for (const id of report.background.relatedReferenceIds) expect(referenceIds).toContain(id);
    expect(report.appendix.references.some((reference) => reference.bibtex.startsWith('@'))).toBe(
      true,
    );
  });

  it('uses marks, a list, a link and a table in its rich text', () => {
    const nodes = allRichTextNodes(report);
    const types = new Set(nodes.map((node) => node.type));
    for (const type of ['bulletList', 'listItem', 'table', 'tableRow', 'tableHeader', 'tableCell'])
      expect(types).toContain(type);
    const marks = new Set(nodes.flatMap((node) => (node.marks ?? []).map((mark) => mark.type)));
    for (const mark of ['bold', 'italic', 'code', 'link']) expect(marks).toContain(mark);
    const hrefs = nodes.flatMap((node) =>
      (node.marks ?? []).flatMap((mark) => (mark.type === 'link' ? [mark.attrs?.['href']] : [])),
    );
    expect(hrefs.every((href) => typeof href === 'string' && href.startsWith('https://'))).toBe(
      true,
    );
  });
});
