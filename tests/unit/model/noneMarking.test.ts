import { describe, expect, it } from 'vitest';
import { createEmptyDataset } from '@/model/createEmptyReport';
import { noneMarkingOf } from '@/model/noneMarking';

describe('noneMarkingOf', () => {
  const dataset = { ...createEmptyDataset('d1'), testSize: 1821, noTestSplit: true };

  it('reads a split marked "No test split" as none, whatever size it held', () => {
    expect(noneMarkingOf('setup.datasets#d1', dataset, 'testSize')).toBe('none');
    expect(noneMarkingOf('setup.datasets', dataset, 'testSize')).toBe('none');
  });

  it('leaves a split that exists, and fields that no checkbox marks, as they are', () => {
    expect(noneMarkingOf('setup.datasets#d1', dataset, 'validationSize')).toBeUndefined();
    expect(noneMarkingOf('setup.datasets#d1', dataset, 'trainSize')).toBeUndefined();
    expect(noneMarkingOf('setup.datasets#d1', dataset, 'name')).toBeUndefined();
  });

  it('names the checkboxes themselves, ticked or not, as markers', () => {
    expect(noneMarkingOf('setup.datasets#d1', dataset, 'noTestSplit')).toBe('marker');
    expect(noneMarkingOf('setup.datasets#d1', dataset, 'noValidationSplit')).toBe('marker');
  });

  it('knows nothing of other owners', () => {
    expect(noneMarkingOf('models.models#m1', dataset, 'testSize')).toBeUndefined();
  });
});
