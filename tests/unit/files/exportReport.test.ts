import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packDocx } from '@/export/packDocx';
import type { DocxWorkerMessage, DocxWorkerRequest } from '@/files/docxWorkerProtocol';
import { exportReport } from '@/files/exportReport';
import { createExampleReport } from '@/model/createExampleReport';
import { restoreReportFromText } from '@/model/restoreReport';

const { saveAs } = vi.hoisted(() => ({ saveAs: vi.fn<(blob: Blob, name: string) => void>() }));
vi.mock('file-saver', () => ({ saveAs }));

const example = createExampleReport();

function savedFile(): { blob: Blob; name: string } {
  const [blob, name] = saveAs.mock.calls.at(-1) ?? [];
  if (blob === undefined || name === undefined) throw new Error('Nothing was saved');
  return { blob, name };
}

/** Stands in for the module worker: answers with the protocol's messages, as docxWorker.ts does. */
class FakeDocxWorker extends EventTarget {
  static failWith: string | undefined;
  static created: { url: string; options: WorkerOptions | undefined }[] = [];
  terminated = false;

  constructor(url: URL, options?: WorkerOptions) {
    super();
    FakeDocxWorker.created.push({ url: url.pathname, options });
  }

  postMessage(request: DocxWorkerRequest): void {
    const reply = (message: DocxWorkerMessage) =>
      this.dispatchEvent(new MessageEvent('message', { data: message }));
    reply({ type: 'progress', stage: 'Building the Word document…' });
    if (FakeDocxWorker.failWith !== undefined) {
      reply({ type: 'error', message: FakeDocxWorker.failWith });
      return;
    }
    void packDocx(request.report, request.figures).then((bytes) => reply({ type: 'done', bytes }));
  }

  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  saveAs.mockClear();
  FakeDocxWorker.failWith = undefined;
  FakeDocxWorker.created = [];
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('exportReport', () => {
  it('saves Markdown as UTF-8 text/markdown under the report file name', async () => {
    const stages: string[] = [];
    await exportReport('markdown', example, (stage) => stages.push(stage));
    const { blob, name } = savedFile();
    expect(name).toBe('four-fine-tuning-strategies-for-banking-intent-v1.1.md');
    expect(blob.type).toBe('text/markdown;charset=utf-8');
    expect(await blob.text()).toMatch(/^---\ntitle: Four fine-tuning/u);
    expect(stages).toEqual(['Writing Markdown…', 'Saving…']);
  });

  it('saves Markdown with its figures as a .zip of report.md and figures/*.svg', async () => {
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
    await exportReport('json', example);
    const { blob, name } = savedFile();
    expect(name).toMatch(/-v1\.1\.json$/u);
    expect(blob.type).toBe('application/json');
    const restored = restoreReportFromText(await blob.text());
    expect(restored.ok && restored.report).toEqual(example);
  });

  it('builds the DOCX in a module worker and saves its bytes', async () => {
    vi.stubGlobal('Worker', FakeDocxWorker);
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
    expect(FakeDocxWorker.created).toEqual([
      { url: expect.stringMatching(/docxWorker\.ts$/u), options: { type: 'module' } },
    ]);
    expect(stages).toEqual(['Drawing the figures…', 'Building the Word document…', 'Saving…']);
  });

  it('rejects with the worker error and saves nothing', async () => {
    vi.stubGlobal('Worker', FakeDocxWorker);
    FakeDocxWorker.failWith = 'out of memory';
    await expect(exportReport('docx', example)).rejects.toThrow('out of memory');
    expect(saveAs).not.toHaveBeenCalled();
  });

  it('builds the DOCX on the page where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    await exportReport('docx', example);
    expect(savedFile().blob.size).toBeGreaterThan(10_000);
  });
});
