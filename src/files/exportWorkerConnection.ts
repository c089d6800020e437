import { packedPointLists, packPlotPoints, type PackedReport } from '@/model/packedPlotPoints';
import type { Report } from '@/model/reportSchema';
import type { DocxFigureImage, DocxFigures } from '@/export/docxFigureImage';
import type {
  ExportWorkerMessage,
  ExportWorkerRequest,
  ExportWorkerFile,
  ExportWorkerFiles,
  ExportWorkerTask,
  PostedExportTask,
} from './exportWorkerProtocol';

/** The export worker, started on demand and kept while exports follow each other. */
export interface ExportWorkerConnection {
  /**
   * Starts the worker and copies the report to it, so that neither waits for the export itself:
   * copying a large report to the worker takes as long as a frame or two.
   */
  prepare(report: Report): void;
  /** Whether the worker holds this report from `prepare`, so a build need not copy it. */
  holds(report: Report): boolean;
  /** The task's result, from the worker; rejects with the worker's error. */
  build<Task extends ExportWorkerTask>(
    task: Task,
    report: Report,
    onProgress: (stage: string) => void,
  ): Promise<ExportWorkerFiles[Task['format']]>;
}

/** The PNGs' buffers, handed over instead of copied. */
function figureBuffers(figures: DocxFigures): Transferable[] {
  return [...figures.values()].map((figure) => figure.png.buffer);
}

/**
 * The task as it can be posted, the Word figures that go with it, and those that follow: figures
 * still being drawn go as their sizes, and are sent when drawn.
 */
function postedTask(task: ExportWorkerTask): {
  posted: PostedExportTask;
  figures: DocxFigures;
  following: Promise<DocxFigures> | undefined;
} {
  const none = new Map<string, DocxFigureImage>();
  if (task.format !== 'docx') return { posted: task, figures: none, following: undefined };
  const { figures } = task;
  if (!('sizes' in figures)) return { posted: { ...task, figures }, figures, following: undefined };
  return {
    posted: { ...task, figures: { sizes: figures.sizes } },
    figures: none,
    following: figures.figures,
  };
}

interface PendingExport {
  resolve: (result: ExportWorkerFile) => void;
  reject: (error: Error) => void;
  onProgress: (stage: string) => void;
}

/**
 * One worker for every export. It stays up for `idleMilliseconds` after the last one, so a second
 * export, or the one the open Export menu prepared for, does not wait for the worker to load.
 */
export function createExportWorkerConnection(
  createWorker: () => Worker,
  idleMilliseconds: number,
): ExportWorkerConnection {
  let worker: Worker | undefined;
  // The report the worker holds; reports are replaced, never changed, so the same object is the same report.
  let preparedReport: Report | undefined;
  let nextId = 1;
  const pending = new Map<number, PendingExport>();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    worker?.terminate();
    worker = undefined;
    preparedReport = undefined;
  };
  const stopWhenIdle = (): void => {
    clearTimeout(idleTimer);
    idleTimer = pending.size === 0 ? setTimeout(stop, idleMilliseconds) : undefined;
  };
  const failAll = (error: Error): void => {
    const waiting = [...pending.values()];
    pending.clear();
    stop();
    for (const { reject } of waiting) reject(error);
  };
  const start = (): Worker => {
    if (worker !== undefined) return worker;
    const started = createWorker();
    started.addEventListener('message', (event: MessageEvent<ExportWorkerMessage>) => {
      const message = event.data;
      const waiting = pending.get(message.id);
      if (waiting === undefined) return;
      if (message.type === 'progress') {
        waiting.onProgress(message.stage);
        return;
      }
      pending.delete(message.id);
      if (message.type === 'done') waiting.resolve(message.result);
      else waiting.reject(new Error(message.message));
      stopWhenIdle();
    });
    // A worker that fails to load or crashes is dropped; the next export starts a new one.
    started.addEventListener('error', (event: ErrorEvent) =>
      failAll(new Error(event.message || 'The export stopped unexpectedly.')),
    );
    started.addEventListener('messageerror', () =>
      failAll(new Error('The export could not be read back from its worker.')),
    );
    worker = started;
    return started;
  };
  const post = (target: Worker, request: ExportWorkerRequest, transfer: Transferable[] = []) =>
    target.postMessage(request, transfer);
  /**
   * The report packed, its points copied and the copies handed over: a structured copy of 25 MB
   * of points held the page some 270 ms, a plain copy of memory takes a few.
   */
  const packedCopy = (report: Report): { packed: PackedReport; transfer: Transferable[] } => {
    const { report: withoutPoints, packedPoints } = packPlotPoints(report, packedPointLists);
    const copies = packedPoints.map((values) => values.slice());
    return {
      packed: { report: withoutPoints, packedPoints: copies },
      transfer: copies.map((values) => values.buffer),
    };
  };

  return {
    prepare(report) {
      const target = start();
      if (report !== preparedReport) {
        const { packed, transfer } = packedCopy(report);
        post(target, { type: 'prepare', packed }, transfer);
      }
      preparedReport = report;
      if (pending.size === 0) stopWhenIdle();
    },
    holds(report) {
      return worker !== undefined && report === preparedReport;
    },
    build<Task extends ExportWorkerTask>(
      task: Task,
      report: Report,
      onProgress: (stage: string) => void,
    ) {
      const target = start();
      clearTimeout(idleTimer);
      const id = nextId;
      nextId += 1;
      return new Promise<ExportWorkerFiles[Task['format']]>((resolve, reject) => {
        // The worker answers a task with the file for its format.
        const resolveResult = (result: ExportWorkerFile) =>
          resolve(result as ExportWorkerFiles[Task['format']]);
        pending.set(id, { resolve: resolveResult, reject, onProgress });
        const sent = report === preparedReport ? undefined : packedCopy(report);
        const { posted, figures, following } = postedTask(task);
        post(target, { type: 'build', id, task: posted, packed: sent?.packed }, [
          ...figureBuffers(figures),
          ...(sent?.transfer ?? []),
        ]);
        // Sent as soon as drawn; a worker gone by then has answered the build already.
        void following
          ?.catch((error: unknown) => {
            console.warn('The figures could not be drawn for Word:', error);
            return new Map<string, DocxFigureImage>();
          })
          .then((drawn) =>
            post(target, { type: 'figures', id, figures: drawn }, figureBuffers(drawn)),
          );
      });
    },
  };
}
