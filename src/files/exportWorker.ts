import { stampExportedAt, writeJsonDraftAhead } from '@/export/jsonDraftAhead';
import { buildMarkdownWithFigureSlots } from '@/export/buildMarkdownWithFigureSlots';
import { docxFigureSize } from '@/export/docxFigureSize';
import { packDocx, preloadDocxLayout } from '@/export/packDocx';
import { createExampleReport } from '@/model/createExampleReport';
import { unpackPlotPoints } from '@/model/packedPlotPoints';
import type { Report } from '@/model/reportSchema';
import type { DocxFigures } from '@/export/docxFigureImage';
import type {
  ExportWorkerMessage,
  ExportWorkerRequest,
  ExportWorkerResult,
  ExportWorkerResults,
  ExportWorkerTask,
  PostedExportTask,
} from './exportWorkerProtocol';
import { encodeMarkdown, exportFileOf, runExportTask } from './runExportTask';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Fetched while the first message, the prepared report, is read: a Word export waits for it.
preloadDocxLayout();
let preparedReport: Report | undefined;
/**
 * The prepared report's JSON draft, written while the Export menu is open or by the first JSON
 * export of it, kept while that report stays prepared: each export stamps its own time into it.
 */
let draftWritten: { report: Report; parts: Uint8Array[] } | undefined;
/**
 * The prepared report's Markdown text, written after its JSON draft or by the last Markdown export
 * of it, kept while that report stays prepared: the same report gives the same text, and each
 * export takes a copy of it.
 */
let markdownWritten: { report: Report; result: ExportWorkerResults['markdown'] } | undefined;
/** What is left to write ahead for the prepared report, a task each. */
let aheadSteps: (() => void)[] = [];
let aheadTimer: ReturnType<typeof setTimeout> | undefined;
/** Builds not yet answered: a Word build takes seconds, and the user is waiting for it. */
let buildsRunning = 0;

/**
 * The next step written ahead, after the messages already waiting (a build sent at once goes
 * first). Steps wait while a build runs: the user is waiting for that one.
 */
function writeNextAheadSoon(): void {
  clearTimeout(aheadTimer);
  if (buildsRunning > 0 || aheadSteps.length === 0) return;
  aheadTimer = setTimeout(() => {
    if (buildsRunning > 0) return;
    aheadSteps.shift()?.();
    writeNextAheadSoon();
  }, 0);
}

/**
 * Writes the prepared report's JSON draft, then in a task of its own its Markdown text, so picking
 * JSON or Markdown finds it written. The first Markdown build in a worker takes about three times
 * as long as the next ones.
 */
function writeAheadSoon(report: Report): void {
  draftWritten = undefined;
  markdownWritten = undefined;
  aheadSteps = [
    () => {
      if (preparedReport === report && draftWritten?.report !== report)
        draftWritten = { report, parts: writeJsonDraftAhead(report) };
    },
    () => {
      if (preparedReport === report && markdownWritten?.report !== report)
        markdownWritten = { report, result: encodeMarkdown(buildMarkdownWithFigureSlots(report)) };
    },
  ];
  writeNextAheadSoon();
}

function copyMarkdown(result: ExportWorkerResults['markdown']): ExportWorkerResults['markdown'] {
  return {
    pieces: result.pieces.map((piece) => piece.slice()),
    plotIndices: [...result.plotIndices],
  };
}

/** A copy of the Markdown already written for this report, if there is one. */
function takeMarkdownWritten(report: Report): ExportWorkerResults['markdown'] | undefined {
  return markdownWritten?.report === report ? copyMarkdown(markdownWritten.result) : undefined;
}

/**
 * Keeps what an export just wrote for the prepared report: a copy of its Markdown (the export
 * hands the original's buffers over) or its JSON draft (the file sent is a Blob, a copy of it).
 */
function keepWritten(
  report: Report,
  format: ExportWorkerTask['format'],
  result: ExportWorkerResult,
): void {
  if (report !== preparedReport) return;
  if (format === 'json' && Array.isArray(result)) draftWritten = { report, parts: result };
  else if (format === 'markdown' && !(result instanceof Uint8Array) && !Array.isArray(result))
    markdownWritten = { report, result: copyMarkdown(result) };
}

/** The draft written for this report, stamped with this export's time, if there is one. */
function stampedDraftWritten(report: Report, exportedAt: string): Uint8Array[] | undefined {
  if (draftWritten?.report !== report || !stampExportedAt(draftWritten.parts, exportedAt))
    return undefined;
  return draftWritten.parts;
}

function send(message: ExportWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, { transfer });
}

/** Sends a result as the page takes it; Markdown's buffers are handed over, not copied. */
function sendDone(id: number, result: ExportWorkerResult): void {
  const file = exportFileOf(result);
  send(
    { id, type: 'done', result: file },
    file instanceof Blob ? [] : file.pieces.map((bytes) => bytes.buffer),
  );
}

/** The Word builds whose figures are still being drawn on the page, by build id. */
const figuresToFollow = new Map<number, (figures: DocxFigures) => void>();

/** The task to run; figures sent as sizes only are a promise of the `figures` request to come. */
function receivedTask(id: number, posted: PostedExportTask): ExportWorkerTask {
  if (posted.format !== 'docx') return posted;
  const sent = posted.figures;
  if (!('sizes' in sent)) return { ...posted, figures: sent };
  const figures = new Promise<DocxFigures>((resolve) => figuresToFollow.set(id, resolve));
  return { ...posted, figures: { sizes: sent.sizes, figures } };
}

/**
 * How many times the warm-up builds the example's Word file. Each build runs the page layout's code
 * further toward optimized: after one, three and six builds of the example (0.8, 2.0 and 3.0 s),
 * the large report's Word file took 2.5, 2.2 and 1.7 s to build in Node, against 3.4 s first.
 * The builds after the first stop when the person is back at work, so more cost only idle time.
 */
const warmUpBuilds = 6;
/**
 * Builds of the warm-up still to run; any export or report sent, or the person back at work on
 * the page (`stop-warm-up`), stops the rest.
 */
let warmUpBuildsLeft = 0;

/**
 * Builds the example's Word file, with stand-ins for its figures, and drops it, a few times: a
 * first build runs the page layout's code before the engine has optimized it. Each build starts in
 * a task of its own, so a message sent meanwhile is read before the next.
 */
async function warmUp(): Promise<void> {
  const example = createExampleReport();
  const standIn = new TextEncoder().encode('warm-up');
  const figures: DocxFigures = new Map(
    example.results.plots.map((plot) => [plot.id, { png: standIn, ...docxFigureSize }]),
  );
  warmUpBuildsLeft = warmUpBuilds;
  buildsRunning += 1;
  try {
    while (warmUpBuildsLeft > 0) {
      warmUpBuildsLeft -= 1;
      await packDocx(example, figures);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch {
    // A warm-up that fails costs nothing but the time: the export builds as it would have.
  } finally {
    warmUpBuildsLeft = 0;
    buildsRunning -= 1;
    writeNextAheadSoon();
  }
}

scope.addEventListener('message', (event: MessageEvent<ExportWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'warm') {
    void warmUp();
    return;
  }
  // The person is back at work, or exporting: the warm-up's next build would only hold them up.
  warmUpBuildsLeft = 0;
  if (request.type === 'stop-warm-up') return;
  if (request.type === 'prepare') {
    preparedReport = unpackPlotPoints(request.packed);
    writeAheadSoon(preparedReport);
    return;
  }
  if (request.type === 'figures') {
    figuresToFollow.get(request.id)?.(request.figures);
    figuresToFollow.delete(request.id);
    return;
  }
  const { id } = request;
  const task = receivedTask(id, request.task);
  const report = request.packed === undefined ? preparedReport : unpackPlotPoints(request.packed);
  if (report === undefined) {
    send({ id, type: 'error', message: 'The export worker was given no report.' });
    return;
  }
  const written =
    task.format === 'json'
      ? stampedDraftWritten(report, task.exportedAt)
      : task.format === 'markdown'
        ? takeMarkdownWritten(report)
        : undefined;
  if (written !== undefined) {
    sendDone(id, written);
    return;
  }
  buildsRunning += 1;
  const progress = (stage: string) => send({ id, type: 'progress', stage });
  runExportTask(task, report, progress)
    .then(
      (result) => {
        keepWritten(report, task.format, result);
        sendDone(id, result);
      },
      (error: unknown) =>
        send({
          id,
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    )
    .finally(() => {
      buildsRunning -= 1;
      writeNextAheadSoon();
    });
});
