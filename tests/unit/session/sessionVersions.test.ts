// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { startReportSession } from '@/session/reportSession';
import { createUiStore } from '@/store/uiStore';
import { createMemoryReportDatabase } from '../support/memoryReportDatabase';

async function openTab() {
  let count = 0;
  const database = createMemoryReportDatabase();
  const session = await startReportSession({
    database,
    ui: createUiStore(),
    createId: () => `id-${(count += 1)}`,
    clock: () => new Date(),
  });
  return { session, database };
}

describe('the session’s versions and shared reports', () => {
  beforeEach(() => {
    vi.stubGlobal('BroadcastChannel', undefined);
    localStorage.clear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('keeps what was open before a replacement, and nothing for a blank report', async () => {
    const { session } = await openTab();
    session.replaceContent(createExampleReport(), 'Before loading the example');
    expect(await session.versions.listVersions()).toEqual([]);
    session.store.getState().setFieldValue('titlePage.title', 'My draft');
    session.replaceContent(createExampleReport(), 'Before import of “draft.json”');
    await vi.waitFor(async () => expect(await session.versions.listVersions()).toHaveLength(1));
    const [kept] = await session.versions.listVersions();
    expect(kept).toMatchObject({ name: 'Before import of “draft.json”', automatic: true });
    const read = kept === undefined ? undefined : await session.versions.readVersion(kept);
    expect(read?.ok && read.report.titlePage.title).toBe('My draft');
    session.autosave.stop();
  });

  it('opens a shared report as a stored report of its own, under a new id when its id is taken', async () => {
    const { session, database } = await openTab();
    const openId = session.store.getState().document.report.id;
    session.store.getState().setFieldValue('titlePage.title', 'My draft');
    const shared = {
      ...createEmptyReport('shared-1'),
      titlePage: { ...createEmptyReport('shared-1').titlePage, title: 'Shared' },
    };
    await session.openAsNewReport(shared);
    expect(session.store.getState().document.report.id).toBe('shared-1');
    await session.openAsNewReport(shared);
    const secondId = session.store.getState().document.report.id;
    expect(secondId).not.toBe('shared-1');
    const stored = await database.listReports();
    expect(stored.map((summary) => summary.id).sort()).toEqual(
      [openId, 'shared-1', secondId].sort(),
    );
    expect(session.store.getState().document.report.titlePage.title).toBe('Shared');
    session.autosave.stop();
  });
});
