import { describe, expect, it } from 'vitest';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';

describe('fieldSpecAtPath', () => {
  it.each([
    ['models.models#model-a.measured.wallClockHours', 'Training time (hours)'],
    ['models.models.measured.peakGpuMemoryGigabytes', 'Peak GPU memory (GB)'],
    ['setup.datasets#dataset-clinc150.noTestSplit', 'No test split'],
    ['setup.gpuType', 'GPU type'],
    ['models.models', 'Models'],
    ['results.metricResults', 'Metric table'],
    ['results.metricResults#result-1.runs', 'Runs'],
  ])('finds the spec of %s', (path, label) => {
    expect(fieldSpecAtPath(path)?.label).toBe(label);
  });

  it.each([
    ['nowhere.at.all'],
    ['setup'],
    ['setup.noSuchField'],
    ['results.metricResults#r.split'],
  ])('finds nothing at %s', (path) => {
    expect(fieldSpecAtPath(path)).toBeUndefined();
  });
});
