import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFieldChange } from '@/model/changes/applyFieldChange';
import { changePathsOverlap } from '@/model/changes/changePathsOverlap';
import { describeChangedField } from '@/model/changes/describeChangedField';
import { diffFields } from '@/model/changes/diffFields';
import { mergeFieldChanges } from '@/model/changes/mergeFieldChanges';
import { readFieldAtPath } from '@/model/changes/readFieldAtPath';
import { recoverJournaledChanges } from '@/model/changes/recoverJournaledChanges';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';
import { arbitraryMutatedReport } from '../../export/support/arbitraryMutatedReport';

const example = createExampleReport();

function applyAll(report: Report, changes: ReturnType<typeof diffFields>): Report | undefined {
  let current: Report | undefined = report;
  for (const change of changes) current = current && applyFieldChange(current, change);
  return current;
}

describe('diffFields and applyFieldChange', () => {
  it('name each changed field once, and applying them rebuilds the other version', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), arbitraryMutatedReport(), (first, second) => {
        const changes = diffFields(first, second);
        expect(applyAll(first, changes)).toEqual(second);
        for (const change of changes) {
          const before = readFieldAtPath(first, change.path);
          expect(before.found && before.value).toEqual(change.before);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('finds nothing between a report and its JSON copy, and skips shared branches', () => {
    expect(diffFields(example, JSON.parse(JSON.stringify(example)))).toEqual([]);
    const retitled = { ...example, titlePage: { ...example.titlePage, title: 'New' } };
    expect(diffFields(example, retitled)).toEqual([
      { path: ['titlePage', 'title'], value: 'New', before: example.titlePage.title },
    ]);
  });

  it('names a list item by its id, and a reordered list as one change', () => {
    const [first, second] = example.models.models;
    if (first === undefined || second === undefined) throw new Error('the example has two models');
    const renamed: Report = {
      ...example,
      models: {
        ...example.models,
        models: [{ ...first, name: 'Renamed' }, ...example.models.models.slice(1)],
      },
    };
    expect(diffFields(example, renamed).map((change) => change.path)).toEqual([
      ['models', 'models', { id: first.id }, 'name'],
    ]);
    const reordered: Report = {
      ...example,
      models: { ...example.models, models: [second, first, ...example.models.models.slice(2)] },
    };
    expect(diffFields(example, reordered).map((change) => change.path)).toEqual([
      ['models', 'models'],
    ]);
  });

  it('keeps rich text as one field', () => {
    const summary = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'New' }] }],
    };
    const edited = { ...example, abstract: { ...example.abstract, summary } } as Report;
    expect(diffFields(example, edited).map((change) => change.path)).toEqual([
      ['abstract', 'summary'],
    ]);
  });

  it('cannot apply a change whose list item is gone', () => {
    expect(
      applyFieldChange(example, {
        path: ['models', 'models', { id: 'missing' }, 'name'],
        value: 'x',
        before: '',
      }),
    ).toBeUndefined();
  });
});

describe('changePathsOverlap', () => {
  it('is true for the same field and for a field inside another', () => {
    expect(changePathsOverlap(['a', { id: '1' }, 'b'], ['a', { id: '1' }, 'b'])).toBe(true);
    expect(changePathsOverlap(['a'], ['a', { id: '1' }, 'b'])).toBe(true);
    expect(changePathsOverlap(['a', { id: '1' }], ['a', { id: '2' }])).toBe(false);
    expect(changePathsOverlap(['a', 'b'], ['a', 'c'])).toBe(false);
  });
});

describe('mergeFieldChanges', () => {
  it('keeps every change of ours, takes every change of theirs that touches none, and lists the rest', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), arbitraryMutatedReport(), (ours, theirs) => {
        const { merged, conflicts, taken } = mergeFieldChanges(example, ours, theirs);
        for (const change of diffFields(example, ours)) {
          const value = readFieldAtPath(merged, change.path);
          expect(value.found && value.value).toEqual(change.value);
        }
        for (const change of taken) {
          const value = readFieldAtPath(merged, change.path);
          expect(value.found && value.value).toEqual(change.value);
        }
        expect(taken.length + conflicts.length).toBe(diffFields(example, theirs).length);
        const ourPaths = diffFields(example, ours).map((change) => change.path);
        for (const conflict of conflicts)
          expect(ourPaths.some((path) => changePathsOverlap(path, conflict.path))).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('merges a title from one tab with a subtitle from the other', () => {
    const ours = { ...example, titlePage: { ...example.titlePage, title: 'Ours' } };
    const theirs = { ...example, titlePage: { ...example.titlePage, subtitle: 'Theirs' } };
    const { merged, conflicts } = mergeFieldChanges(example, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.titlePage.title).toBe('Ours');
    expect(merged.titlePage.subtitle).toBe('Theirs');
  });
});

describe('recoverJournaledChanges', () => {
  const stamp = (changes: ReturnType<typeof diffFields>, changedAt: string) =>
    changes.map((change) => ({ ...change, changedAt }));

  it('puts back every journaled change made on the stored revision', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), (edited) => {
        const recovery = recoverJournaledChanges(
          { report: example, revision: 3, savedAt: '2026-12-01T00:00:00.000Z' },
          {
            baseRevision: 3,
            changes: stamp(diffFields(example, edited), '2026-12-01T00:00:01.000Z'),
          },
        );
        expect(recovery.report).toEqual(edited);
        expect(recovery.conflicts).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('keeps a field another save changed later, and returns ours whole to be kept aside', () => {
    const ours = {
      ...example,
      titlePage: { ...example.titlePage, title: 'Typed here', subtitle: 'Only here' },
    };
    const laterSave = { ...example, titlePage: { ...example.titlePage, title: 'Saved elsewhere' } };
    const recovery = recoverJournaledChanges(
      { report: laterSave, revision: 4, savedAt: '2026-12-01T00:00:05.000Z' },
      { baseRevision: 3, changes: stamp(diffFields(example, ours), '2026-12-01T00:00:01.000Z') },
    );
    expect(recovery.report.titlePage.title).toBe('Saved elsewhere');
    expect(recovery.report.titlePage.subtitle).toBe('Only here');
    expect(recovery.ourVersion?.titlePage.title).toBe('Typed here');
    expect(recovery.recovered.map((change) => describeChangedField(example, change.path))).toEqual([
      'Title page › Subtitle',
    ]);
  });
});
