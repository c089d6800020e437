import { changedSectionsAreValid } from '@/model/changedSectionsAreValid';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { copyListItem } from '@/model/copyListItem';
import { createEmptyReport } from '@/model/createEmptyReport';
import { getValueAtPath, setValueAtPath, type FieldPath } from '@/model/fieldPath';
import { keepUnchangedValues } from '@/model/changes/keepUnchangedValues';
import { listItemFieldPath } from '@/model/listItemFieldPath';
import { applyNumberInput } from '@/model/applyNumberInput';
import type { Report, TypedNumbers } from '@/model/reportSchema';
import { flushPendingEdits, takeFirstHeldKeyTime } from './pendingEdits';

/** What is saved, exported and undone: the report, number fields' typed text included. */
export interface ReportDocument {
  report: Report;
}

export interface ReportStoreState {
  document: ReportDocument;
  past: readonly ReportDocument[];
  future: readonly ReportDocument[];
  /** Increments on every document change; autosave compares it with what it wrote. */
  revision: number;
  lastChange: { key: string; at: number } | undefined;
  /** While live, Undo and Redo are the shared document's (own changes only): what they can do. */
  delegatedHistory: { canUndo: boolean; canRedo: boolean } | undefined;
}

/** Undo and Redo done elsewhere (the live document's undo manager) while it is set. */
export interface HistoryDelegate {
  undo: () => void;
  redo: () => void;
}

export interface ChangeOptions {
  /** Changes with the same key within the pause window form one undo step (typing in one field). */
  coalesceKey?: string;
  /**
   * How long before the commit the key that made the change was pressed: on a busy page keys wait,
   * and the pause that splits undo steps is the user's, not the page's.
   */
  typedMillisecondsAgo?: number;
}

export interface ReportStoreActions {
  setFieldValue: (path: FieldPath, value: unknown, options?: ChangeOptions) => boolean;
  setNumberInput: (path: FieldPath, text: string) => boolean;
  updateReport: (recipe: (report: Report) => Report, options?: ChangeOptions) => boolean;
  addListItem: (listPath: FieldPath, item: { id: string }) => boolean;
  /**
   * Inserts a copy of the item as it is now (typed text still held by a field included) after it,
   * with the raw text of its number fields; `titleKey` names the field that says "(copy)".
   */
  duplicateListItem: (
    listPath: FieldPath,
    itemId: string,
    copyId: string,
    titleKey: string,
  ) => boolean;
  removeListItem: (listPath: FieldPath, itemId: string) => boolean;
  moveListItem: (listPath: FieldPath, itemId: string, offset: -1 | 1) => boolean;
  /** Replaces the whole document (new report, example, import) as one undoable step. */
  replaceDocument: (document: ReportDocument, options?: { keepHistory: boolean }) => void;
  undo: () => void;
  redo: () => void;
  /**
   * Shows a document that came from someone else (live co-editing): it is no undo step of this
   * user, and the history of their own steps stays as it is.
   */
  applyRemoteDocument: (document: ReportDocument) => void;
  /** Hands Undo and Redo to `delegate` (undefined: back to this store's history). */
  delegateHistory: (delegate: HistoryDelegate | undefined) => void;
  setDelegatedHistory: (history: { canUndo: boolean; canRedo: boolean }) => void;
}

export type ReportStore = StoreApi<ReportStoreState & ReportStoreActions>;

export interface ReportStoreDependencies {
  now: () => number;
  initialDocument: ReportDocument;
}

const undoPauseMilliseconds = 1000;
const historyLimit = 200;

function copyInputsUnder(inputs: TypedNumbers, fromPrefix: string, toPrefix: string): TypedNumbers {
  const copied = Object.entries(inputs)
    .filter(([key]) => key.startsWith(fromPrefix))
    .map(([key, text]) => [`${toPrefix}${key.slice(fromPrefix.length)}`, text] as const);
  return copied.length === 0 ? inputs : { ...inputs, ...Object.fromEntries(copied) };
}

function dropInputsUnder(inputs: TypedNumbers, pathPrefix: string): TypedNumbers {
  const keys = Object.keys(inputs).filter((key) => key.startsWith(pathPrefix));
  if (keys.length === 0) return inputs;
  return Object.fromEntries(Object.entries(inputs).filter(([key]) => !key.startsWith(pathPrefix)));
}

type SetReportState = StoreApi<ReportStoreState & ReportStoreActions>['setState'];
type GetReportState = () => ReportStoreState & ReportStoreActions;

export function createReportStore({ now, initialDocument }: ReportStoreDependencies): ReportStore {
  const store = createStore<ReportStoreState & ReportStoreActions>()((set, get) => ({
    // zustand keeps the state it is created with for good (getInitialState): an empty report of
    // the same id, not the opened one with its plot points, which another report may replace.
    document: { report: createEmptyReport(initialDocument.report.id) },
    past: [],
    future: [],
    revision: 0,
    lastChange: undefined,
    delegatedHistory: undefined,
    ...createReportActions(set, get, now),
  }));
  store.setState({ document: initialDocument });
  return store;
}

/** The actions live in a scope of their own, so their closures never hold the first document. */
function createReportActions(
  set: SetReportState,
  get: GetReportState,
  now: () => number,
): ReportStoreActions {
  let historyDelegate: HistoryDelegate | undefined;
  const commit = (document: ReportDocument, options: ChangeOptions | undefined): void => {
    const state = get();
    const at = now() - Math.max(0, options?.typedMillisecondsAgo ?? 0);
    const key = options?.coalesceKey;
    // Text held by a field is committed after its last key: the pause that splits undo steps is
    // the one before its first key.
    const typingStartedAt = Math.min(at, takeFirstHeldKeyTime() ?? at);
    const continuesLastChange =
      key !== undefined &&
      state.lastChange?.key === key &&
      typingStartedAt - state.lastChange.at < undoPauseMilliseconds;
    set({
      document,
      past: continuesLastChange ? state.past : [...state.past, state.document].slice(-historyLimit),
      future: [],
      revision: state.revision + 1,
      lastChange: key === undefined ? undefined : { key, at },
    });
  };

  const commitReport = (report: Report, options?: ChangeOptions): boolean => {
    const current = get().document;
    if (report === current.report) return true;
    if (!changedSectionsAreValid(current.report, report)) return false;
    commit({ report }, options);
    return true;
  };

  const updateList = (
    listPath: FieldPath,
    change: (items: { id: string }[]) => { id: string }[],
  ): boolean => {
    const { report } = get().document;
    const items = getValueAtPath(report, listPath);
    if (!Array.isArray(items)) return false;
    const next = change(items as { id: string }[]);
    return commitReport(setValueAtPath(report, listPath, next));
  };

  return {
    setFieldValue: (path, value, options) => {
      const { report } = get().document;
      const current = getValueAtPath(report, path);
      // Rich text comes back whole from its editor: the blocks not typed into keep their objects,
      // so checks by identity skip them, and a value equal to the stored one is no change.
      const shared = keepUnchangedValues(current, value);
      if (shared === current) return true;
      return commitReport(setValueAtPath(report, path, shared), options ?? { coalesceKey: path });
    },

    setNumberInput: (path, text) =>
      commitReport(applyNumberInput(get().document.report, path, text), { coalesceKey: path }),

    updateReport: (recipe, options) => {
      return commitReport(recipe(get().document.report), options);
    },

    addListItem: (listPath, item) => updateList(listPath, (items) => [...items, item]),

    duplicateListItem: (listPath, itemId, copyId, titleKey) => {
      flushPendingEdits();
      const { report } = get().document;
      const items = getValueAtPath(report, listPath);
      if (!Array.isArray(items)) return false;
      const list = items as { id: string }[];
      const index = list.findIndex((item) => item.id === itemId);
      const original = list[index];
      if (original === undefined) return false;
      const copy = copyListItem(original, copyId, titleKey);
      const withCopy = setValueAtPath(report, listPath, [
        ...list.slice(0, index + 1),
        copy,
        ...list.slice(index + 1),
      ]);
      const typedNumbers = copyInputsUnder(
        report.typedNumbers,
        `${listItemFieldPath(listPath, itemId)}.`,
        `${listItemFieldPath(listPath, copyId)}.`,
      );
      return commitReport(
        typedNumbers === report.typedNumbers ? withCopy : { ...withCopy, typedNumbers },
      );
    },

    removeListItem: (listPath, itemId) => {
      // Text still held by a field of the item would otherwise arrive after the item is gone.
      flushPendingEdits();
      const { report } = get().document;
      const items = getValueAtPath(report, listPath);
      if (!Array.isArray(items)) return false;
      const nextItems = (items as { id: string }[]).filter((item) => item.id !== itemId);
      const listKey = listPath.split('.').at(-1) ?? '';
      const prefix = `${listPath.slice(0, listPath.length - listKey.length)}${listKey}#${itemId}.`;
      const withoutItem = setValueAtPath(report, listPath, nextItems);
      const typedNumbers = dropInputsUnder(report.typedNumbers, prefix);
      return commitReport(
        typedNumbers === report.typedNumbers ? withoutItem : { ...withoutItem, typedNumbers },
      );
    },

    moveListItem: (listPath, itemId, offset) => {
      flushPendingEdits();
      return updateList(listPath, (items) => {
        const index = items.findIndex((item) => item.id === itemId);
        const target = index + offset;
        if (index === -1 || target < 0 || target >= items.length) return items;
        const next = [...items];
        const [moved] = next.splice(index, 1);
        if (moved !== undefined) next.splice(target, 0, moved);
        return next;
      });
    },

    replaceDocument: (document, options) => {
      const state = get();
      set({
        document,
        past:
          options?.keepHistory === false
            ? []
            : [...state.past, state.document].slice(-historyLimit),
        future: [],
        revision: state.revision + 1,
        lastChange: undefined,
      });
    },

    undo: () => {
      if (historyDelegate !== undefined) {
        historyDelegate.undo();
        return;
      }
      const state = get();
      const previous = state.past.at(-1);
      if (previous === undefined) return;
      set({
        document: previous,
        past: state.past.slice(0, -1),
        future: [state.document, ...state.future],
        revision: state.revision + 1,
        lastChange: undefined,
      });
    },

    redo: () => {
      if (historyDelegate !== undefined) {
        historyDelegate.redo();
        return;
      }
      const state = get();
      const next = state.future[0];
      if (next === undefined) return;
      set({
        document: next,
        past: [...state.past, state.document],
        future: state.future.slice(1),
        revision: state.revision + 1,
        lastChange: undefined,
      });
    },

    applyRemoteDocument: (document) => {
      const state = get();
      if (document === state.document) return;
      set({ document, revision: state.revision + 1, lastChange: undefined });
    },

    delegateHistory: (delegate) => {
      historyDelegate = delegate;
      if (delegate === undefined) set({ delegatedHistory: undefined });
      else set({ delegatedHistory: { canUndo: false, canRedo: false } });
    },

    setDelegatedHistory: (history) => {
      const current = get().delegatedHistory;
      if (historyDelegate === undefined) return;
      if (current?.canUndo === history.canUndo && current.canRedo === history.canRedo) return;
      set({ delegatedHistory: history });
    },
  };
}
