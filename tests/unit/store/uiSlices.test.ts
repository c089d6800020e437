import { describe, expect, it } from 'vitest';
import { createUiStore } from '@/store/uiStore';
import { createUiSlices, type UiSlice } from '@/store/uiSlices';

function listen(slices: ReturnType<typeof createUiSlices>, names: readonly UiSlice[]) {
  const calls = { count: 0 };
  const stop = slices.subscribe(names, () => (calls.count += 1));
  return { calls, stop };
}

describe('uiSlices', () => {
  it('tells the subscribers of a slice that changed, not the others', () => {
    const store = createUiStore();
    const slices = createUiSlices(store);
    const focus = listen(slices, ['focusRequest']);
    const touched = listen(slices, ['touchedPaths']);
    const save = listen(slices, ['saveState']);

    store.getState().setSaveState('saving');
    expect([focus.calls.count, touched.calls.count, save.calls.count]).toEqual([0, 0, 1]);

    store.getState().requestFocus('titlePage.title');
    expect([focus.calls.count, touched.calls.count, save.calls.count]).toEqual([1, 0, 1]);

    store.getState().markTouched('titlePage.title');
    expect([focus.calls.count, touched.calls.count, save.calls.count]).toEqual([1, 1, 1]);
  });

  it('tells a subscriber of several slices once when they change together', () => {
    const store = createUiStore();
    const slices = createUiSlices(store);
    const both = listen(slices, ['showAllIssues', 'focusRequest']);
    store.setState({
      showAllIssues: true,
      focusRequest: { path: 'titlePage.title', serial: 1, revealIssue: true },
    });
    expect(both.calls.count).toBe(1);
  });

  it('tells nobody once they have left', () => {
    const store = createUiStore();
    const slices = createUiSlices(store);
    const focus = listen(slices, ['focusRequest']);
    const other = listen(slices, ['focusRequest']);
    focus.stop();
    store.getState().requestFocus('titlePage.title');
    expect([focus.calls.count, other.calls.count]).toEqual([0, 1]);
    other.stop();
    store.getState().requestFocus('abstract.summary');
    expect(other.calls.count).toBe(1);
  });
});
