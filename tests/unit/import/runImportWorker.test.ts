import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  RunImportWorkerMessage,
  RunImportWorkerRequest,
} from '@/import/runImportWorkerProtocol';
import { packedRunImportBuffers, unpackRunImportParseInSteps } from '@/import/packedRunImportParse';
import { parseRunFiles } from '@/import/parseRunFiles';
import { listFiles, readRunFixture, runFixturesRoot } from './support/readRunFixture';

type Listener = (event: { data: unknown }) => void;

describe('runImportWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function startWorker(): Promise<{
    post: (request: RunImportWorkerRequest) => Promise<RunImportWorkerMessage[]>;
    transferred: Transferable[][];
  }> {
    const listeners: Listener[] = [];
    const sent: RunImportWorkerMessage[] = [];
    const transferred: Transferable[][] = [];
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    vi.stubGlobal('self', {
      addEventListener: (type: string, listener: Listener) => {
        if (type === 'message') listeners.push(listener);
      },
      postMessage: (message: RunImportWorkerMessage, transfer: Transferable[] = []) => {
        sent.push(message);
        transferred.push(transfer);
        if (message.type === 'done' || message.type === 'error') answer();
      },
    });
    await import('@/files/runImportWorker');
    return {
      transferred,
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
    expect(done.packed.parse.files.map((file) => [file.path, file.status])).toEqual([
      ['own/hf-qlora-run/adapter_config.json', 'parsed'],
      ['own/bad/empty.json', 'empty'],
    ]);
  });

  it('answers the parse with its series points packed, their buffers transferred', async () => {
    const worker = await startWorker();
    const files = listFiles(runFixturesRoot, 'own/hf-qlora-run').map(readRunFixture);
    const sent = await worker.post({
      files: files.map(({ path, text }) => ({ path, file: new Blob([text]) })),
    });
    const done = sent.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(worker.transferred.at(-1)).toEqual(packedRunImportBuffers(done.packed));
    expect(worker.transferred.at(-1)?.length).toBeGreaterThan(0);
    const parse = await unpackRunImportParseInSteps(done.packed, {
      pointsPerStep: 1000,
      betweenSteps: () => Promise.resolve(),
    });
    expect(parse).toEqual(parseRunFiles(files));
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
