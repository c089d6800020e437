import { markdownFigureDataUri } from '@/export/markdownFigureDataUri';
import type { Report } from '@/model/reportSchema';
import { yieldToMainThread } from '@/platform/yieldToMainThread';

const encoder = new TextEncoder();

/**
 * The Markdown figure address of every plot, by plot index, in UTF-8, drawn on the page a plot per
 * task while the export worker writes the text: each takes a few milliseconds, together about half
 * of the Markdown export. Encoded in the same task, so building the file is a copy of bytes. Stops
 * before the next plot once `signal` is aborted, with the addresses drawn until then.
 */
export async function drawMarkdownFigures(
  report: Report,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const addresses: Uint8Array<ArrayBuffer>[] = [];
  for (const plot of report.results.plots) {
    await yieldToMainThread();
    if (signal?.aborted === true) break;
    addresses.push(encoder.encode(markdownFigureDataUri(report, plot)));
  }
  return addresses;
}

let drawnAhead:
  | { report: Report; figures: Promise<Uint8Array<ArrayBuffer>[]>; drawing: AbortController }
  | undefined;

/**
 * Starts drawing the report's figures while the Export menu is open, as the worker writes its JSON
 * draft, so that picking Markdown finds them drawn or under way.
 */
export function drawMarkdownFiguresAhead(report: Report): void {
  if (drawnAhead?.report === report) return;
  stopMarkdownFiguresAhead();
  const drawing = new AbortController();
  drawnAhead = { report, figures: drawMarkdownFigures(report, drawing.signal), drawing };
}

/**
 * Another format was picked: the figures still to draw ahead are dropped. Each resumes ahead of
 * the page's other tasks (scheduler.yield), so they would hold up the export that was picked.
 */
export function stopMarkdownFiguresAhead(): void {
  drawnAhead?.drawing.abort();
  drawnAhead = undefined;
}

/**
 * This report's figures, drawn ahead if they were, else now; figures drawn ahead for another
 * report (text committed as Markdown was picked) stop, as they would hold up these.
 */
export function takeMarkdownFigures(report: Report): Promise<Uint8Array<ArrayBuffer>[]> {
  const ahead = drawnAhead;
  if (ahead?.report !== report) {
    stopMarkdownFiguresAhead();
    return drawMarkdownFigures(report);
  }
  drawnAhead = undefined;
  return ahead.figures;
}
