import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createId } from '@/platform/createId';
import { requestPersistentStorage } from '@/platform/storageStatus';
import { startReportSession } from '@/session/reportSession';
import { openReportDatabase } from '@/storage/reportDatabase';
import { openVersionDatabase } from '@/storage/versionDatabase';
import { createAnalysisStore } from '@/store/analysisStore';
import { createUiStore } from '@/store/uiStore';
import { App } from './App';
import { AppContext } from '@/context/AppContext';
import './styles.css';

async function start(): Promise<void> {
  const ui = createUiStore();
  const session = await startReportSession({
    database: openReportDatabase(),
    versionDatabase: openVersionDatabase(),
    ui,
    createId,
    clock: () => new Date(),
  });
  const analysis = createAnalysisStore(session.store);
  void requestPersistentStorage();
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <AppContext.Provider value={{ session, ui, analysis }}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
}

void start();
