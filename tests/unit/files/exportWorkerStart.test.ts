import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ExportWorkerStart from '@/files/exportWorkerStart';

/** Records the workers made; `failing` ones report an error, after they are made, as a worker's load does. */
class RecordedWorker extends EventTarget {
  static made: RecordedWorker[] = [];
  static failing = false;
  terminated = false;
  readonly path: string;

  constructor(url: URL) {
    super();
    this.path = url.pathname;
    RecordedWorker.made.push(this);
    if (RecordedWorker.failing) queueMicrotask(() => this.dispatchEvent(new Event('error')));
  }

  readonly posted: unknown[] = [];

  terminate(): void {
    this.terminated = true;
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
  }
}

/** A fresh copy of the module: it remembers whether a worker was claimed. */
async function loadStart(): Promise<typeof ExportWorkerStart> {
  vi.resetModules();
  return import('@/files/exportWorkerStart');
}

describe('exportWorkerStart', () => {
  beforeEach(() => {
    RecordedWorker.made = [];
    RecordedWorker.failing = false;
    vi.stubGlobal('Worker', RecordedWorker);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('hands the worker started ahead to the exporter instead of making another', async () => {
    const { startExportWorkerAhead, takeExportWorker } = await loadStart();
    startExportWorkerAhead();
    expect(RecordedWorker.made).toHaveLength(1);
    expect(RecordedWorker.made[0]?.path).toMatch(/exportWorker\.ts$/u);
    const taken = takeExportWorker();
    expect(taken).toBe(RecordedWorker.made[0]);
    expect(RecordedWorker.made).toHaveLength(1);
    vi.advanceTimersByTime(60_000);
    expect(RecordedWorker.made[0]?.terminated).toBe(false);
  });

  it('starts one worker ahead however often the menu opens, and none once one was claimed', async () => {
    const { startExportWorkerAhead, takeExportWorker } = await loadStart();
    startExportWorkerAhead();
    startExportWorkerAhead();
    expect(RecordedWorker.made).toHaveLength(1);
    takeExportWorker();
    startExportWorkerAhead();
    expect(RecordedWorker.made).toHaveLength(1);
    // The exporter makes its later workers itself.
    takeExportWorker();
    expect(RecordedWorker.made).toHaveLength(2);
  });

  it('makes a worker when none was started ahead', async () => {
    const { takeExportWorker } = await loadStart();
    const taken = takeExportWorker();
    expect(RecordedWorker.made).toEqual([taken]);
  });

  it('replaces a worker started ahead whose code failed before anyone listened', async () => {
    const { startExportWorkerAhead, takeExportWorker } = await loadStart();
    RecordedWorker.failing = true;
    startExportWorkerAhead();
    RecordedWorker.failing = false;
    await Promise.resolve();
    const taken = takeExportWorker();
    expect(RecordedWorker.made).toHaveLength(2);
    expect(RecordedWorker.made[0]?.terminated).toBe(true);
    expect(taken).toBe(RecordedWorker.made[1]);
  });

  it('ends a worker started ahead that nobody claims', async () => {
    const { startExportWorkerAhead } = await loadStart();
    startExportWorkerAhead();
    vi.advanceTimersByTime(29_000);
    expect(RecordedWorker.made[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(RecordedWorker.made[0]?.terminated).toBe(true);
  });

  describe('warmed in a pause in the writing', () => {
    let page: EventTarget;
    beforeEach(() => {
      page = new EventTarget();
      vi.stubGlobal('window', page);
      vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
    });

    it('starts the worker once the page was left alone 15 s, asks it to warm up, and keeps it for the first export', async () => {
      const { warmExportWorkerWhenIdle, startExportWorkerAhead, takeExportWorker } =
        await loadStart();
      warmExportWorkerWhenIdle();
      warmExportWorkerWhenIdle();
      vi.advanceTimersByTime(2000);
      page.dispatchEvent(new Event('keydown'));
      vi.advanceTimersByTime(14_999);
      expect(RecordedWorker.made).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(RecordedWorker.made).toHaveLength(1);
      const warmed = RecordedWorker.made[0];
      expect(warmed?.posted).toEqual([{ type: 'warm' }]);
      // Back at work: the builds left are dropped, once.
      page.dispatchEvent(new Event('pointerdown'));
      page.dispatchEvent(new Event('keydown'));
      expect(warmed?.posted).toEqual([{ type: 'warm' }, { type: 'stop-warm-up' }]);
      // Kept past the time a worker started by the menu waits to be claimed.
      vi.advanceTimersByTime(10 * 60_000);
      expect(warmed?.terminated).toBe(false);
      startExportWorkerAhead();
      expect(takeExportWorker()).toBe(warmed);
      expect(RecordedWorker.made).toHaveLength(1);
    });

    it('warms no worker once the menu started one or an export claimed one', async () => {
      const before: ((start: typeof ExportWorkerStart) => unknown)[] = [
        (start) => start.startExportWorkerAhead(),
        (start) => start.takeExportWorker(),
      ];
      for (const startWorker of before) {
        RecordedWorker.made = [];
        const start = await loadStart();
        start.warmExportWorkerWhenIdle();
        startWorker(start);
        vi.advanceTimersByTime(60_000);
        expect(RecordedWorker.made).toHaveLength(1);
        expect(RecordedWorker.made[0]?.posted).toEqual([]);
      }
    });
  });
});
