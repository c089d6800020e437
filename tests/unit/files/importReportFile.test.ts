import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportImportOptions } from '@/files/importReportFile';
import type { ReportImportWorkerMessage } from '@/files/reportImportWorkerProtocol';
import { createExampleReport } from '@/model/createExampleReport';
import { packPlotPoints } from '@/model/packedPlotPoints';

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

  it('uses the prepared worker for the next file, and keeps it for the one after', async () => {
    const { prepareReportImport } = await import('@/files/importReportFile');
    prepareReportImport();
    prepareReportImport();
    expect(FakeImportWorker.started).toHaveLength(1);
    await expect(importEmptyFile()).resolves.toMatchObject({ ok: false });
    expect(FakeImportWorker.started).toHaveLength(1);
    expect(FakeImportWorker.started[0]?.posted).toBe(1);
    expect(FakeImportWorker.started[0]?.terminated).toBe(false);
    prepareReportImport();
    await importEmptyFile();
    await importEmptyFile();
    expect(FakeImportWorker.started).toHaveLength(1);
    expect(FakeImportWorker.started[0]?.posted).toBe(3);
  });

  it('stops a worker kept after an import once it has gone two minutes unused', async () => {
    vi.useFakeTimers();
    const { importReportFile } = await import('@/files/importReportFile');
    await importEmptyFileWith(importReportFile);
    vi.advanceTimersByTime(119_000);
    expect(FakeImportWorker.started[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(FakeImportWorker.started[0]?.terminated).toBe(true);
    await importEmptyFileWith(importReportFile);
    expect(FakeImportWorker.started).toHaveLength(2);
  });

  it('stops the worker of a cancelled import and starts another for the next', async () => {
    const { importReportFile } = await import('@/files/importReportFile');
    const cancel = new AbortController();
    const cancelled = importReportFile(new File([''], 'draft.json'), {
      onStep: () => undefined,
      signal: cancel.signal,
    });
    cancel.abort();
    await expect(cancelled).resolves.toBeUndefined();
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

/** A worker that answers every file with the messages it is given, or fails as a crashed one. */
class ScriptedImportWorker extends EventTarget {
  static script: { messages: ReportImportWorkerMessage[] } | 'fail' = 'fail';
  static started: ScriptedImportWorker[] = [];
  terminated = false;

  constructor() {
    super();
    ScriptedImportWorker.started.push(this);
  }

  postMessage(): void {
    const script = ScriptedImportWorker.script;
    queueMicrotask(() => {
      if (script === 'fail') {
        // Node has no ErrorEvent: an event with the message a worker's error event carries.
        this.dispatchEvent(Object.assign(new Event('error'), { message: 'Out of memory' }));
        return;
      }
      for (const data of script.messages) this.dispatchEvent(new MessageEvent('message', { data }));
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('importReportFile putting the points back', () => {
  beforeEach(() => {
    vi.resetModules();
    ScriptedImportWorker.started = [];
    vi.stubGlobal('Worker', ScriptedImportWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives each series its list, sent before or after the checks, and remembers them packed', async () => {
    const example = createExampleReport();
    const withoutPoints = packPlotPoints(example).report;
    const seriesCount = withoutPoints.results.plots.reduce(
      (total, plot) => total + plot.series.length,
      0,
    );
    expect(seriesCount).toBeGreaterThanOrEqual(2);
    const sentBefore = new Float64Array([1, 2, 3, Number.NaN]);
    const sentAfter = new Float64Array([5, 6]);
    // Every series but the first takes the list sent before the checks.
    const pointListOfSeries = Array.from({ length: seriesCount }, (_, index) =>
      index === 0 ? 1 : 0,
    );
    ScriptedImportWorker.script = {
      messages: [
        { type: 'step', step: 'checking' },
        { type: 'points', packedPoints: [sentBefore] },
        {
          type: 'restored',
          report: withoutPoints,
          packedPoints: [sentAfter],
          pointListOfSeries,
          appliedMigrations: [],
        },
      ],
    };
    const { importReportFile } = await import('@/files/importReportFile');
    const { packedPointLists } = await import('@/model/packedPlotPoints');
    const steps: string[] = [];
    const result = await importReportFile(new File(['{}'], 'draft.json'), {
      onStep: (step) => steps.push(step),
      signal: new AbortController().signal,
    });
    if (result === undefined || !result.ok) throw new Error('Not imported');
    const lists = result.report.results.plots.flatMap((plot) =>
      plot.series.map((series) => series.points),
    );
    expect(lists[0]).toEqual([[5, 6]]);
    expect(lists.slice(1)).toEqual(
      Array.from({ length: seriesCount - 1 }, () => [
        [1, 2],
        [3, null],
      ]),
    );
    expect(packedPointLists.get(lists[0] ?? [])).toBe(sentAfter);
    expect(packedPointLists.get(lists[1] ?? [])).toBe(sentBefore);
    expect(steps).toEqual(['checking', 'building']);
    expect(ScriptedImportWorker.started[0]?.terminated).toBe(false);
  });

  it('refuses the file and stops the worker when the worker fails', async () => {
    ScriptedImportWorker.script = 'fail';
    const { importReportFile } = await import('@/files/importReportFile');
    const result = await importReportFile(new File(['{}'], 'draft.json'), {
      onStep: () => undefined,
      signal: new AbortController().signal,
    });
    expect(result).toEqual({
      ok: false,
      message: 'This file could not be read.',
      details: ['Out of memory'],
    });
    expect(ScriptedImportWorker.started[0]?.terminated).toBe(true);
  });
});
