import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import type { MetricResult, Report } from '@/model/reportSchema';
import { findBestResults } from '@/plot/findBestResults';

function result(
  overrides: Partial<MetricResult> & Pick<MetricResult, 'id' | 'modelId'>,
): MetricResult {
  return {
    metricId: 'metric-accuracy',
    split: 'test',
    value: null,
    spread: null,
    spreadKind: 'std',
    runs: null,
    aggregation: 'single-run',
    ...overrides,
  };
}

function exampleWithResults(metricResults: MetricResult[]): Report {
  const report = structuredClone(createExampleReport());
  report.results.metricResults = metricResults;
  return report;
}

describe('findBestResults', () => {
  it('marks the best test and validation result of every metric in the example', () => {
    const best = findBestResults(createExampleReport());
    expect([...best].sort()).toEqual([
      'result-model-d-metric-accuracy-test',
      'result-model-d-metric-accuracy-validation',
      'result-model-d-metric-eval-loss-test',
      'result-model-d-metric-eval-loss-validation',
      'result-model-d-metric-macro-f1-test',
      'result-model-d-metric-macro-f1-validation',
    ]);
  });

  it('takes the highest value when higher is better and the lowest otherwise', () => {
    const report = exampleWithResults([
      result({ id: 'acc-a', modelId: 'model-a', value: 90 }),
      result({ id: 'acc-b', modelId: 'model-b', value: 92 }),
      result({ id: 'loss-a', modelId: 'model-a', metricId: 'metric-eval-loss', value: 0.3 }),
      result({ id: 'loss-b', modelId: 'model-b', metricId: 'metric-eval-loss', value: 0.2 }),
    ]);
    expect(findBestResults(report)).toEqual(new Set(['acc-b', 'loss-b']));
  });

  it('marks every tied result', () => {
    const report = exampleWithResults([
      result({ id: 'a', modelId: 'model-a', value: 94.2 }),
      result({ id: 'b', modelId: 'model-b', value: 93 }),
      result({ id: 'c', modelId: 'model-c', value: 94.2 }),
    ]);
    expect(findBestResults(report)).toEqual(new Set(['a', 'c']));
  });

  it('ignores results without a value, of removed models or metrics, and lone results', () => {
    const report = exampleWithResults([
      result({ id: 'empty', modelId: 'model-a', value: null }),
      result({ id: 'gone-model', modelId: 'model-gone', value: 99 }),
      result({ id: 'gone-metric', modelId: 'model-a', metricId: 'metric-gone', value: 99 }),
      result({ id: 'b', modelId: 'model-b', value: 91 }),
      result({ id: 'c', modelId: 'model-c', value: 90 }),
      result({ id: 'lone-validation', modelId: 'model-c', split: 'validation', value: 90 }),
    ]);
    expect(findBestResults(report)).toEqual(new Set(['b']));
  });

  it('compares validation and test separately', () => {
    const report = exampleWithResults([
      result({ id: 'test-a', modelId: 'model-a', value: 90 }),
      result({ id: 'test-b', modelId: 'model-b', value: 91 }),
      result({ id: 'validation-a', modelId: 'model-a', split: 'validation', value: 95 }),
      result({ id: 'validation-b', modelId: 'model-b', split: 'validation', value: 94 }),
    ]);
    expect(findBestResults(report)).toEqual(new Set(['test-b', 'validation-a']));
  });
});
