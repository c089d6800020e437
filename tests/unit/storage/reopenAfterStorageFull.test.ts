// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReportSession } from '@/session/reportSession';
import type { ReportDatabase } from '@/storage/reportDatabase';
import { createUiStore } from '@/store/uiStore';
import { createMemoryReportDatabase } from '../support/memoryReportDatabase';

/** A database that refuses every write, as IndexedDB does with the origin's quota used up. */
function createFillableDatabase() {
  const memory = createMemoryReportDatabase();
  let full = true;
  const refuse = async (): Promise<never> => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const database: ReportDatabase = {
    ...memory,
    writeDraft: (...parameters) => (full ? refuse() : memory.writeDraft(...parameters)),
    writeDraftUnlessNewer: (...parameters) =>
      full ? refuse() : memory.writeDraftUnlessNewer(...parameters),
    writeLastOpenReportId: (reportId) => (full ? refuse() : memory.writeLastOpenReportId(reportId)),
  };
  return {
    database,
    makeRoom: () => {
      full = false;
    },
  };
}

async function openTab(database: ReportDatabase) {
  let count = 0;
  return startReportSession({
    database,
    ui: createUiStore(),
    createId: () => `${Date.now()}-${(count += 1)}`,
    clock: () => new Date(),
  });
}

describe('a report begun while storage was full', () => {
  beforeEach(() => {
    vi.stubGlobal('BroadcastChannel', undefined);
    localStorage.clear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('opens again once a save landed after the storage had room, although its id was never stored', async () => {
    const storage = createFillableDatabase();
    const first = await openTab(storage.database);
    first.store.getState().setFieldValue('titlePage.title', 'Written while storage was full');
    await first.flush();
    expect(await storage.database.listReports()).toEqual([]);

    // The last save before the tab closed landed, which empties the tab's journal.
    storage.makeRoom();
    await first.flush();
    first.autosave.stop();
    expect(localStorage.length).toBe(0);

    const reopened = await openTab(storage.database);
    expect(reopened.store.getState().document.report.titlePage.title).toBe(
      'Written while storage was full',
    );
    reopened.autosave.stop();
  });

  it('stores the open report’s id with the first save that lands', async () => {
    const storage = createFillableDatabase();
    const first = await openTab(storage.database);
    const reportId = first.store.getState().document.report.id;
    expect(await storage.database.readLastOpenReportId()).toBeUndefined();
    storage.makeRoom();
    first.store.getState().setFieldValue('titlePage.title', 'Saved once there was room');
    await first.flush();
    await vi.waitFor(async () =>
      expect(await storage.database.readLastOpenReportId()).toBe(reportId),
    );
    first.autosave.stop();
  });
});
