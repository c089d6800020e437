import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import {
  describeFieldPath,
  getValueAtPath,
  joinFieldPath,
  listItemSegment,
  sectionIdOfPath,
  setValueAtPath,
} from '@/model/fieldPath';

const learningRateOfModelC = 'models.models#model-c.hyperparameters.learningRate';

describe('getValueAtPath', () => {
  const report = createExampleReport();

  it('follows #id segments to the item with that id', () => {
    expect(getValueAtPath(report, learningRateOfModelC)).toBe(1e-4);
    expect(getValueAtPath(report, 'titlePage.authors#author-2.name')).toBe('Jonas Lindqvist');
  });

  it('returns undefined for a missing key or id', () => {
    expect(getValueAtPath(report, 'models.models#model-z.name')).toBeUndefined();
    expect(getValueAtPath(report, 'titlePage.nothing.here')).toBeUndefined();
  });

  it('does not read inherited properties', () => {
    expect(getValueAtPath(report, 'titlePage.constructor')).toBeUndefined();
    expect(getValueAtPath(report, 'titlePage.toString')).toBeUndefined();
  });
});

describe('setValueAtPath', () => {
  it('returns a copy with the value replaced and leaves the input untouched', () => {
    const report = createExampleReport();
    const before = structuredClone(report);
    const updated = setValueAtPath(report, learningRateOfModelC, 3e-4);
    expect(report).toEqual(before);
    expect(getValueAtPath(updated, learningRateOfModelC)).toBe(3e-4);
  });

  it('copies only the branch it changes and shares every untouched one', () => {
    const report = createExampleReport();
    const updated = setValueAtPath(report, learningRateOfModelC, 3e-4);
    expect(updated).not.toBe(report);
    expect(updated.models).not.toBe(report.models);
    expect(updated.models.models).not.toBe(report.models.models);
    expect(updated.models.models[2]).not.toBe(report.models.models[2]);
    expect(updated.models.models[2]?.hyperparameters).not.toBe(
      report.models.models[2]?.hyperparameters,
    );
    expect(updated.titlePage).toBe(report.titlePage);
    expect(updated.results).toBe(report.results);
    expect(updated.models.overview).toBe(report.models.overview);
    expect(updated.models.models[0]).toBe(report.models.models[0]);
    expect(updated.models.models[2]?.lora).toBe(report.models.models[2]?.lora);
  });

  it('throws for a path that does not exist', () => {
    const report = createExampleReport();
    expect(() => setValueAtPath(report, 'models.models#model-z.name', 'x')).toThrow(/model-z/u);
    expect(() => setValueAtPath(report, 'titlePage.nothing', 'x')).toThrow(/nothing/u);
  });
});

describe('describeFieldPath', () => {
  const report = createExampleReport();

  it('gives positions instead of ids', () => {
    expect(describeFieldPath(report, learningRateOfModelC)).toBe(
      'models.models[2].hyperparameters.learningRate',
    );
    expect(describeFieldPath(report, 'setup.datasets#dataset-clinc150.trainSize')).toBe(
      'setup.datasets[1].trainSize',
    );
  });

  it('marks an unknown id with a question mark', () => {
    expect(describeFieldPath(report, 'models.models#model-z.name')).toBe('models.models[?].name');
  });
});

describe('path building', () => {
  it('joins segments, skipping empty ones', () => {
    const path = joinFieldPath('models', listItemSegment('models', 'model-a'), '', 'name');
    expect(path).toBe('models.models#model-a.name');
    expect(sectionIdOfPath(path)).toBe('models');
  });
});

describe('list items found by id', () => {
  it('are found again after a list is changed in place, and an item gone is not found', () => {
    const list = [
      { id: 'a', value: 1 },
      { id: 'b', value: 2 },
    ];
    const root = { section: { list } };
    expect(getValueAtPath(root, 'section.list#b.value')).toBe(2);
    list.push({ id: 'c', value: 3 });
    expect(getValueAtPath(root, 'section.list#c.value')).toBe(3);
    list.reverse();
    expect(getValueAtPath(root, 'section.list#a.value')).toBe(1);
    expect(getValueAtPath(root, 'section.list#c.value')).toBe(3);
    list.splice(0, 1);
    expect(getValueAtPath(root, 'section.list#c.value')).toBeUndefined();
    expect(getValueAtPath(root, 'section.list#b.value')).toBe(2);
  });

  it('is the first of two items with one id, as before', () => {
    const root = {
      list: [
        { id: 'a', value: 1 },
        { id: 'a', value: 2 },
      ],
    };
    expect(getValueAtPath(root, 'list#a.value')).toBe(1);
    expect(setValueAtPath(root, 'list#a.value', 5).list.map((item) => item.value)).toEqual([5, 2]);
  });
});
