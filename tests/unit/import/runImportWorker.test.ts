import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  RunImportWorkerMessage,
  RunImportWorkerRequest,
} from '@/import/runImportWorkerProtocol';
import { readRunFixture } from './support/readRunFixture';

type Listener = (event: { data: unknown }) => void;

describe('runImportWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function startWorker(): Promise<{
    post: (request: RunImportWorkerRequest) => Promise<RunImportWorkerMessage[]>;
  }> {
    const listeners: Listener[] = [];
    const sent: RunImportWorkerMessage[] = [];
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    vi.stubGlobal('self', {
      addEventListener: (type: string, listener: Listener) => {
        if (type === 'message') listeners.push(listener);
      },
      postMessage: (message: RunImportWorkerMessage) => {
        sent.push(message);
        if (message.type === 'done' || message.type === 'error') answer();
      },
    });
    await import('@/files/runImportWorker');
    return {
      async post(request) {
        for (const listener of listeners) listener({ data: request });
        await answered;
        return sent;
      },
    };
  }

  it('reads the files it is given, with progress, then answers the parse', async () => {
    const worker = await startWorker();
    const files = [
      readRunFixture('own/hf-qlora-run/adapter_config.json'),
      readRunFixture('own/bad/empty.json'),
    ];
    const sent = await worker.post({
      files: files.map(({ path, text }) => ({ path, file: new Blob([text]) })),
    });

    const reads = sent.flatMap((message) =>
      message.type === 'reading' ? [message.fileIndex] : [],
    );
    expect(reads).toEqual([0, 1]);
    const starts = sent.flatMap((message) =>
      message.type === 'progress' && message.progress.fileFraction === 0
        ? [message.progress.fileIndex]
        : [],
    );
    expect(starts).toEqual([0, 1]);
    const done = sent.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.parse.files.map((file) => [file.path, file.status])).toEqual([
      ['own/hf-qlora-run/adapter_config.json', 'parsed'],
      ['own/bad/empty.json', 'empty'],
    ]);
  });

  it('answers why it stopped when a file cannot be read', async () => {
    class UnreadableFile extends Blob {
      override text(): Promise<string> {
        return Promise.reject(new Error('The file was moved before it could be read'));
      }
    }
    const worker = await startWorker();
    const sent = await worker.post({
      files: [
        { path: 'trainer_state.json', file: new UnreadableFile(['{}']) },
        { path: 'config.json', file: new Blob(['{}']) },
      ],
    });
    expect(sent).toEqual([
      { type: 'reading', fileIndex: 0 },
      { type: 'error', message: 'The file was moved before it could be read' },
    ]);
  });
});
