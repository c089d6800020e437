import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeReport } from '@/export/serializeReport';
import { exportFileOf, runExportTask } from '@/files/runExportTask';
import type { DocxFigures } from '@/export/docxFigureImage';
import type {
  ExportWorkerMessage,
  ExportWorkerRequest,
  ExportWorkerTask,
} from '@/files/exportWorkerProtocol';
import { createExampleReport } from '@/model/createExampleReport';
import { unpackPlotPoints } from '@/model/packedPlotPoints';
import type { Report } from '@/model/reportSchema';
import { restoreReportFromText } from '@/model/restoreReport';

const { saveAs } = vi.hoisted(() => ({ saveAs: vi.fn<(blob: Blob, name: string) => void>() }));
vi.mock('file-saver', () => ({ saveAs }));

const example = createExampleReport();

function savedFile(): { blob: Blob; name: string } {
  const [blob, name] = saveAs.mock.calls.at(-1) ?? [];
  if (blob === undefined || name === undefined) throw new Error('Nothing was saved');
  return { blob, name };
}

/** Stands in for the module worker: answers with the protocol's messages, as exportWorker.ts does. */
class FakeExportWorker extends EventTarget {
  static failWith: string | undefined;
  static created: { url: string; options: WorkerOptions | undefined }[] = [];
  static tasks: string[] = [];
  terminated = false;

  constructor(url: URL, options?: WorkerOptions) {
    super();
    FakeExportWorker.created.push({ url: url.pathname, options });
  }

  preparedReport: Report | undefined;

  figuresToFollow = new Map<number, (figures: DocxFigures) => void>();

  postMessage(request: ExportWorkerRequest): void {
    if (request.type === 'prepare') {
      this.preparedReport = unpackPlotPoints(request.packed);
      return;
    }
    if (request.type === 'figures') {
      this.figuresToFollow.get(request.id)?.(request.figures);
      return;
    }
    if (request.type === 'warm' || request.type === 'stop-warm-up') {
      FakeExportWorker.tasks.push(request.type);
      return;
    }
    const { id } = request;
    const task: ExportWorkerTask =
      request.task.format === 'docx' && 'sizes' in request.task.figures
        ? {
            ...request.task,
            figures: {
              sizes: request.task.figures.sizes,
              figures: new Promise((resolve) => this.figuresToFollow.set(id, resolve)),
            },
          }
        : (request.task as ExportWorkerTask);
    FakeExportWorker.tasks.push(task.format);
    const report =
      request.packed === undefined ? this.preparedReport : unpackPlotPoints(request.packed);
    const reply = (message: ExportWorkerMessage) =>
      this.dispatchEvent(new MessageEvent('message', { data: message }));
    if (FakeExportWorker.failWith !== undefined || report === undefined) {
      reply({ id, type: 'error', message: FakeExportWorker.failWith ?? 'no report' });
      return;
    }
    void runExportTask(task, report, (stage) => reply({ id, type: 'progress', stage })).then(
      (result) => reply({ id, type: 'done', result: exportFileOf(result) }),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

// A fresh module per test: exportReport keeps its worker between exports.
async function loadExportReportModule() {
  vi.resetModules();
  return import('@/files/exportReport');
}

beforeEach(() => {
  saveAs.mockClear();
  FakeExportWorker.failWith = undefined;
  FakeExportWorker.created = [];
  FakeExportWorker.tasks = [];
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('exportReport', () => {
  it('saves Markdown as UTF-8 text/markdown under the report file name', async () => {
    const { exportReport } = await loadExportReportModule();
    const stages: string[] = [];
    await exportReport('markdown', example, (stage) => stages.push(stage));
    const { blob, name } = savedFile();
    expect(name).toBe('four-fine-tuning-strategies-for-banking-intent-v1.1.md');
    expect(blob.type).toBe('text/markdown;charset=utf-8');
    expect(await blob.text()).toMatch(/^---\ntitle: "Four fine-tuning/u);
    expect(stages).toEqual(['Writing Markdown…', 'Saving…']);
  });

  it('saves Markdown with its figures as a .zip of report.md and figures/*.svg', async () => {
    const { exportReport } = await loadExportReportModule();
    await exportReport('markdown-zip', example);
    const { blob, name } = savedFile();
    expect(name).toBe('four-fine-tuning-strategies-for-banking-intent-v1.1.zip');
    expect(blob.type).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).toContain('report.md');
    expect(Object.keys(files).filter((path) => path.startsWith('figures/'))).toHaveLength(
      example.results.plots.length,
    );
  });

  it('saves a JSON draft that imports as the same report', async () => {
    const { exportReport } = await loadExportReportModule();
    await exportReport('json', example);
    const { blob, name } = savedFile();
    expect(name).toMatch(/-v1\.1\.json$/u);
    expect(blob.type).toBe('application/json');
    const restored = restoreReportFromText(await blob.text());
    expect(restored.ok && restored.report).toEqual(example);
  });

  it('builds the DOCX in a module worker and saves its bytes', async () => {
    const { exportReport } = await loadExportReportModule();
    vi.stubGlobal('Worker', FakeExportWorker);
    const stages: string[] = [];
    await exportReport('docx', example, (stage) => stages.push(stage));
    const { blob, name } = savedFile();
    expect(name).toMatch(/-v1\.1\.docx$/u);
    expect(blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(new Uint8Array(await blob.arrayBuffer()).subarray(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
    expect(FakeExportWorker.created).toEqual([
      { url: expect.stringMatching(/exportWorker\.ts$/u), options: { type: 'module' } },
    ]);
    expect(stages).toEqual(['Building the Word document…', 'Saving…']);
  });

  it('builds Markdown and the Markdown zip in the same worker as Word', async () => {
    const { exportReport } = await loadExportReportModule();
    vi.stubGlobal('Worker', FakeExportWorker);
    const stages: string[] = [];
    await exportReport('markdown', example, (stage) => stages.push(stage));
    expect(await savedFile().blob.text()).toMatch(/^---\ntitle: "Four fine-tuning/u);
    await exportReport('markdown-zip', example);
    expect(savedFile().name).toMatch(/\.zip$/u);
    await exportReport('docx', example);
    expect(FakeExportWorker.created).toHaveLength(1);
    expect(stages).toEqual(['Writing Markdown…', 'Saving…']);
  });

  it('prepares the worker with the report, only where there are workers', async () => {
    const { exportReport, prepareExport } = await loadExportReportModule();
    vi.stubGlobal('Worker', undefined);
    prepareExport(example);
    vi.stubGlobal('Worker', FakeExportWorker);
    prepareExport(example);
    prepareExport(example);
    expect(FakeExportWorker.created).toEqual([
      { url: expect.stringMatching(/exportWorker\.ts$/u), options: { type: 'module' } },
    ]);
    await exportReport('markdown', example);
    expect(await savedFile().blob.text()).toMatch(/^---\ntitle: "Four fine-tuning/u);
  });

  it('has the worker write the JSON draft, and saves the same draft serializeReport writes', async () => {
    const { exportReport, prepareExport } = await loadExportReportModule();
    vi.stubGlobal('Worker', FakeExportWorker);
    prepareExport(example);
    await exportReport('json', example);
    const text = await savedFile().blob.text();
    const { exportedAt } = JSON.parse(text) as { exportedAt: string };
    expect(text).toBe(serializeReport(example, exportedAt));
    expect(FakeExportWorker.tasks).toEqual(['json']);
  });

  it('sends the worker the report as it is now when it holds an older one', async () => {
    const { exportReport, prepareExport } = await loadExportReportModule();
    vi.stubGlobal('Worker', FakeExportWorker);
    prepareExport(example);
    const changed = { ...example, titlePage: { ...example.titlePage, title: 'Changed' } };
    await exportReport('json', changed);
    const text = await savedFile().blob.text();
    const { exportedAt } = JSON.parse(text) as { exportedAt: string };
    expect(text).toBe(serializeReport(changed, exportedAt));
    expect(FakeExportWorker.tasks).toEqual(['json']);
  });

  it('rejects with the worker error and saves nothing', async () => {
    const { exportReport } = await loadExportReportModule();
    vi.stubGlobal('Worker', FakeExportWorker);
    FakeExportWorker.failWith = 'out of memory';
    await expect(exportReport('docx', example)).rejects.toThrow('out of memory');
    expect(saveAs).not.toHaveBeenCalled();
  });

  it('builds the DOCX on the page where there is no Worker', async () => {
    const { exportReport } = await loadExportReportModule();
    vi.stubGlobal('Worker', undefined);
    await exportReport('docx', example);
    expect(savedFile().blob.size).toBeGreaterThan(10_000);
  });
});
