import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import type { MetricResult, Report } from '@/model/reportSchema';
import { findBestResults } from '@/plot/findBestResults';
import { indexMetricResults, metricCellKey, summarizeMetricTable } from '@/plot/metricTableSummary';

function withResults(report: Report, metricResults: MetricResult[]): Report {
  return { ...report, results: { ...report.results, metricResults } };
}

describe('indexMetricResults', () => {
  it('finds every result of the example by its cell', () => {
    const { metricResults } = createExampleReport().results;
    const index = indexMetricResults(metricResults);
    for (const result of metricResults)
      expect(index.get(metricCellKey(result.modelId, result.metricId, result.split))).toBe(result);
    expect(index.size).toBe(metricResults.length);
  });

  it('keeps the first result when two share a cell, and builds once per results array', () => {
    const [first] = createExampleReport().results.metricResults;
    if (first === undefined) throw new Error('the example has results');
    const duplicate = { ...first, id: 'duplicate', value: 0.1 };
    const results = [first, duplicate];
    const index = indexMetricResults(results);
    expect(index.get(metricCellKey(first.modelId, first.metricId, first.split))).toBe(first);
    expect(indexMetricResults(results)).toBe(index);
    expect(indexMetricResults([...results])).not.toBe(index);
  });
});

describe('summarizeMetricTable', () => {
  it('names the cells of the best results, as findBestResults does', () => {
    const report = createExampleReport();
    const best = findBestResults(report);
    const expected = report.results.metricResults
      .filter((result) => best.has(result.id))
      .map((result) => metricCellKey(result.modelId, result.metricId, result.split))
      .sort();
    expect(summarizeMetricTable(report).bestCells.split('\n')).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('returns the same summary object while the results, models and metrics are unchanged', () => {
    const report = createExampleReport();
    const summary = summarizeMetricTable(report);
    const retitled = { ...report, titlePage: { ...report.titlePage, title: 'Other' } };
    expect(summarizeMetricTable(retitled)).toBe(summary);
  });

  it('keeps the summary object when a typed value changes no mark', () => {
    const report = createExampleReport();
    const summary = summarizeMetricTable(report);
    const bestIds = findBestResults(report);
    const target = report.results.metricResults.find(
      (result) =>
        !bestIds.has(result.id) && result.value !== null && result.metricId === 'metric-accuracy',
    );
    if (target === undefined) throw new Error('the example has a result that is not best');
    const results = report.results.metricResults.map((result) =>
      result === target ? { ...result, value: (result.value ?? 0) - 0.001 } : result,
    );
    expect(results).not.toBe(report.results.metricResults);
    expect(summarizeMetricTable(withResults(report, results))).toBe(summary);
  });

  it('moves the mark when another model becomes best', () => {
    const report = createExampleReport();
    const before = summarizeMetricTable(report).bestCells;
    const results = report.results.metricResults.map((result) =>
      result.modelId !== report.models.models[0]?.id
        ? result
        : { ...result, value: result.metricId.includes('loss') ? 0 : 1_000 },
    );
    const after = summarizeMetricTable(withResults(report, results)).bestCells;
    expect(after).not.toBe(before);
    expect(after).toContain(report.models.models[0]?.id);
  });

  it('describes the common aggregation, and nothing when results differ', () => {
    const report = createExampleReport();
    const same = report.results.metricResults.map((result) => ({
      ...result,
      aggregation: 'mean' as const,
      runs: 3,
    }));
    expect(summarizeMetricTable(withResults(report, same)).commonAggregation).toBe(
      'Mean of 3 runs per model.',
    );
    const mixed = same.map((result, index) => (index === 0 ? { ...result, runs: 5 } : result));
    expect(summarizeMetricTable(withResults(report, mixed)).commonAggregation).toBe('');
  });

  it('counts the values of removed metrics', () => {
    const report = createExampleReport();
    expect(summarizeMetricTable(report).orphanedValueCount).toBe(0);
    const withoutMacroF1 = {
      ...report,
      problem: {
        ...report.problem,
        metrics: report.problem.metrics.filter((metric) => metric.id !== 'metric-macro-f1'),
      },
    };
    expect(summarizeMetricTable(withoutMacroF1).orphanedValueCount).toBe(8);
  });
});
