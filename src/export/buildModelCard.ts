import type { Report } from '@/model/reportSchema';
import { buildModelCardBody } from './buildModelCardBody';
import { buildModelCardMetadata } from './buildModelCardMetadata';
import { buildReportOutline } from './buildReportOutline';
import { createModelCardSubject } from './createModelCardSubject';
import { listOutlineFigures } from './listOutlineFigures';
import { markdownFigurePath } from './markdownFigurePath';
import type { ModelCardProblem } from './modelCardProblem';
import { listModelCardProblems } from './listModelCardProblems';
import type { OutlineFigure } from './reportOutline';
import { sanitizeReportText } from './sanitizeReportText';
import { writeFrontMatter } from './writeFrontMatter';
import { writeMarkdownBody } from './writeMarkdownBody';

export interface ModelCardOptions {
  /** The model the card describes; by default the best on the primary metric. */
  modelId?: string | undefined;
  /**
   * `linked` shows each figure from `figures/figure-N.svg` beside the card (the .zip export);
   * `captions` writes each figure as its caption and a description in words.
   */
  figures?: 'linked' | 'captions';
}

export interface ModelCard {
  /** The README.md: YAML metadata the Hub accepts, then the card. */
  markdown: string;
  /** What the card leaves out because the report lacks it, each naming where to fill it in. */
  problems: ModelCardProblem[];
  /** The model described, undefined when the report has none. */
  modelId: string | undefined;
  /** The figures the card shows, numbered as in the card. */
  figures: OutlineFigure[];
}

/**
 * A Hugging Face Hub model card (README.md) for one model of the report: metadata checked against
 * the Hub's spec, and the body in the layout of the transformers Trainer's card.
 */
export function buildModelCard(unsafeReport: Report, options: ModelCardOptions = {}): ModelCard {
  const report = sanitizeReportText(unsafeReport);
  const subject = createModelCardSubject(report, options.modelId);
  const { model } = subject;
  const { frontMatter } = buildModelCardMetadata(subject);
  const figures = listOutlineFigures(buildReportOutline(report)).map((figure, index) => ({
    ...figure,
    number: index + 1,
  }));
  const body = writeMarkdownBody(
    report,
    buildModelCardBody(subject, figures),
    options.figures === 'linked'
      ? (_plotIndex, figure) => markdownFigurePath(figure.number)
      : undefined,
  );
  return {
    markdown: `${writeFrontMatter(frontMatter)}\n${body}`,
    problems: listModelCardProblems(report, model?.id),
    modelId: model?.id,
    figures,
  };
}
