import { packDocx } from '@/export/packDocx';
import type { DocxWorkerMessage, DocxWorkerRequest } from './docxWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function send(message: DocxWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, { transfer });
}

scope.addEventListener('message', (event: MessageEvent<DocxWorkerRequest>) => {
  send({ type: 'progress', stage: 'Building the Word document…' });
  packDocx(event.data.report, event.data.figures).then(
    (bytes) => send({ type: 'done', bytes }, [bytes.buffer]),
    (error: unknown) =>
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
