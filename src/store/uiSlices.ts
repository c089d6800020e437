import type { UiState, UiStore } from './uiStore';

export type UiSlice = keyof UiState;

export interface UiSlices {
  subscribe: (slices: readonly UiSlice[], listener: () => void) => () => void;
}

/**
 * One store subscription for the fields: on each change it tells only the subscribers of the
 * slices that changed, each once. With a zustand subscription per field, every change of the
 * screen's state (the save state turning to "Saving" at the first key after a save) ran the ~2,200
 * selectors of the Results section of a 20-model report.
 */
export function createUiSlices(store: UiStore): UiSlices {
  const listenersBySlice = new Map<UiSlice, Set<() => void>>();
  store.subscribe((state, previous) => {
    const told = new Set<() => void>();
    for (const [slice, listeners] of listenersBySlice) {
      if (state[slice] === previous[slice]) continue;
      for (const listener of listeners) {
        if (told.has(listener)) continue;
        told.add(listener);
        listener();
      }
    }
  });
  return {
    subscribe: (slices, listener) => {
      for (const slice of slices) {
        const listeners = listenersBySlice.get(slice) ?? new Set<() => void>();
        listenersBySlice.set(slice, listeners);
        listeners.add(listener);
      }
      return () => {
        for (const slice of slices) {
          const listeners = listenersBySlice.get(slice);
          listeners?.delete(listener);
          if (listeners?.size === 0) listenersBySlice.delete(slice);
        }
      };
    },
  };
}

const slicesByStore = new WeakMap<UiStore, UiSlices>();

export function uiSlicesOf(store: UiStore): UiSlices {
  const known = slicesByStore.get(store);
  if (known !== undefined) return known;
  const created = createUiSlices(store);
  slicesByStore.set(store, created);
  return created;
}
