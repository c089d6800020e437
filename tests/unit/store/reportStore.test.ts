import { describe, expect, it } from 'vitest';
import { createEmptyModel, createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { createReportStore } from '@/store/reportStore';

function makeStore() {
  let now = 0;
  const store = createReportStore({
    now: () => now,
    initialDocument: { report: createEmptyReport('report-1') },
  });
  return { store, advance: (milliseconds: number) => (now += milliseconds) };
}

describe('reportStore', () => {
  it('opens with the given document but does not keep it as its initial state', () => {
    const opened = { report: createExampleReport() };
    const store = createReportStore({ now: () => 0, initialDocument: opened });
    expect(store.getState().document).toBe(opened);
    expect(store.getState().revision).toBe(0);
    // zustand holds its initial state for the store's lifetime; a replaced report must be freed.
    expect(store.getInitialState().document).not.toBe(opened);
    expect(store.getInitialState().document.report).not.toBe(opened.report);
    expect(store.getInitialState().document.report.id).toBe(opened.report.id);
  });

  it('sets a field and keeps untouched sections by reference', () => {
    const { store } = makeStore();
    const before = store.getState().document.report;
    expect(store.getState().setFieldValue('titlePage.title', 'A report')).toBe(true);
    const after = store.getState().document.report;
    expect(after.titlePage.title).toBe('A report');
    expect(after.abstract).toBe(before.abstract);
    expect(before.titlePage.title).toBe('');
  });

  it('refuses a value that would make the document invalid and leaves it untouched', () => {
    const { store } = makeStore();
    const before = store.getState().document;
    expect(store.getState().setFieldValue('titlePage.status', 'published')).toBe(false);
    expect(store.getState().setFieldValue('setup.gpuCount', 'eight')).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(store.getState().past).toHaveLength(0);
  });

  it('checks each changed item of a list whose ids stay: a bad value in one model is refused', () => {
    const report = createExampleReport();
    const store = createReportStore({ now: () => 0, initialDocument: { report } });
    const lastModel = report.models.models.at(-1);
    if (lastModel === undefined) throw new Error('the example has models');
    const changeLastModel = (change: Record<string, unknown>) =>
      store.getState().updateReport((current) => ({
        ...current,
        models: {
          ...current.models,
          models: current.models.models.map((model) =>
            model.id === lastModel.id ? ({ ...model, ...change } as typeof model) : model,
          ),
        },
      }));
    const withLearningRate = (learningRate: unknown) => ({
      hyperparameters: { ...lastModel.hyperparameters, learningRate },
    });
    expect(changeLastModel(withLearningRate('fast'))).toBe(false);
    expect(changeLastModel(withLearningRate(Number.POSITIVE_INFINITY))).toBe(false);
    expect(changeLastModel({ name: 42 })).toBe(false);
    expect(changeLastModel({ id: report.models.models[0]?.id })).toBe(false);
    expect(store.getState().document.report).toBe(report);
    expect(changeLastModel(withLearningRate(3e-4))).toBe(true);
    expect(
      store.getState().document.report.models.models.at(-1)?.hyperparameters.learningRate,
    ).toBe(3e-4);
  });

  it('checks the changed fields of a section: a missing field or a repeated list id is refused', () => {
    const { store } = makeStore();
    const before = store.getState().document;
    const model = createEmptyModel('m1');
    expect(
      store.getState().updateReport((report) => {
        const { tradeoffs: _dropped, ...results } = report.results;
        return { ...report, results: results as typeof report.results };
      }),
    ).toBe(false);
    expect(
      store.getState().updateReport((report) => ({
        ...report,
        models: { ...report.models, models: [model, model] },
      })),
    ).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(store.getState().addListItem('models.models', model)).toBe(true);
  });

  it('makes typing in one field one undo step per pause', () => {
    const { store, advance } = makeStore();
    for (const text of ['F', 'Fi', 'Fir', 'First']) {
      store.getState().setFieldValue('titlePage.title', text);
      advance(200);
    }
    advance(1500);
    store.getState().setFieldValue('titlePage.title', 'First second');
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().document.report.titlePage.title).toBe('First');
    store.getState().undo();
    expect(store.getState().document.report.titlePage.title).toBe('');
    store.getState().redo();
    expect(store.getState().document.report.titlePage.title).toBe('First');
  });

  it('measures the pause from when a key was pressed, not from when a busy page took it', () => {
    const { store, advance } = makeStore();
    const path = 'titlePage.title';
    store.getState().setFieldValue(path, 'F', { coalesceKey: path, typedMillisecondsAgo: 0 });
    // The page was busy for 1.5 s; the next key had been pressed 100 ms after the first.
    advance(1500);
    store.getState().setFieldValue(path, 'Fi', { coalesceKey: path, typedMillisecondsAgo: 1400 });
    expect(store.getState().past).toHaveLength(1);
    // A real pause of 1.5 s still starts a new step.
    advance(1500);
    store.getState().setFieldValue(path, 'Fi x', { coalesceKey: path, typedMillisecondsAgo: 0 });
    expect(store.getState().past).toHaveLength(2);
  });

  it('starts a new undo step when another field is edited', () => {
    const { store, advance } = makeStore();
    store.getState().setFieldValue('titlePage.title', 'T');
    advance(100);
    store.getState().setFieldValue('titlePage.subtitle', 'S');
    expect(store.getState().past).toHaveLength(2);
  });

  it('keeps number text as typed and the number parsed from it, and no number for text that is none', () => {
    const { store } = makeStore();
    store.getState().addListItem('models.models', createEmptyModel('m1'));
    const path = 'models.models#m1.hyperparameters.learningRate';
    store.getState().setNumberInput(path, '2e-4');
    expect(store.getState().document.report.models.models[0]?.hyperparameters.learningRate).toBe(
      0.0002,
    );
    expect(store.getState().document.report.typedNumbers[path]).toBe('2e-4');
    store.getState().setNumberInput(path, 'fast');
    expect(
      store.getState().document.report.models.models[0]?.hyperparameters.learningRate,
    ).toBeNull();
    expect(store.getState().document.report.typedNumbers[path]).toBe('fast');
    store.getState().setNumberInput(path, '');
    expect(
      store.getState().document.report.models.models[0]?.hyperparameters.learningRate,
    ).toBeNull();
    expect(store.getState().document.report.typedNumbers[path]).toBeUndefined();
  });

  it('adds, moves and removes list items; removing drops their typed numbers; undo restores', () => {
    const { store } = makeStore();
    store.getState().addListItem('models.models', createEmptyModel('m1'));
    store.getState().addListItem('models.models', createEmptyModel('m2'));
    store.getState().setNumberInput('models.models#m1.hyperparameters.epochs', 'three');
    store.getState().moveListItem('models.models', 'm2', -1);
    expect(store.getState().document.report.models.models.map((model) => model.id)).toEqual([
      'm2',
      'm1',
    ]);
    store.getState().removeListItem('models.models', 'm1');
    expect(store.getState().document.report.models.models.map((model) => model.id)).toEqual(['m2']);
    expect(store.getState().document.report.typedNumbers).toEqual({});
    store.getState().undo();
    expect(store.getState().document.report.models.models.map((model) => model.id)).toEqual([
      'm2',
      'm1',
    ]);
    expect(
      store.getState().document.report.typedNumbers['models.models#m1.hyperparameters.epochs'],
    ).toBe('three');
  });

  it('replaces the whole document as one undoable step', () => {
    const { store } = makeStore();
    store.getState().setFieldValue('titlePage.title', 'Mine');
    const replacement = createEmptyReport('report-1');
    replacement.titlePage.title = 'Imported';
    store.getState().replaceDocument({ report: replacement });
    expect(store.getState().document.report.titlePage.title).toBe('Imported');
    store.getState().undo();
    expect(store.getState().document.report.titlePage.title).toBe('Mine');
  });

  it('counts a revision per change and none for a no-op', () => {
    const { store } = makeStore();
    store.getState().setFieldValue('titlePage.title', 'A');
    store.getState().setFieldValue('titlePage.title', 'A');
    expect(store.getState().revision).toBe(1);
  });
});
