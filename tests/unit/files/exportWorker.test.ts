import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportWorkerMessage, ExportWorkerRequest } from '@/files/exportWorkerProtocol';
import type * as PackDocxModule from '@/export/packDocx';
import { buildMarkdownWithFigureSlots } from '@/export/buildMarkdownWithFigureSlots';
import { serializeReport } from '@/export/serializeReport';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';
import { packPlotPoints } from '@/model/packedPlotPoints';
import { fakeFigureImages } from '../export/support/fakeFigureImages';

type Listener = (event: { data: ExportWorkerRequest }) => void;

const report = createExampleReport();

async function startWorker(): Promise<{
  request: (request: ExportWorkerRequest) => void;
  answer: (id: number) => Promise<ExportWorkerMessage>;
  sent: ExportWorkerMessage[];
}> {
  const listeners: Listener[] = [];
  const sent: ExportWorkerMessage[] = [];
  vi.stubGlobal('self', {
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') listeners.push(listener);
    },
    postMessage: (message: ExportWorkerMessage) => sent.push(message),
  });
  await import('@/files/exportWorker');
  return {
    sent,
    request: (request) => {
      for (const listener of listeners) listener({ data: request });
    },
    answer: async (id) => {
      await vi.waitFor(() => {
        if (!sent.some((message) => message.id === id && message.type !== 'progress'))
          throw new Error('No answer yet');
      });
      const answer = sent.find((message) => message.id === id && message.type !== 'progress');
      if (answer === undefined) throw new Error('No answer');
      return answer;
    },
  };
}

/**
 * Sends a request and runs at once what the worker writes ahead after it, a timer task a step,
 * instead of waiting for those tasks: a wait long enough on a busy machine cannot be told.
 */
function writeAheadNow(send: () => void): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    send();
    vi.runAllTimers();
  } finally {
    vi.useRealTimers();
  }
}

/** The file a build answered with: a Blob, so the page never copies the bytes into one itself. */
async function answeredFile(answer: ExportWorkerMessage): Promise<Uint8Array> {
  if (answer.type !== 'done' || !(answer.result instanceof Blob))
    throw new Error(`Expected a file, got ${JSON.stringify(answer)}`);
  return new Uint8Array(await answer.result.arrayBuffer());
}

async function answeredText(answer: ExportWorkerMessage): Promise<string> {
  return new TextDecoder().decode(await answeredFile(answer));
}

describe('exportWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('writes the Markdown of the report it is sent, with progress, leaving the figures out', async () => {
    const worker = await startWorker();
    worker.request({
      type: 'build',
      id: 1,
      task: { format: 'markdown' },
      packed: packPlotPoints(report),
    });
    const answer = await worker.answer(1);
    expect(worker.sent[0]).toEqual({ id: 1, type: 'progress', stage: 'Writing Markdown…' });
    const { pieces, plotIndices } = buildMarkdownWithFigureSlots(report);
    expect(answer).toEqual({
      id: 1,
      type: 'done',
      result: { pieces: pieces.map((piece) => new TextEncoder().encode(piece)), plotIndices },
    });
  });

  it('writes the JSON draft as one file, whose text is serializeReport', async () => {
    const worker = await startWorker();
    const exportedAt = '2026-12-03T00:00:00.000Z';
    worker.request({
      type: 'build',
      id: 1,
      task: { format: 'json', exportedAt },
      packed: packPlotPoints(report),
    });
    expect(await answeredText(await worker.answer(1))).toBe(serializeReport(report, exportedAt));
  });

  it('builds the prepared report when a build comes without one', async () => {
    const worker = await startWorker();
    worker.request({ type: 'build', id: 1, task: { format: 'markdown-zip' }, packed: undefined });
    expect(await worker.answer(1)).toEqual({
      id: 1,
      type: 'error',
      message: 'The export worker was given no report.',
    });
    worker.request({ type: 'prepare', packed: packPlotPoints(report) });
    worker.request({ type: 'build', id: 2, task: { format: 'markdown-zip' }, packed: undefined });
    const bytes = await answeredFile(await worker.answer(2));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('hands over the JSON draft written while the menu was open to each export of it, stamped with its time', async () => {
    const worker = await startWorker();
    writeAheadNow(() => worker.request({ type: 'prepare', packed: packPlotPoints(report) }));
    const counters: Record<string, number> = {};
    vi.stubGlobal('__mlReportStudioCounters', counters);
    const exportJson = (
      id: number,
      exportedAt: string,
      packed?: ReturnType<typeof packPlotPoints>,
    ): void => worker.request({ type: 'build', id, task: { format: 'json', exportedAt }, packed });
    const messagesOf = (id: number) => worker.sent.filter((message) => message.id === id);
    /** Serializations by the worker: each check below writes the expected text once. */
    let checks = 0;
    const expectDraft = async (id: number, written: Report, exportedAt: string) => {
      expect(await answeredText(await worker.answer(id))).toBe(
        serializeReport(written, exportedAt),
      );
      checks += 1;
    };
    const workerSerializations = () => (counters['documentSerialization'] ?? 0) - checks;

    const first = '2026-12-03T17:00:00.000Z';
    exportJson(1, first);
    await expectDraft(1, report, first);
    // Written before the export: no "Writing JSON…", nothing serialized for it.
    expect(messagesOf(1)).toHaveLength(1);
    expect(workerSerializations()).toBe(0);
    // The same report again: the draft kept, stamped with the new time over the old one.
    const second = '2026-12-03T17:05:00.000Z';
    exportJson(2, second);
    await expectDraft(2, report, second);
    expect(messagesOf(2)).toHaveLength(1);
    expect(workerSerializations()).toBe(0);
    // A report changed since the menu opened is written as it is now, and not kept for the other.
    const changed = { ...report, titlePage: { ...report.titlePage, title: 'Changed since' } };
    exportJson(3, second, packPlotPoints(changed));
    await expectDraft(3, changed, second);
    expect(messagesOf(3)).toHaveLength(2);
    expect(workerSerializations()).toBe(1);
    exportJson(4, first);
    await expectDraft(4, report, first);
    expect(workerSerializations()).toBe(1);
    // A newly prepared report exported before its draft was written ahead: written once, then kept.
    worker.request({ type: 'prepare', packed: packPlotPoints(changed) });
    exportJson(5, first);
    await expectDraft(5, changed, first);
    expect(messagesOf(5)).toHaveLength(2);
    expect(workerSerializations()).toBe(2);
    exportJson(6, second);
    await expectDraft(6, changed, second);
    expect(messagesOf(6)).toHaveLength(1);
    expect(workerSerializations()).toBe(2);
  });

  it('writes nothing ahead while a Word build runs, and the JSON draft once it is done', async () => {
    const worker = await startWorker();
    const counters: Record<string, number> = {};
    vi.stubGlobal('__mlReportStudioCounters', counters);
    worker.request({ type: 'prepare', packed: packPlotPoints(report) });
    worker.request({
      type: 'build',
      id: 1,
      task: { format: 'docx', figures: new Map() },
      packed: undefined,
    });
    await vi.waitFor(() =>
      expect(worker.sent).toContainEqual({
        id: 1,
        type: 'progress',
        stage: 'Building the Word document…',
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(counters['documentSerialization'] ?? 0).toBe(0);
    const bytes = await answeredFile(await worker.answer(1));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    await vi.waitFor(() => expect(counters['documentSerialization']).toBe(1));
  });

  describe('warm-up', () => {
    /** Titles of the reports built in Word, in the order their builds started and ended. */
    let started: string[];
    let built: string[];
    beforeEach(() => {
      started = [];
      built = [];
      vi.doMock('@/export/packDocx', async (importOriginal) => {
        const original = await importOriginal<typeof PackDocxModule>();
        const packDocx: typeof original.packDocx = async (...args) => {
          started.push(args[0].titlePage.title);
          const bytes = await original.packDocx(...args);
          built.push(args[0].titlePage.title);
          return bytes;
        };
        return { ...original, packDocx };
      });
    });
    afterEach(() => {
      vi.doUnmock('@/export/packDocx');
    });

    // Six builds of the example: about 3 s in Node on an idle 2-core machine.
    it(
      'builds the example in Word six times and answers nothing',
      { timeout: 60_000 },
      async () => {
        const worker = await startWorker();
        worker.request({ type: 'warm' });
        await vi.waitFor(() => expect(built).toHaveLength(6), { timeout: 50_000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(started).toEqual(Array.from({ length: 6 }, () => report.titlePage.title));
        expect(worker.sent).toEqual([]);
      },
    );

    it('stops after the build under way when the person is back at work', async () => {
      const worker = await startWorker();
      worker.request({ type: 'warm' });
      worker.request({ type: 'stop-warm-up' });
      await vi.waitFor(() => expect(built).toHaveLength(1), { timeout: 20_000 });
      // A next build would start in a task of its own, at once.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(started).toEqual([report.titlePage.title]);
      expect(worker.sent).toEqual([]);
    });

    it('stops after the build under way once a report comes, then writes ahead and builds what was sent', async () => {
      const worker = await startWorker();
      const counters: Record<string, number> = {};
      vi.stubGlobal('__mlReportStudioCounters', counters);
      const changed = { ...report, titlePage: { ...report.titlePage, title: 'After the warm-up' } };
      worker.request({ type: 'warm' });
      worker.request({ type: 'prepare', packed: packPlotPoints(changed) });
      // The JSON draft is written ahead once the warm-up has ended.
      await vi.waitFor(() => expect(counters['documentSerialization']).toBe(1), {
        timeout: 20_000,
      });
      expect(built).toEqual([report.titlePage.title]);
      worker.request({
        type: 'build',
        id: 1,
        task: { format: 'docx', figures: new Map() },
        packed: undefined,
      });
      const bytes = await answeredFile(await worker.answer(1));
      const documentXml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
      expect(documentXml).toContain('After the warm-up');
      expect(documentXml).not.toContain(report.titlePage.title);
      expect(built).toEqual([report.titlePage.title, 'After the warm-up']);
      expect(new Set(worker.sent.map(({ id }) => id))).toEqual(new Set([1]));
    });
  });

  it('builds Word while the figures are drawn, and answers once they have come', async () => {
    const worker = await startWorker();
    worker.request({ type: 'prepare', packed: packPlotPoints(report) });
    const figures = fakeFigureImages(report);
    const sizes = new Map(
      [...figures].map(([plotId, { widthPx, heightPx }]) => [plotId, { widthPx, heightPx }]),
    );
    worker.request({
      type: 'build',
      id: 1,
      task: { format: 'docx', figures: { sizes } },
      packed: undefined,
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(worker.sent.filter((message) => message.id === 1).map(({ type }) => type)).toEqual([
      'progress',
    ]);
    worker.request({ type: 'figures', id: 1, figures });
    const bytes = await answeredFile(await worker.answer(1));
    const media = Object.entries(unzipSync(bytes))
      .filter(([path]) => path.startsWith('word/media/'))
      .map(([, data]) => data);
    expect(media).toEqual([...figures.values()].map(({ png }) => png));
  });

  it('hands over the Markdown written for the prepared report to each export of it, and only for that report', async () => {
    const worker = await startWorker();
    writeAheadNow(() => worker.request({ type: 'prepare', packed: packPlotPoints(report) }));
    const expected = (written: typeof report) => {
      const { pieces, plotIndices } = buildMarkdownWithFigureSlots(written);
      return { pieces: pieces.map((piece) => new TextEncoder().encode(piece)), plotIndices };
    };
    const exportMarkdown = (id: number, packed?: ReturnType<typeof packPlotPoints>): void =>
      worker.request({ type: 'build', id, task: { format: 'markdown' }, packed });
    const messagesOf = (id: number) => worker.sent.filter((message) => message.id === id);
    exportMarkdown(1);
    expect(await worker.answer(1)).toEqual({ id: 1, type: 'done', result: expected(report) });
    // Written ahead: no "Writing Markdown…" was needed.
    expect(messagesOf(1)).toHaveLength(1);
    // The same report again: the text kept, copied, since the first export's bytes went to the page.
    exportMarkdown(2);
    expect(await worker.answer(2)).toEqual({ id: 2, type: 'done', result: expected(report) });
    expect(messagesOf(2)).toHaveLength(1);
    // A report changed since the menu opened is written as it is now, and not kept for the other.
    const changed = { ...report, titlePage: { ...report.titlePage, title: 'Changed since' } };
    exportMarkdown(3, packPlotPoints(changed));
    expect(await worker.answer(3)).toEqual({ id: 3, type: 'done', result: expected(changed) });
    expect(messagesOf(3)).toHaveLength(2);
    exportMarkdown(4);
    expect(await worker.answer(4)).toEqual({ id: 4, type: 'done', result: expected(report) });
    expect(messagesOf(4)).toHaveLength(1);
    // A newly prepared report built before its text was written ahead: written once, then kept.
    worker.request({ type: 'prepare', packed: packPlotPoints(changed) });
    exportMarkdown(5);
    expect(await worker.answer(5)).toEqual({ id: 5, type: 'done', result: expected(changed) });
    expect(messagesOf(5)).toHaveLength(2);
    exportMarkdown(6);
    expect(await worker.answer(6)).toEqual({ id: 6, type: 'done', result: expected(changed) });
    expect(messagesOf(6)).toHaveLength(1);
  });
});
