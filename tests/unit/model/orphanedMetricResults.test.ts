import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import {
  findOrphanedMetricResults,
  withoutOrphanedMetricResults,
} from '@/model/orphanedMetricResults';
import type { Report } from '@/model/reportSchema';

const example = createExampleReport();

function withoutMetric(report: Report, metricId: string): Report {
  return {
    ...report,
    problem: {
      ...report.problem,
      metrics: report.problem.metrics.filter((metric) => metric.id !== metricId),
    },
  };
}

function withoutModel(report: Report, modelId: string): Report {
  return {
    ...report,
    models: {
      ...report.models,
      models: report.models.models.filter((model) => model.id !== modelId),
    },
  };
}

describe('orphaned metric results', () => {
  it('finds none in the example, and returns the same report when removing none', () => {
    expect(findOrphanedMetricResults(example)).toEqual([]);
    expect(withoutOrphanedMetricResults(example)).toBe(example);
  });

  it('finds the results of a removed metric and of a removed model, and removes only those', () => {
    const report = withoutModel(withoutMetric(example, 'metric-macro-f1'), 'model-b');
    const orphaned = findOrphanedMetricResults(report);
    expect(orphaned.length).toBeGreaterThan(0);
    for (const result of orphaned)
      expect(result.metricId === 'metric-macro-f1' || result.modelId === 'model-b').toBe(true);
    const cleaned = withoutOrphanedMetricResults(report);
    expect(findOrphanedMetricResults(cleaned)).toEqual([]);
    expect(cleaned.results.metricResults.length).toBe(
      report.results.metricResults.length - orphaned.length,
    );
    expect(cleaned.results.plots).toBe(report.results.plots);
    expect(cleaned.models).toBe(report.models);
  });
});
