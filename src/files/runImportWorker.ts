import { packedRunImportBuffers, packRunImportParse } from '@/import/packedRunImportParse';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { RunFileInput } from '@/import/runImportTypes';
import type {
  RunImportWorkerMessage,
  RunImportWorkerRequest,
} from '@/import/runImportWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const progressInterval = 100;

function send(message: RunImportWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function readAndParse({ files }: RunImportWorkerRequest): Promise<void> {
  // Read here, not on the page: decoding hundreds of megabytes of text held the page for seconds.
  const inputs: RunFileInput[] = [];
  for (const [fileIndex, { path, file }] of files.entries()) {
    send({ type: 'reading', fileIndex });
    inputs.push({ path, text: await file.text() });
  }
  let lastSent = 0;
  const parse = parseRunFiles(inputs, {
    onProgress(progress) {
      const now = Date.now();
      // Every file start is sent; progress within a file at most every 100 ms.
      if (progress.fileFraction !== 0 && now - lastSent < progressInterval) return;
      lastSent = now;
      send({ type: 'progress', progress });
    },
  });
  const packed = packRunImportParse(parse);
  send({ type: 'done', packed }, packedRunImportBuffers(packed));
}

scope.addEventListener('message', (event: MessageEvent<RunImportWorkerRequest>) => {
  readAndParse(event.data).catch((error: unknown) =>
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
