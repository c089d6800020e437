import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldPath } from '@/model/fieldPath';
import type { SectionId } from '@/model/sectionRegistry';
import type { StoredReportSummary } from '@/storage/reportDatabase';
import type { SaveState } from '@/storage/autosave';

export type Notice =
  | { kind: 'unreadable-draft'; reportId: string; raw: unknown; problem: string }
  | { kind: 'changed-elsewhere' }
  /** This tab's report was deleted in another tab; nothing is written until the user chooses. */
  | { kind: 'deleted-elsewhere' }
  /** Edits that never reached storage were put back, or kept aside under a name; `text` says which. */
  | { kind: 'recovered'; text: string }
  /** Another tab kept its own version of fields changed here; `text` says where this one is kept. */
  | { kind: 'replaced-elsewhere'; text: string }
  | { kind: 'storage-failed'; problem: string }
  | { kind: 'export-failed'; problem: string }
  /** A share link's report was opened as a new report; `text` says which. */
  | { kind: 'shared-opened'; text: string }
  /** Save version kept the open report under a name; `text` says which. */
  | { kind: 'version-saved'; text: string }
  /** A version replaced the open report; `undo` brings back what was open, in one step. */
  | { kind: 'version-restored'; name: string; undo: () => void }
  /** A JSON draft replaced the open report; `undo` brings back what was open, in one step. */
  | { kind: 'imported'; title: string; undo: () => void };

export interface RefusedImport {
  fileName: string;
  /** The dialog's heading when what was refused is not a file (a share link). */
  title?: string;
  message: string;
  details: string[];
}

/** State of the screen, never saved with the report or exported. */
export interface UiState {
  openSectionId: SectionId;
  previewVisible: boolean;
  touchedPaths: Readonly<Record<FieldPath, true>>;
  /** After Check report every issue shows, not only those of touched fields. */
  showAllIssues: boolean;
  /** `revealIssue`: Next issue or an issue link asked, so the field's message shows at once. */
  focusRequest: { path: FieldPath; serial: number; revealIssue: boolean } | undefined;
  saveState: SaveState;
  saveProblem: string | undefined;
  notices: readonly Notice[];
  reports: readonly StoredReportSummary[];
  refusedImport: RefusedImport | undefined;
  exportProgress: string | undefined;
  /** Set while the print view is wanted; a new number lays it out afresh. */
  printRequest: number | undefined;
}

export interface UiActions {
  openSection: (sectionId: SectionId) => void;
  togglePreview: () => void;
  markTouched: (path: FieldPath) => void;
  requestFocus: (path: FieldPath, options?: { revealIssue?: boolean }) => void;
  showAllIssuesNow: () => void;
  setSaveState: (state: SaveState, problem?: string) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (kind: Notice['kind']) => void;
  setReports: (reports: readonly StoredReportSummary[]) => void;
  setRefusedImport: (refused: RefusedImport | undefined) => void;
  setExportProgress: (stage: string | undefined) => void;
  requestPrint: () => void;
  endPrint: () => void;
  resetForReport: () => void;
}

export type UiStore = StoreApi<UiState & UiActions>;

export function createUiStore(): UiStore {
  return createStore<UiState & UiActions>()((set, get) => ({
    openSectionId: 'titlePage',
    previewVisible: false,
    touchedPaths: {},
    showAllIssues: false,
    focusRequest: undefined,
    saveState: 'saved',
    saveProblem: undefined,
    notices: [],
    reports: [],
    refusedImport: undefined,
    exportProgress: undefined,
    printRequest: undefined,
    openSection: (openSectionId) => set({ openSectionId }),
    togglePreview: () => set({ previewVisible: !get().previewVisible }),
    markTouched: (path) => {
      if (get().touchedPaths[path] !== true)
        set({ touchedPaths: { ...get().touchedPaths, [path]: true } });
    },
    requestFocus: (path, options) =>
      set({
        focusRequest: {
          path,
          serial: (get().focusRequest?.serial ?? 0) + 1,
          revealIssue: options?.revealIssue === true,
        },
      }),
    showAllIssuesNow: () => set({ showAllIssues: true }),
    setSaveState: (saveState, problem) => {
      // Called on every key while a field holds text: no update when nothing changes.
      if (get().saveState !== saveState || get().saveProblem !== problem)
        set({ saveState, saveProblem: problem });
    },
    addNotice: (notice) =>
      set({
        notices: [...get().notices.filter((existing) => existing.kind !== notice.kind), notice],
      }),
    dismissNotice: (kind) =>
      set({ notices: get().notices.filter((notice) => notice.kind !== kind) }),
    setReports: (reports) => set({ reports }),
    setRefusedImport: (refusedImport) => set({ refusedImport }),
    setExportProgress: (exportProgress) => set({ exportProgress }),
    requestPrint: () => set({ printRequest: (get().printRequest ?? 0) + 1 }),
    endPrint: () => set({ printRequest: undefined }),
    resetForReport: () => set({ touchedPaths: {}, showAllIssues: false, focusRequest: undefined }),
  }));
}
