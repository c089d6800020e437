// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { startAutosave, type SaveState } from '@/storage/autosave';
import type { ReportDatabase, StoredDraft, StoredReportSummary } from '@/storage/reportDatabase';
import { createReportStore } from '@/store/reportStore';
import { announcePendingEdit } from '@/store/pendingEdits';
import { holdTitleText } from '../../support/holdTitleText';

function createMemoryDatabase() {
  const drafts = new Map<string, StoredDraft>();
  const summaries = new Map<string, StoredReportSummary>();
  let failNextWrites = 0;
  let writeCount = 0;
  const database: ReportDatabase = {
    readDraft: async (reportId) => drafts.get(reportId),
    writeDraft: async (reportId, draft, summary) => {
      if (failNextWrites > 0) {
        failNextWrites -= 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      writeCount += 1;
      drafts.set(reportId, draft);
      summaries.set(reportId, summary);
    },
    writeDraftUnlessNewer: async (reportId, draft, summary, baseRevision, force) => {
      const storedRevision = summaries.get(reportId)?.revision ?? 0;
      if (!force && storedRevision > baseRevision) return { outcome: 'newer-exists' };
      const revision = Math.max(storedRevision, baseRevision) + 1;
      await database.writeDraft(reportId, { ...draft, revision }, { ...summary, revision });
      return { outcome: 'written', revision };
    },
    readRevision: async (reportId) => summaries.get(reportId)?.revision,
    listReports: async () => [...summaries.values()],
    deleteReport: async (reportId) => {
      drafts.delete(reportId);
      summaries.delete(reportId);
    },
    renameReport: async () => undefined,
    readLastOpenReportId: async () => undefined,
    writeLastOpenReportId: async () => undefined,
  };
  return {
    database,
    drafts,
    summaries,
    failWrites: (count: number) => (failNextWrites = count),
    writes: () => writeCount,
  };
}

/** Autosaves left running would flush (the registry of held text is one per page) into later tests. */
const stopsAfterTest: (() => void)[] = [];

function setup() {
  const memory = createMemoryDatabase();
  const store = createReportStore({
    now: () => Date.now(),
    initialDocument: { report: createEmptyReport('r1') },
  });
  const states: SaveState[] = [];
  const autosave = startAutosave({
    database: memory.database,
    store,
    clock: () => new Date('2026-11-26T10:00:00Z'),
    tabId: 'tab-1',
    events: { onSaveStateChange: (state) => states.push(state), onWritten: () => undefined },
  });
  stopsAfterTest.push(() => autosave.stop());
  return { memory, store, autosave, states };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    for (const stop of stopsAfterTest.splice(0)) stop();
    vi.useRealTimers();
  });

  it('writes once after a burst of keystrokes, not once per key', async () => {
    const { memory, store } = setup();
    for (let index = 1; index <= 40; index += 1) {
      store.getState().setFieldValue('titlePage.title', 'x'.repeat(index));
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(1000);
    // 40 keys over 2 s: the maximum wait (3 s) is never reached, so one write after the pause.
    expect(memory.writes()).toBe(1);
    const stored = memory.drafts.get('r1')?.report as { titlePage: { title: string } } | undefined;
    expect(stored?.titlePage.title).toBe('x'.repeat(40));
  });

  it('writes at least every 3 s while the user keeps typing', async () => {
    const { memory, store } = setup();
    for (let index = 1; index <= 100; index += 1) {
      store.getState().setFieldValue('titlePage.title', 'y'.repeat(index));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(memory.writes()).toBeGreaterThanOrEqual(3);
    expect(memory.writes()).toBeLessThanOrEqual(4);
  });

  it('flushes at once when the page is hidden', async () => {
    const { memory, store } = setup();
    store.getState().setFieldValue('titlePage.title', 'Before closing');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.writes()).toBe(1);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('reports Not saved on a quota error, keeps the document, and retries', async () => {
    const { memory, store, states } = setup();
    memory.failWrites(1);
    store.getState().setFieldValue('titlePage.title', 'Precious');
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe('not-saved');
    expect(store.getState().document.report.titlePage.title).toBe('Precious');
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toBe('saved');
    expect(memory.writes()).toBe(1);
  });

  it('never overwrites a newer draft written by another tab', async () => {
    const { memory, store, states } = setup();
    store.getState().setFieldValue('titlePage.title', 'Mine');
    await vi.advanceTimersByTimeAsync(800);
    const otherTabDraft = {
      ...memory.drafts.get('r1')!,
      revision: 5,
      report: {
        ...createEmptyReport('r1'),
        titlePage: { ...createEmptyReport('r1').titlePage, title: 'Theirs' },
      },
    };
    memory.drafts.set('r1', otherTabDraft);
    memory.summaries.set('r1', { id: 'r1', title: 'Theirs', updatedAt: '', revision: 5 });
    store.getState().setFieldValue('titlePage.title', 'Mine again');
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe('conflict');
    const stored = memory.drafts.get('r1')?.report as { titlePage: { title: string } } | undefined;
    expect(stored?.titlePage.title).toBe('Theirs');
  });

  it('writes a report left right after a flush as it was left, behind a write in flight', async () => {
    const { memory, store, autosave } = setup();
    const { writeDraftUnlessNewer } = memory.database;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holdNext = true;
    memory.database.writeDraftUnlessNewer = async (...parameters) => {
      if (holdNext) {
        holdNext = false;
        await held;
      }
      return writeDraftUnlessNewer(...parameters);
    };
    store.getState().setFieldValue('titlePage.title', 'First');
    await vi.advanceTimersByTimeAsync(800);
    // The first write is in flight; more is typed, then another report replaces this one at once.
    store.getState().setFieldValue('titlePage.title', 'First report');
    const leaving = autosave.flush();
    store.getState().replaceDocument({ report: createEmptyReport('r2') }, { keepHistory: false });
    autosave.setBaseRevision(0, store.getState().document.report);
    store.getState().setFieldValue('titlePage.title', 'Second report');
    release();
    await leaving;
    const titleOf = (reportId: string) =>
      (memory.drafts.get(reportId)?.report as { titlePage: { title: string } } | undefined)
        ?.titlePage.title;
    expect(titleOf('r1')).toBe('First report');
    expect(memory.summaries.get('r1')?.revision).toBe(2);
    await vi.advanceTimersByTimeAsync(800);
    expect(titleOf('r2')).toBe('Second report');
    expect(titleOf('r1')).toBe('First report');
  });

  it('shows Saved once another stored report is opened, without writing it back', async () => {
    const { memory, store, autosave, states } = setup();
    store.getState().replaceDocument({ report: createEmptyReport('r2') }, { keepHistory: false });
    expect(states.at(-1)).toBe('saving');
    autosave.setBaseRevision(4, store.getState().document.report);
    expect(states.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(5000);
    expect(states.at(-1)).toBe('saved');
    expect(memory.writes()).toBe(0);
  });

  describe('text a field held, taken in by the timed write', () => {
    const journalKey = 'ml-report-studio:journal:r1:tab-1';
    const cleanups: (() => void)[] = [];
    function start() {
      localStorage.clear();
      return setup();
    }
    function holdText(store: ReturnType<typeof setup>['store'], text: string): void {
      cleanups.push(holdTitleText(store, text));
      announcePendingEdit();
    }
    function journalWrites(): () => string {
      const setItem = vi.spyOn(localStorage, 'setItem');
      return () =>
        setItem.mock.calls
          .filter(([key]) => key === journalKey)
          .map(([, value]) => value)
          .join('');
    }
    function hangWrites(memory: ReturnType<typeof setup>['memory']): void {
      memory.database.writeDraftUnlessNewer = () => new Promise(() => undefined);
    }

    afterEach(() => {
      for (const cleanup of cleanups.splice(0)) cleanup();
      vi.restoreAllMocks();
    });

    it('goes to IndexedDB without a journal copy when the write lands', async () => {
      const { memory, store } = start();
      holdText(store, 'Held while typing');
      const journaled = journalWrites();
      store.getState().setFieldValue('titlePage.subtitle', 'A pause before');
      expect(journaled()).toContain('A pause before');
      await vi.advanceTimersByTimeAsync(3000);
      const stored = memory.drafts.get('r1')?.report as { titlePage: { title: string } };
      expect(stored.titlePage.title).toBe('Held while typing');
      expect(journaled()).not.toContain('Held while typing');
      expect(localStorage.getItem(journalKey)).toBeNull();
    });

    it('is journaled when the write fails', async () => {
      const { memory, store } = start();
      memory.failWrites(1);
      holdText(store, 'Held while the disk was full');
      await vi.advanceTimersByTimeAsync(700);
      expect(memory.writes()).toBe(0);
      expect(localStorage.getItem(journalKey)).toContain('Held while the disk was full');
    });

    it('is journaled 1 s after a write that hangs', async () => {
      const { memory, store } = start();
      hangWrites(memory);
      holdText(store, 'Held behind a blocked database');
      await vi.advanceTimersByTimeAsync(700);
      expect(localStorage.getItem(journalKey)).toBeNull();
      await vi.advanceTimersByTimeAsync(1000);
      expect(localStorage.getItem(journalKey)).toContain('Held behind a blocked database');
    });

    it('is journaled at once when the report is left during the write', async () => {
      const { autosave, memory, store } = start();
      hangWrites(memory);
      holdText(store, 'Held as another report opened');
      await vi.advanceTimersByTimeAsync(700);
      void autosave.flush();
      expect(localStorage.getItem(journalKey)).toContain('Held as another report opened');
    });

    it('is journaled at once when the page goes away during the write', async () => {
      const { memory, store } = start();
      hangWrites(memory);
      holdText(store, 'Held as the tab closed');
      await vi.advanceTimersByTimeAsync(700);
      window.dispatchEvent(new Event('pagehide'));
      expect(localStorage.getItem(journalKey)).toContain('Held as the tab closed');
    });
  });

  it('journals each edit at once, and leaves a replaced report of megabytes to the IndexedDB write', () => {
    localStorage.clear();
    const { store } = setup();
    const journalText = () =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('ml-report-studio:journal:r1:'))
        .map((key) => localStorage.getItem(key) ?? '')
        .join('');
    store.getState().setFieldValue('titlePage.title', 'Typed a moment ago');
    expect(journalText()).toContain('Typed a moment ago');
    const report = store.getState().document.report;
    store.getState().replaceDocument({
      report: { ...report, titlePage: { ...report.titlePage, subtitle: 'x'.repeat(2_000_000) } },
    });
    expect(journalText()).toContain('Typed a moment ago');
    expect(journalText()).not.toContain('xxxx');
  });
});
