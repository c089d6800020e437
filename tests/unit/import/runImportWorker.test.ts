import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunImportWorkerMessage } from '@/import/runImportWorkerProtocol';
import { readRunFixture } from './support/readRunFixture';

type Listener = (event: { data: unknown }) => void;

describe('runImportWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('answers a list of files with progress, then the parse', async () => {
    const listeners: Listener[] = [];
    const sent: RunImportWorkerMessage[] = [];
    vi.stubGlobal('self', {
      addEventListener: (type: string, listener: Listener) => {
        if (type === 'message') listeners.push(listener);
      },
      postMessage: (message: RunImportWorkerMessage) => sent.push(message),
    });
    await import('@/files/runImportWorker');
    const files = [
      readRunFixture('own/hf-qlora-run/adapter_config.json'),
      readRunFixture('own/bad/empty.json'),
    ];
    for (const listener of listeners) listener({ data: { files } });

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
});
