import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportImportOptions } from '@/files/importReportFile';
import type { ReportImportWorkerMessage } from '@/files/reportImportWorkerProtocol';

/** A worker that refuses every file, as the real one does an empty file; it counts what happens. */
class FakeImportWorker extends EventTarget {
  static started: FakeImportWorker[] = [];
  terminated = false;
  posted = 0;

  constructor() {
    super();
    FakeImportWorker.started.push(this);
  }

  postMessage(): void {
    this.posted += 1;
    const message: ReportImportWorkerMessage = {
      type: 'refused',
      failure: { ok: false, message: 'This file is empty.', details: [] },
    };
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: message })));
  }

  terminate(): void {
    this.terminated = true;
  }
}

async function importEmptyFile(): Promise<unknown> {
  const { importReportFile } = await import('@/files/importReportFile');
  return importEmptyFileWith(importReportFile);
}

function importEmptyFileWith(
  importReportFile: (file: File, options: ReportImportOptions) => Promise<unknown>,
): Promise<unknown> {
  return importReportFile(new File([''], 'draft.json'), {
    onStep: () => undefined,
    signal: new AbortController().signal,
  });
}

describe('importReportFile with a worker started while the file is picked', () => {
  beforeEach(() => {
    vi.resetModules();
    FakeImportWorker.started = [];
    vi.stubGlobal('Worker', FakeImportWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('uses the prepared worker for the next file, and a new one after it', async () => {
    const { prepareReportImport } = await import('@/files/importReportFile');
    prepareReportImport();
    prepareReportImport();
    expect(FakeImportWorker.started).toHaveLength(1);
    await expect(importEmptyFile()).resolves.toMatchObject({ ok: false });
    expect(FakeImportWorker.started).toHaveLength(1);
    expect(FakeImportWorker.started[0]?.posted).toBe(1);
    expect(FakeImportWorker.started[0]?.terminated).toBe(true);
    await importEmptyFile();
    expect(FakeImportWorker.started).toHaveLength(2);
  });

  it('stops a prepared worker nobody used after two minutes, and keeps it while in use', async () => {
    vi.useFakeTimers();
    const { prepareReportImport, importReportFile } = await import('@/files/importReportFile');
    prepareReportImport();
    vi.advanceTimersByTime(119_000);
    expect(FakeImportWorker.started[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(FakeImportWorker.started[0]?.terminated).toBe(true);

    prepareReportImport();
    const imported = importEmptyFileWith(importReportFile);
    vi.advanceTimersByTime(200_000);
    await imported;
    expect(FakeImportWorker.started).toHaveLength(2);
    expect(FakeImportWorker.started[1]?.posted).toBe(1);
  });
});
