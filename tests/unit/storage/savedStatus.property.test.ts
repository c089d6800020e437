// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { getValueAtPath } from '@/model/fieldPath';
import type { Report } from '@/model/reportSchema';
import { createEmptyRichText, type RichText } from '@/model/richText';
import { startReportSession, type ReportSession } from '@/session/reportSession';
import type {
  GuardedWriteOutcome,
  ReportDatabase,
  StoredDraft,
  StoredReportSummary,
} from '@/storage/reportDatabase';
import {
  announcePendingEdit,
  flushPendingEdits,
  hasPendingEdits,
  registerPendingEdit,
  takeFirstHeldKeyTime,
} from '@/store/pendingEdits';
import type { ReportStore } from '@/store/reportStore';
import { createUiStore, type UiStore } from '@/store/uiStore';

/**
 * "Saved" may show only when storage holds everything typed, held editor text included. The real
 * session (store, autosave, journal, recovery) runs on a database whose writes take time and can
 * fail, driven by generated sequences of what a user and a browser do. Checked after every command
 * and every 100 ms: "Saved" means no editor holds text and the stored draft is the shown report;
 * one tab never hears of a conflict or a deletion; a report reopened, or open when the tab
 * crashed, is as it was left; ten quiet seconds end in "Saved".
 */

const plainFields = ['titlePage.title', 'titlePage.subtitle'] as const;
const heldFields = ['abstract.summary', 'background.motivation'] as const;
type HeldFieldPath = (typeof heldFields)[number];
const backspace = '\b';
const heldTextPauseMilliseconds = 300;
const checkEveryMilliseconds = 100;

interface ImportedContent {
  title: string;
  subtitle: string;
  summary: string;
}

type Command =
  | { kind: 'type'; path: (typeof plainFields)[number]; keys: string[]; keyGap: number }
  | { kind: 'type-held'; field: 0 | 1; keys: string[]; keyGap: number }
  | { kind: 'pause'; milliseconds: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'new-report' }
  | { kind: 'open-report'; pick: number }
  | { kind: 'import'; content: ImportedContent | 'example' }
  | { kind: 'fail-next-write' }
  | { kind: 'crash'; inFlightWriteCommitted: boolean }
  | { kind: 'long-pause' };

function richTextOf(text: string): RichText {
  if (text === '') return createEmptyRichText();
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function textOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const node = value as { text?: unknown; content?: unknown };
  const own = typeof node.text === 'string' ? node.text : '';
  const children = Array.isArray(node.content) ? node.content.map(textOf).join('') : '';
  return own + children;
}

function pressKey(text: string, key: string): string {
  return key === backspace ? [...text].slice(0, -1).join('') : text + key;
}

function importedReport(content: ImportedContent | 'example'): Report {
  if (content === 'example') return createExampleReport();
  const report = createEmptyReport('imported');
  return {
    ...report,
    titlePage: { ...report.titlePage, title: content.title, subtitle: content.subtitle },
    abstract: { summary: richTextOf(content.summary) },
  };
}

const jsonCache = new WeakMap<object, string>();

/** Checked every 100 ms of every run: each version is serialized once. */
function jsonOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const cached = jsonCache.get(value);
  if (cached !== undefined) return cached;
  const json = JSON.stringify(value);
  jsonCache.set(value, json);
  return json;
}

function isBlank(report: Report): boolean {
  return jsonOf(report) === JSON.stringify(createEmptyReport(report.id));
}

/** IndexedDB as the autosave sees it: a write is one transaction that takes time and may fail. */
function createSlowDatabase(writeDelayMilliseconds: number) {
  const drafts = new Map<string, StoredDraft>();
  const summaries = new Map<string, StoredReportSummary>();
  const openTransactions = new Set<{ timer: ReturnType<typeof setTimeout>; commit: () => void }>();
  let lastOpenReportId: string | undefined;
  let failNextWrite = false;
  let lastWriteFailed = false;

  const put = (reportId: string, draft: StoredDraft, summary: StoredReportSummary): void => {
    drafts.set(reportId, structuredClone(draft));
    summaries.set(reportId, structuredClone(summary));
  };

  const database: ReportDatabase = {
    readDraft: async (reportId) => structuredClone(drafts.get(reportId)),
    writeDraft: async (reportId, draft, summary) => put(reportId, draft, summary),
    writeDraftUnlessNewer: (reportId, draft, summary, baseRevision, force) =>
      new Promise<GuardedWriteOutcome>((resolve, reject) => {
        const fails = failNextWrite;
        failNextWrite = false;
        const commit = (): GuardedWriteOutcome | undefined => {
          if (fails) return undefined;
          const stored = summaries.get(reportId);
          if (!force && baseRevision > 0 && stored === undefined) return { outcome: 'deleted' };
          const storedRevision = stored?.revision ?? 0;
          if (!force && storedRevision > baseRevision) return { outcome: 'newer-exists' };
          const revision = Math.max(storedRevision, baseRevision) + 1;
          put(reportId, { ...draft, revision }, { ...summary, revision });
          return { outcome: 'written', revision };
        };
        const transaction = {
          commit: () => void commit(),
          timer: setTimeout(() => {
            openTransactions.delete(transaction);
            const outcome = commit();
            lastWriteFailed = outcome === undefined;
            if (outcome === undefined)
              reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            else resolve(outcome);
          }, writeDelayMilliseconds),
        };
        openTransactions.add(transaction);
      }),
    readRevision: async (reportId) => summaries.get(reportId)?.revision,
    listReports: async () => [...summaries.values()].map((summary) => structuredClone(summary)),
    deleteReport: async (reportId) => {
      drafts.delete(reportId);
      summaries.delete(reportId);
    },
    renameReport: async () => undefined,
    readLastOpenReportId: async () => lastOpenReportId,
    writeLastOpenReportId: async (reportId) => {
      lastOpenReportId = reportId;
    },
  };
  return {
    database,
    drafts,
    summaries,
    failNextWrite: () => {
      failNextWrite = true;
    },
    letWritesSucceed: () => {
      failNextWrite = false;
    },
    lastWriteFailed: () => lastWriteFailed,
    /** The tab died: a write in flight was either committed before it did, or never is. */
    crash: (inFlightWriteCommitted: boolean) => {
      for (const transaction of openTransactions) {
        clearTimeout(transaction.timer);
        if (inFlightWriteCommitted) transaction.commit();
      }
      openTransactions.clear();
    },
  };
}

/** A rich-text editor as the autosave sees it: text held until a 300 ms pause or a flush. */
function createHeldField(store: ReportStore, path: HeldFieldPath) {
  let held: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reportId = store.getState().document.report.id;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (held === undefined) return;
    const text = held;
    held = undefined;
    // As RichTextField does: an editor of another report never writes into this one.
    if (store.getState().document.report.id === reportId)
      store.getState().setFieldValue(path, richTextOf(text), { coalesceKey: path });
  };
  const unregister = registerPendingEdit({ flush, isPending: () => held !== undefined });
  return {
    reportId,
    press: (key: string): void => {
      held = pressKey(held ?? textOf(getValueAtPath(store.getState().document.report, path)), key);
      clearTimeout(timer);
      timer = setTimeout(flush, heldTextPauseMilliseconds);
      announcePendingEdit();
    },
    /** The tab crashed: the held text is gone with it. */
    drop: (): void => {
      clearTimeout(timer);
      held = undefined;
      unregister();
    },
  };
}

type HeldField = ReturnType<typeof createHeldField>;

interface Tab {
  session: ReportSession;
  ui: UiStore;
  heldFields: Map<HeldFieldPath, HeldField>;
  lockNames: string[];
}

const heldLocks = new Set<string>();
const lockManager = {
  request: (name: string, callback: () => Promise<never>): Promise<never> => {
    heldLocks.add(name);
    return callback();
  },
  query: async () => ({ held: [...heldLocks].map((name) => ({ name })), pending: [] }),
};

async function advance(
  milliseconds: number,
  check: () => void,
  step = checkEveryMilliseconds,
): Promise<void> {
  for (let elapsed = 0; elapsed < milliseconds; elapsed += step) {
    await vi.advanceTimersByTimeAsync(Math.min(step, milliseconds - elapsed));
    check();
  }
}

/** Runs an operation the way the app does, time passing until it is done. */
async function settle<T>(operation: Promise<T>, check: () => void): Promise<T> {
  let outcome: { value: T } | { error: unknown } | undefined;
  operation.then(
    (value) => (outcome = { value }),
    (error: unknown) => (outcome = { error }),
  );
  await vi.advanceTimersByTimeAsync(0);
  for (let waited = 0; outcome === undefined; waited += 10) {
    if (waited > 120_000) throw new Error('The operation never finished');
    await advance(10, check, 10);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

async function runSequence(writeDelayMilliseconds: number, commands: Command[]): Promise<void> {
  const memory = createSlowDatabase(writeDelayMilliseconds);
  let idCount = 0;
  const createId = (): string => `id${(idCount += 1)}`;
  /** Each report as the user last saw it before leaving it. */
  const lastSeen = new Map<string, Report>();
  const falseAlarms: string[] = [];

  const startTab = async (): Promise<Tab> => {
    const locksBefore = new Set(heldLocks);
    const ui = createUiStore();
    // One tab: nothing else writes, so a conflict or a deletion is always false.
    ui.subscribe((state) => {
      if (state.saveState === 'conflict' || state.saveState === 'deleted')
        falseAlarms.push(`${state.saveState}: ${state.saveProblem ?? ''}`);
    });
    const session = await settle(
      startReportSession({ database: memory.database, ui, createId, clock: () => new Date() }),
      () => undefined,
    );
    return {
      session,
      ui,
      heldFields: new Map(),
      lockNames: [...heldLocks].filter((name) => !locksBefore.has(name)),
    };
  };
  const closeTab = (closed: Tab): void => {
    closed.session.autosave.stop();
    for (const field of closed.heldFields.values()) field.drop();
    for (const name of closed.lockNames) heldLocks.delete(name);
  };

  let tab = await startTab();
  const openReport = (): Report => tab.session.store.getState().document.report;

  const checkSaved = (): void => {
    expect(falseAlarms, 'a conflict or deletion shown in one tab').toEqual([]);
    if (tab.ui.getState().saveState !== 'saved') return;
    expect(hasPendingEdits(), '"Saved" while an editor holds text').toBe(false);
    const report = openReport();
    const stored = memory.drafts.get(report.id);
    if (stored === undefined)
      expect(isBlank(report), '"Saved" for a report storage has never held').toBe(true);
    else if (jsonOf(stored.report) !== jsonOf(report))
      expect(stored.report, '"Saved" while storage holds another version').toStrictEqual(report);
  };
  const expectShownAsLastSeen = (): void => {
    const report = openReport();
    const seen = lastSeen.get(report.id);
    if (seen !== undefined)
      expect(report, 'a report reopened differs from when it was left').toStrictEqual(seen);
  };
  /** Ten seconds of quiet with writes succeeding, plus the retry wait (at most 30 s) after a failure. */
  const expectSavedAfterLongPause = async (): Promise<void> => {
    memory.letWritesSucceed();
    await advance(10_000, checkSaved);
    if (memory.lastWriteFailed()) await advance(30_000, checkSaved);
    expect(tab.ui.getState().saveState, 'the status after a long pause').toBe('saved');
  };
  const leaveReport = (): void => {
    flushPendingEdits();
    lastSeen.set(openReport().id, openReport());
  };
  const heldField = (path: HeldFieldPath): HeldField => {
    const existing = tab.heldFields.get(path);
    // The section form remounts per report: a field of the previous report is gone.
    if (existing !== undefined && existing.reportId === openReport().id) return existing;
    existing?.drop();
    const field = createHeldField(tab.session.store, path);
    tab.heldFields.set(path, field);
    return field;
  };

  try {
    for (const command of commands) {
      switch (command.kind) {
        case 'type':
          for (const key of command.keys) {
            const current = openReport().titlePage;
            const text = command.path === 'titlePage.title' ? current.title : current.subtitle;
            tab.session.store.getState().setFieldValue(command.path, pressKey(text, key));
            checkSaved();
            await advance(command.keyGap, checkSaved);
          }
          break;
        case 'type-held': {
          const path = heldFields[command.field];
          for (const key of command.keys) {
            heldField(path).press(key);
            checkSaved();
            await advance(command.keyGap, checkSaved);
          }
          break;
        }
        case 'pause':
          await advance(command.milliseconds, checkSaved);
          break;
        case 'undo':
          flushPendingEdits();
          tab.session.store.getState().undo();
          break;
        case 'redo':
          flushPendingEdits();
          tab.session.store.getState().redo();
          break;
        case 'new-report':
          leaveReport();
          await settle(tab.session.newReport(), checkSaved);
          break;
        case 'open-report': {
          const listed = [...memory.summaries.keys()];
          const reportId = listed[command.pick % Math.max(1, listed.length)];
          if (reportId === undefined || reportId === openReport().id) break;
          leaveReport();
          await settle(tab.session.openReport(reportId), checkSaved);
          expect(openReport().id).toBe(reportId);
          expectShownAsLastSeen();
          break;
        }
        case 'import':
          flushPendingEdits();
          tab.session.replaceContent(importedReport(command.content));
          break;
        case 'fail-next-write':
          memory.failNextWrite();
          break;
        case 'crash': {
          const before = openReport();
          memory.crash(command.inFlightWriteCommitted);
          closeTab(tab);
          lastSeen.set(before.id, before);
          tab = await startTab();
          if (!isBlank(before))
            expect(openReport().id, 'the report open at the crash').toBe(before.id);
          expectShownAsLastSeen();
          break;
        }
        case 'long-pause':
          await expectSavedAfterLongPause();
          break;
      }
      checkSaved();
    }
    await expectSavedAfterLongPause();
  } finally {
    memory.crash(false);
    closeTab(tab);
    takeFirstHeldKeyTime();
    localStorage.clear();
    vi.clearAllTimers();
  }
}

const keys = fc.array(fc.constantFrom('a', 'b', ' ', 'é', '😀', backspace), {
  minLength: 1,
  maxLength: 12,
});
const keyGap = fc.integer({ min: 0, max: 1200 });
const shortText = fc.string({ unit: fc.constantFrom('x', 'y', ' ', 'ü'), maxLength: 8 });

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type'),
      path: fc.constantFrom(...plainFields),
      keys,
      keyGap,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type-held'),
      field: fc.constantFrom(0 as const, 1 as const),
      keys,
      keyGap,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pause'),
      milliseconds: fc.integer({ min: 0, max: 5000 }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'new-report' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('open-report'), pick: fc.nat({ max: 7 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import'),
      content: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({ title: shortText, subtitle: shortText, summary: shortText }),
        },
        { weight: 1, arbitrary: fc.constant('example' as const) },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'fail-next-write' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('crash'), inFlightWriteCommitted: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'long-pause' as const }) },
);

type Sequence = [writeDelayMilliseconds: number, commands: Command[]];

/** What this property found, shrunk; each is fixed in the commit that names it. */
const shrunkDefects: Sequence[] = [
  // A write of 'a' commits as the tab dies, after Undo: the journal (empty, the title was back at
  // its base) let the undone 'a' come back.
  [
    0,
    [
      { kind: 'type', path: 'titlePage.title', keys: ['a'], keyGap: 0 },
      { kind: 'pause', milliseconds: 700 },
      { kind: 'undo' },
      { kind: 'crash', inFlightWriteCommitted: true },
    ],
  ],
  // A write of the old report lands after New report and takes over its base: "deleted in
  // another tab".
  [
    700,
    [
      { kind: 'type', path: 'titlePage.title', keys: ['a'], keyGap: 700 },
      { kind: 'fail-next-write' },
      { kind: 'type', path: 'titlePage.title', keys: ['a'], keyGap: 0 },
      { kind: 'new-report' },
    ],
  ],
  // A timer's write and a flush's write both waited on one write, then both wrote on one base:
  // "changed in another tab".
  [
    801,
    [
      { kind: 'type', path: 'titlePage.title', keys: ['a'], keyGap: 700 },
      { kind: 'type', path: 'titlePage.title', keys: ['b'], keyGap: 800 },
      { kind: 'new-report' },
    ],
  ],
  // A report left while its write failed, reopened in the same tab, lost the edits.
  [
    100,
    [
      { kind: 'type', path: 'titlePage.title', keys: ['a'], keyGap: 0 },
      { kind: 'pause', milliseconds: 2000 },
      { kind: 'type', path: 'titlePage.title', keys: ['b'], keyGap: 0 },
      { kind: 'fail-next-write' },
      { kind: 'new-report' },
      { kind: 'open-report', pick: 0 },
    ],
  ],
  // Backspace in an empty held field: the text it commits equals what is stored, so nothing is
  // written, and "Saving" stayed up for good.
  [0, [{ kind: 'type-held', field: 0, keys: ['\b'], keyGap: 0 }]],
];

const originalLocks = Object.getOwnPropertyDescriptor(navigator, 'locks');

describe('the "Saved" status', () => {
  beforeAll(() => {
    vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    // One tab at a time: a crashed tab hears nothing more.
    vi.stubGlobal('BroadcastChannel', undefined);
    // Chromium's scheduler.yield; happy-dom's MessageChannel does not run under fake timers.
    vi.stubGlobal('scheduler', { yield: () => Promise.resolve() });
    Object.defineProperty(navigator, 'locks', { value: lockManager, configurable: true });
  });
  afterAll(() => {
    if (originalLocks === undefined) Reflect.deleteProperty(navigator, 'locks');
    else Object.defineProperty(navigator, 'locks', originalLocks);
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('shows only when storage holds everything typed, and shows after a long pause', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1500 }),
        fc.array(command, { maxLength: 24 }),
        runSequence,
      ),
      {
        numRuns: 1000,
        examples: shrunkDefects,
      },
    );
  }, 600_000);
});
