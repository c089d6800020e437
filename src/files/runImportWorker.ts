import { parseRunFiles } from '@/import/parseRunFiles';
import type {
  RunImportWorkerMessage,
  RunImportWorkerRequest,
} from '@/import/runImportWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const progressInterval = 100;

function send(message: RunImportWorkerMessage): void {
  scope.postMessage(message);
}

scope.addEventListener('message', (event: MessageEvent<RunImportWorkerRequest>) => {
  let lastSent = 0;
  try {
    const parse = parseRunFiles(event.data.files, {
      onProgress(progress) {
        const now = Date.now();
        // Every file start is sent; progress within a file at most every 100 ms.
        if (progress.fileFraction !== 0 && now - lastSent < progressInterval) return;
        lastSent = now;
        send({ type: 'progress', progress });
      },
    });
    send({ type: 'done', parse });
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
