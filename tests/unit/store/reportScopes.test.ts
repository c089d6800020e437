import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExampleReport } from '@/model/createExampleReport';
import { getValueAtPath, joinFieldPath, listItemSegment, type FieldPath } from '@/model/fieldPath';
import { createReportStore } from '@/store/reportStore';
import {
  createReportScopes,
  reportIdScope,
  scopeOfPath,
  scopeOfTypedNumber,
  type ReportScope,
} from '@/store/reportScopes';
import { createEmptyReport } from '@/model/createEmptyReport';

function makeStore() {
  return createReportStore({ now: () => 0, initialDocument: { report: createExampleReport() } });
}

/** Every string, number and boolean in the report, by the path a field would use. */
function leafPaths(value: unknown, path: FieldPath = ''): FieldPath[] {
  if (Array.isArray(value)) {
    // Lists of items with ids are reached by id, as fields do; lists of plain values are left out.
    const key = path.slice(path.lastIndexOf('.') + 1);
    const owner = path.slice(0, Math.max(0, path.lastIndexOf('.')));
    return value.flatMap((item: unknown) =>
      typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
        ? leafPaths(
            item,
            joinFieldPath(...(owner === '' ? [] : [owner]), listItemSegment(key, item.id)),
          )
        : [],
    );
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) =>
      leafPaths(child, path === '' ? key : joinFieldPath(path, key)),
    );
  }
  return ['string', 'number', 'boolean'].includes(typeof value) && path !== '' ? [path] : [];
}

function listen(scopes: ReturnType<typeof createReportScopes>, scope: ReportScope) {
  const calls = { count: 0 };
  scopes.subscribe(scope, () => (calls.count += 1));
  return calls;
}

describe('reportScopes', () => {
  it('tells the fields of the model card that changed, not those of the other cards', () => {
    const store = makeStore();
    const scopes = createReportScopes(store);
    const [first, second] = store.getState().document.report.models.models;
    if (first === undefined || second === undefined) throw new Error('the example has models');
    const firstName = joinFieldPath('models', listItemSegment('models', first.id), 'name');
    const secondName = joinFieldPath('models', listItemSegment('models', second.id), 'name');
    const firstCalls = listen(scopes, scopeOfPath(firstName));
    const secondCalls = listen(scopes, scopeOfPath(secondName));
    const titleCalls = listen(scopes, scopeOfPath('titlePage.title'));
    const idCalls = listen(scopes, reportIdScope);

    expect(store.getState().setFieldValue(firstName, 'Renamed')).toBe(true);
    expect([firstCalls.count, secondCalls.count, titleCalls.count, idCalls.count]).toEqual([
      1, 0, 0, 0,
    ]);

    store.getState().replaceDocument({ report: createEmptyReport('another') });
    expect(idCalls.count).toBe(1);
    expect(secondCalls.count).toBe(1);
  });

  it('tells a number field when its typed text changes, and no other number field', () => {
    const store = makeStore();
    const scopes = createReportScopes(store);
    const [first, second] = store.getState().document.report.models.models;
    if (first === undefined || second === undefined) throw new Error('the example has models');
    const firstRate = joinFieldPath(
      'models',
      listItemSegment('models', first.id),
      'hyperparameters',
      'learningRate',
    );
    const secondRate = joinFieldPath(
      'models',
      listItemSegment('models', second.id),
      'learningRate',
    );
    const firstCalls = listen(scopes, scopeOfTypedNumber(firstRate));
    const secondCalls = listen(scopes, scopeOfTypedNumber(secondRate));
    expect(store.getState().setNumberInput(firstRate, '3e-4')).toBe(true);
    expect([firstCalls.count, secondCalls.count]).toEqual([1, 0]);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = makeStore();
    const scopes = createReportScopes(store);
    const calls = { count: 0 };
    const unsubscribe = scopes.subscribe(scopeOfPath('titlePage.title'), () => (calls.count += 1));
    unsubscribe();
    store.getState().setFieldValue('titlePage.title', 'Another title');
    expect(calls.count).toBe(0);
  });

  it('never misses a change: whenever a value changes, the scope of its path is told', () => {
    // Ids name list items and the report; no field edits them.
    const paths = leafPaths(createExampleReport()).filter(
      (path) =>
        typeof getValueAtPath(createExampleReport(), path) === 'string' &&
        path !== 'id' &&
        !path.endsWith('.id'),
    );
    expect(paths.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), fc.string({ maxLength: 12 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (edits) => {
          const store = makeStore();
          const scopes = createReportScopes(store);
          const told = new Map<FieldPath, number>();
          for (const path of paths)
            scopes.subscribe(scopeOfPath(path), () => told.set(path, (told.get(path) ?? 0) + 1));
          for (const [path, text] of edits) {
            const before = store.getState().document.report;
            told.clear();
            store.getState().setFieldValue(path, text);
            const after = store.getState().document.report;
            for (const leaf of paths) {
              if (getValueAtPath(before, leaf) !== getValueAtPath(after, leaf))
                expect(told.get(leaf), leaf).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
