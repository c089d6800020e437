import { describeChangedField } from '@/model/changes/describeChangedField';
import { diffFields } from '@/model/changes/diffFields';
import { mergeFieldChanges } from '@/model/changes/mergeFieldChanges';
import {
  recoverJournaledChanges,
  type JournalRecovery,
} from '@/model/changes/recoverJournaledChanges';
import { createEmptyReport } from '@/model/createEmptyReport';
import { restoreReport } from '@/model/restoreReport';
import type { Report } from '@/model/reportSchema';
import { startAutosave, type Autosave } from '@/storage/autosave';
import {
  clearEditJournal,
  listJournaledReports,
  readEditJournals,
  type EditJournal,
} from '@/storage/editJournal';
import { holdTabLock, listLiveTabIds } from '@/platform/tabLiveness';
import type { ReportDatabase } from '@/storage/reportDatabase';
import { createMemoryVersionDatabase } from '@/storage/memoryVersionDatabase';
import type { VersionDatabase } from '@/storage/versionDatabase';
import { startVersionHistory, type VersionHistory } from './versionHistory';
import { readStoredReport } from '@/storage/readStoredReport';
import { flushPendingEdits, readReportWithHeldText } from '@/store/pendingEdits';
import { yieldToMainThread } from '@/platform/yieldToMainThread';
import { createReportStore, type ReportDocument, type ReportStore } from '@/store/reportStore';
import type { UiStore } from '@/store/uiStore';

export interface ReportSessionDependencies {
  database: ReportDatabase;
  /** Where versions are kept; in memory when not given. */
  versionDatabase?: VersionDatabase;
  ui: UiStore;
  createId: () => string;
  clock: () => Date;
}

/** Opening, switching and replacing reports; the one owner of the store, autosave and tab messages. */
export interface ReportSession {
  store: ReportStore;
  autosave: Autosave;
  versions: VersionHistory;
  newReport: () => Promise<void>;
  openReport: (reportId: string) => Promise<void>;
  duplicateReport: (reportId: string) => Promise<void>;
  deleteReport: (reportId: string) => Promise<void>;
  renameReport: (reportId: string, title: string) => Promise<void>;
  /**
   * Puts other content (example, import, a version) into the open report, as one undoable step,
   * keeping what it held first as an automatic version named `reason` ("Before import of …").
   */
  replaceContent: (report: Report, reason?: string) => void;
  /**
   * Opens `report` (a shared link's) as a report of its own and stores it; the open report stays
   * in Reports. It keeps its id unless a report of this browser has that id.
   */
  openAsNewReport: (report: Report) => Promise<void>;
  /** After a conflict: this tab's values win; the other tab's version is kept under a name. */
  keepThisVersion: () => Promise<void>;
  /** After a conflict: the other tab's values win; this tab's other changes are kept. */
  useOtherVersion: () => Promise<void>;
  /** After another tab deleted the open report: store it again. */
  keepDeletedReport: () => Promise<void>;
  refreshReportList: () => Promise<void>;
  flush: () => Promise<void>;
}

type TabMessage = {
  type: 'draft-saved';
  reportId: string;
  storedRevision: number;
  tabId: string;
  /** Set when the writer chose its values over this version's; names where ours was kept. */
  keptOverOtherVersion?: string;
};

function titleOf(report: Report): string {
  const title = report.titlePage.title.trim();
  return title === '' ? 'Untitled report' : title;
}

function withTitle(report: Report, id: string, title: string): Report {
  return { ...report, id, titlePage: { ...report.titlePage, title } };
}

export async function startReportSession({
  database,
  versionDatabase = createMemoryVersionDatabase(),
  ui,
  createId,
  clock,
}: ReportSessionDependencies): Promise<ReportSession> {
  const tabId = createId();
  holdTabLock(tabId);
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('ml-report-studio');

  type Loaded =
    | {
        document: ReportDocument;
        storedRevision: number;
        /** The report as storage holds it, before edits that never reached it were put back. */
        storedReport: Report;
        recovery: JournalRecovery | undefined;
        /** Journals of closed or crashed tabs taken into `document`, removed once it is open. */
        adoptedJournals: EditJournal[];
      }
    | { problem: string; raw: unknown };
  /** Every open goes through here: the stored draft, then edits journaled after it. */
  const load = async (reportId: string): Promise<Loaded | undefined> => {
    const stored = await readStoredReport(database, reportId);
    // A live tab saves its own journal; only those of closed or crashed tabs are taken in, and
    // this tab's own for a report it left with a write that failed (never the open one).
    const liveTabs = await listLiveTabIds();
    const adoptedJournals = readEditJournals(reportId).filter(
      (journal) => journal.tabId === tabId || !liveTabs.has(journal.tabId),
    );
    if (!stored.found && adoptedJournals.length === 0) return undefined;
    let storedReport = createEmptyReport(reportId);
    let storedRevision = 0;
    let savedAt: string | undefined;
    if (stored.found) {
      if (!stored.ok) return { problem: stored.problem, raw: stored.raw };
      storedReport = stored.report;
      storedRevision = stored.storedRevision;
      savedAt = stored.savedAt;
    }
    const recovery =
      adoptedJournals.length === 0
        ? undefined
        : recoverJournaledChanges(
            { report: storedReport, revision: storedRevision, savedAt },
            {
              baseRevision: Math.min(...adoptedJournals.map((journal) => journal.baseRevision)),
              changes: adoptedJournals
                .flatMap((journal) => journal.changes)
                .sort((first, second) => first.changedAt.localeCompare(second.changedAt)),
            },
          );
    return {
      document: { report: recovery?.report ?? storedReport },
      storedRevision,
      storedReport,
      recovery,
      adoptedJournals,
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
  let initialLoaded: Extract<Loaded, { document: ReportDocument }> | undefined;
  const lastOpenId = await database.readLastOpenReportId().catch(() => undefined);
  // When storage never took the open report's id (full from the start, then one save landed and
  // emptied the journal), the report saved last is the one that was open.
  const newestStoredId =
    lastOpenId === undefined ? (await database.listReports().catch(() => []))[0]?.id : undefined;
  // The report open last; else the one with the newest edits that never reached storage.
  const candidates = [
    ...(lastOpenId === undefined ? [] : [lastOpenId]),
    ...listJournaledReports(),
    ...(newestStoredId === undefined ? [] : [newestStoredId]),
  ];
  for (const reportId of new Set(candidates)) {
    const loaded = await load(reportId).catch((error: unknown) => ({
      problem: String(error),
      raw: undefined,
    }));
    if (loaded === undefined) continue;
    if ('document' in loaded) {
      initialLoaded = loaded;
      break;
    }
    reportUnreadable(reportId, loaded);
  }
  // An unreadable draft is never the open report, so nothing can overwrite it.
  const initial = initialLoaded?.document ?? { report: createEmptyReport(createId()) };

  /** The open report's id as storage holds it; a full storage may have refused it. */
  let storedOpenReportId = lastOpenId;
  const rememberOpenReport = async (reportId: string): Promise<void> => {
    try {
      await database.writeLastOpenReportId(reportId);
      storedOpenReportId = reportId;
    } catch {
      // Tried again after the next save that lands.
    }
  };

  let keptOverOtherVersion: string | undefined;
  const store = createReportStore({ now: () => clock().getTime(), initialDocument: initial });
  const versions = startVersionHistory({ store, database: versionDatabase, clock, createId });
  const refreshReportList = async (): Promise<void> => {
    ui.getState().setReports(await database.listReports().catch(() => []));
  };
  const autosave = startAutosave({
    database,
    store,
    clock,
    tabId,
    events: {
      onSaveStateChange: (state, problem) => {
        ui.getState().setSaveState(state, problem);
        if (state === 'conflict') void mergeWithStored();
        if (state === 'deleted') ui.getState().addNotice({ kind: 'deleted-elsewhere' });
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
          ...(keptOverOtherVersion === undefined ? {} : { keptOverOtherVersion }),
        } satisfies TabMessage);
        keptOverOtherVersion = undefined;
        if (storedOpenReportId !== reportId && store.getState().document.report.id === reportId)
          void rememberOpenReport(reportId);
        void refreshReportList();
      },
    },
  });
  const keepVersionAside = async (report: Report, title: string): Promise<string> => {
    const savedAt = clock().toISOString();
    const copyId = createId();
    await database
      .writeDraft(
        copyId,
        {
          format: 'ml-report-draft',
          revision: 1,
          savedAt,
          report: withTitle(report, copyId, title),
        },
        { id: copyId, title, updatedAt: savedAt, revision: 1 },
      )
      .catch(() => undefined);
    return title;
  };

  /** Makes storage the base of the open document and tells the user what came back. */
  const settleLoaded = async (
    loaded: Extract<Loaded, { document: ReportDocument }>,
  ): Promise<void> => {
    const { recovery } = loaded;
    const changedSinceStored = recovery !== undefined && recovery.recovered.length > 0;
    if (changedSinceStored) autosave.rebase(loaded.storedRevision, loaded.storedReport);
    else autosave.setBaseRevision(loaded.storedRevision, loaded.storedReport);
    // This tab's own journal now holds what they held that still differs from storage.
    for (const journal of loaded.adoptedJournals)
      if (journal.tabId !== tabId) clearEditJournal(journal.reportId, journal.tabId);
    if (recovery === undefined) return;
    const report = loaded.document.report;
    const sentences: string[] = [];
    if (recovery.recovered.length > 0) {
      const places = [
        ...new Set(recovery.recovered.map((change) => describeChangedField(report, change.path))),
      ];
      sentences.push(
        `Recovered ${recovery.recovered.length === 1 ? 'a change' : `${recovery.recovered.length} changes`} that had not been saved: ${places.join('; ')}.`,
      );
    }
    if (recovery.ourVersion !== undefined) {
      const title = await keepVersionAside(
        recovery.ourVersion,
        `${titleOf(recovery.ourVersion)} (unsaved version)`,
      );
      sentences.push(
        `Another tab saved newer values of fields changed here; the version from before is kept as “${title}” in Reports.`,
      );
    }
    if (recovery.replacedVersion !== undefined) {
      const title = await keepVersionAside(
        recovery.replacedVersion,
        `${titleOf(recovery.replacedVersion)} (version saved in another tab)`,
      );
      sentences.push(`The version another tab saved is kept as “${title}” in Reports.`);
    }
    if (sentences.length > 0)
      ui.getState().addNotice({ kind: 'recovered', text: sentences.join(' ') });
  };

  if (initialLoaded === undefined) autosave.setBaseRevision(0, initial.report);
  else await settleLoaded(initialLoaded);
  await rememberOpenReport(initial.report.id);
  await refreshReportList();

  /**
   * Shows `loaded` in place of the open report within one task, so a key typed at any moment goes
   * into the report on screen: the one left is written as it was left, text typed into it while
   * `loaded` was read included. A deleted report is not written again (`writeLeft` false).
   */
  const show = async (
    loaded: Extract<Loaded, { document: ReportDocument }>,
    { writeLeft }: { writeLeft: boolean },
  ): Promise<void> => {
    const leaving = writeLeft ? autosave.flush() : Promise.resolve();
    store.getState().replaceDocument(loaded.document, { keepHistory: false });
    ui.getState().resetForReport();
    await settleLoaded(loaded);
    await rememberOpenReport(loaded.document.report.id);
    await leaving;
  };
  const switchTo = async (
    loaded: Extract<Loaded, { document: ReportDocument }>,
    options = { writeLeft: true },
  ): Promise<void> => {
    // Reading and checking a large stored report is one task, showing it another.
    await yieldToMainThread();
    await show(loaded, options);
  };
  const newlyCreated = (report: Report): Extract<Loaded, { document: ReportDocument }> => ({
    document: { report },
    storedRevision: 0,
    storedReport: report,
    recovery: undefined,
    adoptedJournals: [],
  });

  /** What another tab stored for the open report, read like every load. */
  const readStored = async (): Promise<{ report: Report; revision: number } | undefined> => {
    const stored = await readStoredReport(database, store.getState().document.report.id);
    return stored.found && stored.ok
      ? { report: stored.report, revision: stored.storedRevision }
      : undefined;
  };

  /** Shows `report` (built on the stored version `stored`) and saves it when it differs. */
  const showOnStored = (report: Report, stored: { report: Report; revision: number }): void => {
    if (diffFields(stored.report, report).length === 0) {
      store.getState().replaceDocument({ report: stored.report }, { keepHistory: true });
      autosave.setBaseRevision(stored.revision, stored.report);
      return;
    }
    autosave.rebase(stored.revision, stored.report);
    store.getState().replaceDocument({ report }, { keepHistory: true });
  };

  /**
   * Another tab saved the open report: a three-way merge per field against the version both
   * started from. Changes to different fields are combined at once; only a field both changed
   * asks the user. With nothing changed here it takes all of theirs, as a reload would, without
   * dropping a key typed while the stored report is read.
   */
  const mergeWithStored = async (): Promise<void> => {
    const reportId = store.getState().document.report.id;
    const stored = await readStored();
    // Reading a large report takes a while: what was typed meanwhile is ours, and is merged too.
    if (stored === undefined || store.getState().document.report.id !== reportId) return;
    // A write of ours or another merge landed while this one read: it already holds that version,
    // and taking it as the base again would make our own later edits look like a conflict.
    if (stored.revision <= autosave.baseRevision()) return;
    const ours = readReportWithHeldText(store);
    const merge = mergeFieldChanges(autosave.baseReport(), ours, stored.report);
    const merged = restoreReport(merge.merged);
    if (merge.conflicts.length > 0 || !merged.ok) {
      ui.getState().addNotice({ kind: 'changed-elsewhere' });
      return;
    }
    // Ours as it is unless their changes touched it, so editors keep their text and caret.
    showOnStored(merge.taken.length === 0 ? ours : merge.merged, stored);
    ui.getState().dismissNotice('changed-elsewhere');
  };

  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (message.type !== 'draft-saved' || message.tabId === tabId) return;
    void refreshReportList();
    if (message.reportId !== store.getState().document.report.id) return;
    if (message.keptOverOtherVersion !== undefined)
      ui.getState().addNotice({
        kind: 'replaced-elsewhere',
        text: `Another tab kept its own values of fields changed in both tabs. The version from this tab is kept as “${message.keptOverOtherVersion}” in Reports.`,
      });
    void mergeWithStored();
  });

  // Nothing to read: the new report shows in the task of the click, and keys typed after it go there.
  const newReport = (): Promise<void> =>
    show(newlyCreated(createEmptyReport(createId())), { writeLeft: true });

  return {
    store,
    autosave,
    versions,
    newReport,
    openReport: async (reportId) => {
      if (reportId === store.getState().document.report.id) return;
      flushPendingEdits();
      await autosave.flush();
      const loaded = await load(reportId);
      if (loaded === undefined) return;
      if ('document' in loaded) await switchTo(loaded);
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
      await switchTo(newlyCreated(withTitle(report, copyId, `${titleOf(report)} (copy)`)));
    },
    deleteReport: async (reportId) => {
      await database.deleteReport(reportId);
      clearEditJournal(reportId);
      await versionDatabase.deleteVersionsOf(reportId).catch(() => undefined);
      if (reportId === store.getState().document.report.id) {
        const remaining = (await database.listReports()).filter(
          (summary) => summary.id !== reportId,
        );
        const next = remaining[0];
        const loaded = next === undefined ? undefined : await load(next.id);
        const writeLeft = false;
        if (loaded !== undefined && 'document' in loaded) await switchTo(loaded, { writeLeft });
        else await switchTo(newlyCreated(createEmptyReport(createId())), { writeLeft });
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
        clearEditJournal(reportId);
      }
      await refreshReportList();
    },
    replaceContent: (report, reason = 'Before the report was replaced') => {
      void versions.snapshot(reason).catch(() => undefined);
      const openId = store.getState().document.report.id;
      store.getState().replaceDocument({ report: { ...report, id: openId } });
      ui.getState().resetForReport();
    },
    openAsNewReport: async (report) => {
      flushPendingEdits();
      const stored = await database.listReports().catch(() => []);
      const openId = store.getState().document.report.id;
      const taken = openId === report.id || stored.some((summary) => summary.id === report.id);
      const id = taken ? createId() : report.id;
      await switchTo(newlyCreated({ ...report, id }));
      // Opened is not stored: written now, so the shared report is in Reports from the start.
      autosave.rebase(0, createEmptyReport(id));
      await autosave.flush();
    },
    keepThisVersion: async () => {
      ui.getState().dismissNotice('changed-elsewhere');
      flushPendingEdits();
      const stored = await readStored();
      if (stored === undefined) {
        await autosave.forceWrite();
        return;
      }
      const ours = store.getState().document.report;
      const merge = mergeFieldChanges(autosave.baseReport(), ours, stored.report);
      // Their values of the fields both changed are kept under a name, and their other changes here.
      keptOverOtherVersion = await keepVersionAside(
        stored.report,
        `${titleOf(stored.report)} (version from another tab)`,
      );
      const merged = restoreReport(merge.merged);
      showOnStored(merged.ok ? merged.report : ours, stored);
      await autosave.flush();
      await refreshReportList();
    },
    useOtherVersion: async () => {
      ui.getState().dismissNotice('changed-elsewhere');
      flushPendingEdits();
      const stored = await readStored();
      if (stored === undefined) return;
      const ours = store.getState().document.report;
      // Their values win where both changed; this tab's changes to other fields stay.
      const merge = mergeFieldChanges(autosave.baseReport(), stored.report, ours);
      const merged = restoreReport(merge.merged);
      showOnStored(merged.ok ? merged.report : stored.report, stored);
    },
    keepDeletedReport: async () => {
      ui.getState().dismissNotice('deleted-elsewhere');
      await autosave.forceWrite();
      await refreshReportList();
    },
    refreshReportList,
    flush: () => autosave.flush(),
  };
}
