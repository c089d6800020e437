import type { Report } from '@/model/reportSchema';
import { writeFrontMatter } from './writeFrontMatter';
import { writeMarkdownBody } from './writeMarkdownBody';
import type { OutlineFigure, ReportOutline } from './reportOutline';

function frontMatter(outline: ReportOutline): string {
  const { titlePage } = outline;
  const entries: [string, string | string[]][] = [
    ['title', outline.title],
    ['subtitle', titlePage.subtitle.trim()],
    [
      'authors',
      titlePage.authors.map((author) => author.name.trim()).filter((name) => name !== ''),
    ],
    ['date', titlePage.date.trim()],
    ['version', titlePage.version.trim()],
    ['license', titlePage.license.trim()],
    ['status', titlePage.status],
    ['organization', titlePage.organization.trim()],
  ];
  const present = entries.filter(([, value]) => value.length > 0);
  return writeFrontMatter(Object.fromEntries(present));
}

/**
 * The report's outline as GitHub-flavoured Markdown with YAML front matter. `figureAddress` gives
 * each figure's image address, with the index of its plot in the report.
 */
export function writeMarkdown(
  report: Report,
  outline: ReportOutline,
  figureAddress: (plotIndex: number, figure: OutlineFigure) => string,
): string {
  return `${frontMatter(outline)}\n${writeMarkdownBody(report, outline, figureAddress)}`;
}
