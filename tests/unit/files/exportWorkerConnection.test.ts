import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocxFigureImage } from '@/export/docxFigureImage';
import { createExportWorkerConnection } from '@/files/exportWorkerConnection';
import type { ExportWorkerMessage, ExportWorkerRequest } from '@/files/exportWorkerProtocol';
import { createExampleReport } from '@/model/createExampleReport';
import { packedPointLists, packPlotPoints } from '@/model/packedPlotPoints';
import type { Report } from '@/model/reportSchema';

const report = createExampleReport();
/** What the worker is sent for a report: the report with its plot points packed. */
const packed = (sent: Report) => packPlotPoints(sent);
const idleMilliseconds = 1000;

/** Stands in for the module worker: records what it is sent and answers when the test says. */
class FakeWorker extends EventTarget {
  requests: { request: ExportWorkerRequest; transfer: Transferable[] }[] = [];
  terminated = false;

  postMessage(request: ExportWorkerRequest, transfer: Transferable[]): void {
    this.requests.push({ request, transfer });
  }

  answer(message: ExportWorkerMessage): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }

  terminate(): void {
    this.terminated = true;
  }

  builds(): Extract<ExportWorkerRequest, { type: 'build' }>[] {
    return this.requests.flatMap(({ request }) => (request.type === 'build' ? [request] : []));
  }

  lastBuildId(): number {
    const id = this.builds().at(-1)?.id;
    if (id === undefined) throw new Error('Nothing was built');
    return id;
  }
}

let workers: FakeWorker[] = [];

function connect() {
  return createExportWorkerConnection(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  }, idleMilliseconds);
}

function onlyWorker(): FakeWorker {
  const [worker] = workers;
  if (worker === undefined || workers.length !== 1) throw new Error('One worker expected');
  return worker;
}

beforeEach(() => {
  workers = [];
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createExportWorkerConnection', () => {
  it('sends the task with the report, passes progress on and resolves with the bytes', async () => {
    const connection = connect();
    const stages: string[] = [];
    const built = connection.build({ format: 'markdown' }, report, (stage) => stages.push(stage));
    const worker = onlyWorker();
    expect(worker.builds()).toEqual([
      {
        type: 'build',
        id: worker.lastBuildId(),
        task: { format: 'markdown' },
        packed: packed(report),
      },
    ]);
    const id = worker.lastBuildId();
    worker.answer({ id, type: 'progress', stage: 'Writing Markdown…' });
    const file = new Blob(['#']);
    worker.answer({ id, type: 'done', result: file });
    await expect(built).resolves.toBe(file);
    expect(stages).toEqual(['Writing Markdown…']);
  });

  it('sends a prepared report once and builds it without copying it again', () => {
    const connection = connect();
    connection.prepare(report);
    connection.prepare(report);
    void connection.build({ format: 'markdown' }, report, () => {});
    const changed = { ...report };
    void connection.build({ format: 'markdown-zip' }, changed, () => {});
    expect(onlyWorker().requests.map(({ request }) => request)).toEqual([
      { type: 'prepare', packed: packed(report) },
      { type: 'build', id: 1, task: { format: 'markdown' }, packed: undefined },
      { type: 'build', id: 2, task: { format: 'markdown-zip' }, packed: packed(changed) },
    ]);
  });

  it('holds a prepared report while its worker runs', () => {
    const connection = connect();
    expect(connection.holds(report)).toBe(false);
    connection.prepare(report);
    expect(connection.holds(report)).toBe(true);
    expect(connection.holds({ ...report })).toBe(false);
    vi.advanceTimersByTime(idleMilliseconds);
    expect(connection.holds(report)).toBe(false);
  });

  it('pairs each answer with its request', async () => {
    const connection = connect();
    const first = connection.build({ format: 'markdown' }, report, () => {});
    const second = connection.build({ format: 'markdown-zip' }, report, () => {});
    const worker = onlyWorker();
    const [firstId, secondId] = worker.builds().map(({ id }) => id);
    if (firstId === undefined || secondId === undefined) throw new Error('Two builds expected');
    const file = new Blob(['2']);
    worker.answer({ id: secondId, type: 'done', result: file });
    worker.answer({ id: firstId, type: 'error', message: 'out of memory' });
    await expect(second).resolves.toBe(file);
    await expect(first).rejects.toThrow('out of memory');
  });

  it('keeps one worker while exports follow each other and stops it once idle', async () => {
    const connection = connect();
    connection.prepare(report);
    vi.advanceTimersByTime(idleMilliseconds - 1);
    const built = connection.build({ format: 'markdown' }, report, () => {});
    vi.advanceTimersByTime(idleMilliseconds * 5);
    const worker = onlyWorker();
    expect(worker.terminated).toBe(false);
    worker.answer({ id: worker.lastBuildId(), type: 'done', result: new Blob() });
    await built;
    vi.advanceTimersByTime(idleMilliseconds);
    expect(worker.terminated).toBe(true);
    // A new worker has not seen the report.
    connection.prepare(report);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.requests.map(({ request }) => request)).toEqual([
      { type: 'prepare', packed: packed(report) },
    ]);
  });

  it('rejects what was waiting when the worker fails, and starts a new one for the next export', async () => {
    const connection = connect();
    connection.prepare(report);
    const built = connection.build({ format: 'markdown' }, report, () => {});
    onlyWorker().crash('Uncaught ReferenceError: document is not defined');
    await expect(built).rejects.toThrow('document is not defined');
    expect(workers[0]?.terminated).toBe(true);
    void connection.build({ format: 'markdown' }, report, () => {});
    expect(workers).toHaveLength(2);
    expect(workers[1]?.builds()[0]?.packed).toEqual(packed(report));
  });

  it('hands the Word figures over instead of copying them', () => {
    const connection = connect();
    const png = new Uint8Array([137, 80, 78, 71]);
    const figures = new Map([['plot', { png, widthPx: 1, heightPx: 1 }]]);
    void connection.build({ format: 'docx', figures }, report, () => {});
    const [sent] = onlyWorker().requests;
    const points = sent?.request.type === 'build' ? sent.request.packed?.packedPoints : undefined;
    // The report's points go with them, copied once and handed over too.
    expect(sent?.transfer).toEqual([png.buffer, ...(points ?? []).map((values) => values.buffer)]);
    expect(points).toEqual(packed(report).packedPoints);
    expect(points?.length).toBeGreaterThan(0);
  });

  it('sends Word figures still being drawn after the build, by its id, handed over', async () => {
    const connection = connect();
    connection.prepare(report);
    const png = new Uint8Array([137, 80, 78, 71]);
    const sizes = new Map([['plot', { widthPx: 1, heightPx: 1 }]]);
    let deliver: (figures: Map<string, DocxFigureImage>) => void = () => {};
    const figures = new Promise<Map<string, DocxFigureImage>>((resolve) => {
      deliver = resolve;
    });
    void connection.build({ format: 'docx', figures: { sizes, figures } }, report, () => {});
    const worker = onlyWorker();
    const id = worker.lastBuildId();
    expect(worker.requests.at(-1)).toEqual({
      request: {
        type: 'build',
        id,
        task: { format: 'docx', figures: { sizes } },
        packed: undefined,
      },
      transfer: [],
    });
    deliver(new Map([['plot', { png, widthPx: 1, heightPx: 1 }]]));
    await vi.waitFor(() => expect(worker.requests).toHaveLength(3));
    expect(worker.requests.at(-1)).toEqual({
      request: {
        type: 'figures',
        id,
        figures: new Map([['plot', { png, widthPx: 1, heightPx: 1 }]]),
      },
      transfer: [png.buffer],
    });
  });

  it('sends no figures for Word when drawing them failed, so the worker builds without them', async () => {
    const connection = connect();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sizes = new Map([['plot', { widthPx: 1, heightPx: 1 }]]);
    const figures = Promise.reject(new Error('no canvas'));
    void connection.build({ format: 'docx', figures: { sizes, figures } }, report, () => {});
    const worker = onlyWorker();
    await vi.waitFor(() => expect(worker.requests).toHaveLength(2));
    expect(worker.requests.at(-1)?.request).toEqual({
      type: 'figures',
      id: worker.lastBuildId(),
      figures: new Map(),
    });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('hands a prepared report’s points over as copies, keeping its own', () => {
    const connection = connect();
    connection.prepare(report);
    const [sent] = onlyWorker().requests;
    const points = sent?.request.type === 'prepare' ? sent.request.packed.packedPoints : [];
    expect(sent?.transfer).toEqual(points.map((values) => values.buffer));
    expect(points).toEqual(packed(report).packedPoints);
    // Packed once and remembered; what was handed over is a copy of that.
    const remembered = packPlotPoints(report, packedPointLists).packedPoints;
    points.forEach((values, index) => expect(values).not.toBe(remembered[index]));
  });
});
