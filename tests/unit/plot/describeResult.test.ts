import { describe, expect, it } from 'vitest';
import { describeCommonAggregation } from '@/plot/describeCommonAggregation';
import { describeResultAggregation } from '@/plot/describeResultAggregation';
import { describeResultValue } from '@/plot/describeResultValue';

describe('describeResultValue', () => {
  it.each([
    [{ value: 94.2, spread: 0.2, spreadKind: 'std' as const }, '94.2 ± 0.2'],
    [{ value: 94.2, spread: 0.4, spreadKind: 'ci95' as const }, '94.2 (CI ± 0.4)'],
    [{ value: 94.2, spread: null, spreadKind: 'ci95' as const }, '94.2'],
    [{ value: 0.00021, spread: 0.00001, spreadKind: 'std' as const }, '2.1e-4 ± 1e-5'],
    [{ value: null, spread: 0.2, spreadKind: 'std' as const }, ''],
  ])('writes %o as %s', (result, expected) => {
    expect(describeResultValue(result)).toBe(expected);
  });
});

describe('describeResultAggregation', () => {
  it.each([
    [{ aggregation: 'mean' as const, runs: 3 }, 'mean of 3 runs'],
    [{ aggregation: 'max' as const, runs: 5 }, 'best of 5 runs'],
    [{ aggregation: 'single-run' as const, runs: null }, 'single run'],
    [{ aggregation: 'single-run' as const, runs: 3 }, 'single run'],
    [{ aggregation: 'mean' as const, runs: 1 }, 'single run'],
    [{ aggregation: 'mean' as const, runs: null }, 'mean'],
    [{ aggregation: 'max' as const, runs: null }, 'best run'],
  ])('describes %o as %s', (result, expected) => {
    expect(describeResultAggregation(result)).toBe(expected);
  });

  it('summarises results aggregated alike, and nothing otherwise', () => {
    const mean = { aggregation: 'mean' as const, runs: 3 };
    expect(describeCommonAggregation([mean, mean])).toBe('Mean of 3 runs per model.');
    expect(describeCommonAggregation([mean, { aggregation: 'max', runs: 3 }])).toBe('');
    expect(describeCommonAggregation([])).toBe('');
  });
});
