import { markdownFigureDataUri } from '@/export/markdownFigureDataUri';
import type { Report } from '@/model/reportSchema';
import { yieldToMainThread } from '@/platform/yieldToMainThread';

/**
 * The Markdown figure address of every plot, by plot index, drawn on the page a plot per task
 * while the export worker writes the text: each takes a few milliseconds, together about half
 * of the Markdown export.
 */
export async function drawMarkdownFigures(report: Report): Promise<string[]> {
  const addresses: string[] = [];
  for (const plot of report.results.plots) {
    await yieldToMainThread();
    addresses.push(markdownFigureDataUri(report, plot));
  }
  return addresses;
}
