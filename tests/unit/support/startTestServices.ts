import type { AppServices } from '@/context/AppContext';
import { startReportSession } from '@/session/reportSession';
import { createAnalysisStore } from '@/store/analysisStore';
import { createUiStore } from '@/store/uiStore';
import { createMemoryReportDatabase } from './memoryReportDatabase';

/** A report session on an in-memory database with the stores the app's components read. */
export async function startTestServices(): Promise<AppServices> {
  const ui = createUiStore();
  let id = 0;
  const session = await startReportSession({
    database: createMemoryReportDatabase(),
    ui,
    createId: () => `id-${(id += 1)}`,
    clock: () => new Date('2026-12-02T12:00:00.000Z'),
  });
  return { session, ui, analysis: createAnalysisStore(session.store) };
}
