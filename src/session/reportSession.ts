import { createEmptyReport } from '@/model/createEmptyReport';
import { restoreDraft } from '@/model/restoreDraft';
import type { Report } from '@/model/reportSchema';
import { startAutosave, type Autosave } from '@/storage/autosave';
import { clearEmergencyCopy, readEmergencyCopy } from '@/storage/emergencyCopy';
import type { ReportDatabase } from '@/storage/reportDatabase';
import { flushPendingEdits } from '@/store/pendingEdits';
import { yieldToMainThread } from '@/platform/yieldToMainThread';
import { createReportStore, type ReportDocument, type ReportStore } from '@/store/reportStore';
import type { UiStore } from '@/store/uiStore';

export interface ReportSessionDependencies {
  database: ReportDatabase;
  ui: UiStore;
  createId: () => string;
  clock: () => Date;
}

/** Opening, switching and replacing reports; the one owner of the store, autosave and tab messages. */
export interface ReportSession {
  store: ReportStore;
  autosave: Autosave;
  newReport: () => Promise<void>;
  openReport: (reportId: string) => Promise<void>;
  duplicateReport: (reportId: string) => Promise<void>;
  deleteReport: (reportId: string) => Promise<void>;
  renameReport: (reportId: string, title: string) => Promise<void>;
  /** Puts other content (example, import) into the open report, as one undoable step. */
  replaceContent: (report: Report) => void;
  reloadFromStorage: () => Promise<void>;
  keepThisVersion: () => Promise<void>;
  refreshReportList: () => Promise<void>;
  flush: () => Promise<void>;
}

type TabMessage = { type: 'draft-saved'; reportId: string; storedRevision: number; tabId: string };

function blankDocument(reportId: string): ReportDocument {
  return { report: createEmptyReport(reportId) };
}

export async function startReportSession({
  database,
  ui,
  createId,
  clock,
}: ReportSessionDependencies): Promise<ReportSession> {
  const tabId = createId();
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('ml-report-studio');

  type Loaded =
    { document: ReportDocument; storedRevision: number } | { problem: string; raw: unknown };
  const load = async (reportId: string): Promise<Loaded | undefined> => {
    const raw = await database.readDraft(reportId);
    if (raw === undefined) return undefined;
    const restored = restoreDraft(raw);
    if (!restored.ok) return { problem: [restored.message, ...restored.details].join(' '), raw };
    return {
      document: { report: restored.report },
      storedRevision: restored.storedRevision,
    };
  };

  const reportUnreadable = (reportId: string, loaded: { problem: string; raw: unknown }): void => {
    ui.getState().addNotice({
      kind: 'unreadable-draft',
      reportId,
      raw: loaded.raw,
      problem: loaded.problem,
    });
  };

  // Restore before anything can write: the store is created from what storage holds.
  let initial: ReportDocument | undefined;
  let initialStoredRevision = 0;
  const lastOpenId = await database.readLastOpenReportId().catch(() => undefined);
  if (lastOpenId !== undefined) {
    const loaded = await load(lastOpenId).catch((error: unknown) => ({
      problem: String(error),
      raw: undefined,
    }));
    if (loaded !== undefined && 'document' in loaded) {
      initial = loaded.document;
      initialStoredRevision = loaded.storedRevision;
    } else if (loaded !== undefined) {
      reportUnreadable(lastOpenId, loaded);
    } else {
      // Opened but never saved (e.g. closed within the first pause): keep its id so its emergency copy is found.
      initial = blankDocument(lastOpenId);
    }
  }
  // An unreadable draft is never the open report, so nothing can overwrite it.
  initial ??= blankDocument(createId());

  const store = createReportStore({ now: () => clock().getTime(), initialDocument: initial });
  const refreshReportList = async (): Promise<void> => {
    ui.getState().setReports(await database.listReports().catch(() => []));
  };
  const autosave = startAutosave({
    database,
    store,
    clock,
    events: {
      onSaveStateChange: (state, problem) => {
        ui.getState().setSaveState(state, problem);
        if (state === 'conflict') ui.getState().addNotice({ kind: 'changed-elsewhere' });
        if (state === 'not-saved')
          ui.getState().addNotice({ kind: 'storage-failed', problem: problem ?? 'Unknown error' });
        if (state === 'saved') ui.getState().dismissNotice('storage-failed');
      },
      onWritten: (reportId, storedRevision) => {
        channel?.postMessage({
          type: 'draft-saved',
          reportId,
          storedRevision,
          tabId,
        } satisfies TabMessage);
        void refreshReportList();
      },
    },
  });
  autosave.setBaseRevision(initialStoredRevision);
  recoverEmergencyCopy(store, initial.report.id, initialStoredRevision);
  await database.writeLastOpenReportId(initial.report.id).catch(() => undefined);
  await refreshReportList();

  const switchTo = async (document: ReportDocument, storedRevision: number): Promise<void> => {
    // Reading and checking a large stored report is one task, showing it another.
    await yieldToMainThread();
    store.getState().replaceDocument(document, { keepHistory: false });
    autosave.setBaseRevision(storedRevision);
    ui.getState().resetForReport();
    await database.writeLastOpenReportId(document.report.id).catch(() => undefined);
  };

  const reloadFromStorage = async (): Promise<void> => {
    const reportId = store.getState().document.report.id;
    const loaded = await load(reportId);
    if (loaded !== undefined && 'document' in loaded) {
      store.getState().replaceDocument(loaded.document, { keepHistory: true });
      autosave.setBaseRevision(loaded.storedRevision);
      ui.getState().dismissNotice('changed-elsewhere');
      ui.getState().setSaveState('saved');
    }
  };

  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (message.type !== 'draft-saved' || message.tabId === tabId) return;
    void refreshReportList();
    if (message.reportId !== store.getState().document.report.id) return;
    // Text still in an editor's pause counts as unsaved: take it in before deciding.
    flushPendingEdits();
    if (autosave.hasPendingChanges()) ui.getState().addNotice({ kind: 'changed-elsewhere' });
    else void reloadFromStorage();
  });

  const newReport = async (): Promise<void> => {
    flushPendingEdits();
    await autosave.flush();
    await switchTo(blankDocument(createId()), 0);
  };

  return {
    store,
    autosave,
    newReport,
    openReport: async (reportId) => {
      if (reportId === store.getState().document.report.id) return;
      flushPendingEdits();
      await autosave.flush();
      const loaded = await load(reportId);
      if (loaded === undefined) return;
      if ('document' in loaded) await switchTo(loaded.document, loaded.storedRevision);
      else reportUnreadable(reportId, loaded);
    },
    duplicateReport: async (reportId) => {
      flushPendingEdits();
      await autosave.flush();
      const loaded =
        reportId === store.getState().document.report.id
          ? { document: store.getState().document }
          : await load(reportId);
      if (loaded === undefined || !('document' in loaded)) return;
      const copyId = createId();
      const { report } = loaded.document;
      const title =
        report.titlePage.title.trim() === '' ? 'Untitled report' : report.titlePage.title;
      await switchTo(
        {
          report: {
            ...report,
            id: copyId,
            titlePage: { ...report.titlePage, title: `${title} (copy)` },
          },
        },
        0,
      );
    },
    deleteReport: async (reportId) => {
      await database.deleteReport(reportId);
      if (reportId === store.getState().document.report.id) {
        const remaining = (await database.listReports()).filter(
          (summary) => summary.id !== reportId,
        );
        const next = remaining[0];
        const loaded = next === undefined ? undefined : await load(next.id);
        if (loaded !== undefined && 'document' in loaded)
          await switchTo(loaded.document, loaded.storedRevision);
        else await switchTo(blankDocument(createId()), 0);
      }
      ui.getState().dismissNotice('unreadable-draft');
      await refreshReportList();
    },
    renameReport: async (reportId, title) => {
      if (reportId === store.getState().document.report.id) {
        store.getState().setFieldValue('titlePage.title', title, {});
        await autosave.flush();
      } else {
        const loaded = await load(reportId);
        if (loaded === undefined || !('document' in loaded)) return;
        const { report } = loaded.document;
        const savedAt = clock().toISOString();
        const revision = loaded.storedRevision + 1;
        await database.writeDraft(
          reportId,
          {
            format: 'ml-report-draft',
            revision,
            savedAt,
            report: { ...report, titlePage: { ...report.titlePage, title } },
          },
          { id: reportId, title, updatedAt: savedAt, revision },
        );
      }
      await refreshReportList();
    },
    replaceContent: (report) => {
      const openId = store.getState().document.report.id;
      store.getState().replaceDocument({ report: { ...report, id: openId } });
      ui.getState().resetForReport();
    },
    reloadFromStorage,
    keepThisVersion: async () => {
      ui.getState().dismissNotice('changed-elsewhere');
      await autosave.forceWrite();
    },
    refreshReportList,
    flush: () => autosave.flush(),
  };
}

/**
 * If the tab was closed before its last edits reached IndexedDB, they are in the emergency copy:
 * put them back (through restoreDraft like every load) so autosave writes them now.
 */
function recoverEmergencyCopy(store: ReportStore, reportId: string, storedRevision: number): void {
  const copy = readEmergencyCopy(reportId);
  if (copy === undefined) return;
  clearEmergencyCopy(reportId);
  // Another tab saved after this copy was taken: its newer draft wins.
  if (copy.baseRevision < storedRevision) return;
  const restored = restoreDraft(copy.draft);
  if (!restored.ok) return;
  store.getState().replaceDocument({ report: restored.report }, { keepHistory: false });
}
