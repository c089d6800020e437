import { describe, expect, it } from 'vitest';
import { createEmptyModel, createEmptyReport } from '@/model/createEmptyReport';
import { registerPendingEdit } from '@/store/pendingEdits';
import { createReportStore } from '@/store/reportStore';

function makeStoreWithModel() {
  const store = createReportStore({
    now: () => 0,
    initialDocument: { report: createEmptyReport('report-1') },
  });
  store.getState().addListItem('models.models', createEmptyModel('m1'));
  return store;
}

describe('list actions', () => {
  it('duplicate copies the item as it is now, under a new id, right after it, as one undo step', () => {
    const store = makeStoreWithModel();
    store.getState().addListItem('models.models', createEmptyModel('m2'));
    const state = () => store.getState();
    state().setFieldValue('models.models#m1.name', 'Guanaco-7B');
    state().setFieldValue('models.models#m1.method', 'qlora', {});
    state().setFieldValue('models.models#m1.architecture', 'LLaMA-7B');
    state().setNumberInput('models.models#m1.hyperparameters.learningRate', '2e-4');
    state().setNumberInput('models.models#m1.lora.rank', '64');
    const pastBefore = state().past.length;

    expect(state().duplicateListItem('models.models', 'm1', 'copy', 'name')).toBe(true);

    const [original, copy, last] = state().document.report.models.models;
    expect(last?.id).toBe('m2');
    expect(copy).toEqual({ ...original, id: 'copy', name: 'Guanaco-7B (copy)' });
    expect(copy?.hyperparameters.learningRate).toBe(2e-4);
    expect(copy?.lora.rank).toBe(64);
    expect(state().past.length).toBe(pastBefore + 1);
    state().undo();
    expect(state().document.report.models.models.map((model) => model.id)).toEqual(['m1', 'm2']);
  });

  it('duplicate, move and remove first take in text a field still holds', () => {
    const store = makeStoreWithModel();
    let held: string | undefined = 'Held back';
    const unregister = registerPendingEdit({
      flush: () => {
        if (held === undefined) return;
        store.getState().setFieldValue('models.models#m1.name', held);
        held = undefined;
      },
      isPending: () => held !== undefined,
    });
    try {
      store.getState().duplicateListItem('models.models', 'm1', 'copy', 'name');
      expect(store.getState().document.report.models.models.map((model) => model.name)).toEqual([
        'Held back',
        'Held back (copy)',
      ]);
      held = 'Moved';
      store.getState().moveListItem('models.models', 'copy', -1);
      expect(store.getState().document.report.models.models.map((model) => model.name)).toEqual([
        'Held back (copy)',
        'Moved',
      ]);
      held = 'Removed';
      store.getState().removeListItem('models.models', 'm1');
      expect(store.getState().document.report.models.models.map((model) => model.name)).toEqual([
        'Held back (copy)',
      ]);
    } finally {
      unregister();
    }
  });
});
