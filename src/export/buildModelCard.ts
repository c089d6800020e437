import { modelDisplayName } from '@/model/modelSummary';
import type { Model, Report } from '@/model/reportSchema';
import { buildModelCardBody } from './buildModelCardBody';
import { buildModelCardMetadata } from './buildModelCardMetadata';
import { buildReportOutline } from './buildReportOutline';
import { chooseModelCardModel } from './chooseModelCardModel';
import { listOutlineFigures } from './listOutlineFigures';
import { markdownFigurePath } from './markdownFigurePath';
import type { ModelCardProblem } from './modelCardProblem';
import type { ModelCardSubject } from './modelCardSubject';
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

function datasetsOf(report: Report, model: Model | undefined) {
  const { datasets } = report.setup;
  const named = model?.dataset.trim().toLowerCase() ?? '';
  const matching = datasets.filter(
    (dataset) => named !== '' && dataset.name.trim().toLowerCase() === named,
  );
  if (matching.length > 0 || model === undefined) return matching;
  return datasets.length === 1 && named === '' ? datasets : [];
}

/**
 * A Hugging Face Hub model card (README.md) for one model of the report: metadata checked against
 * the Hub's spec, and the body in the layout of the transformers Trainer's card.
 */
export function buildModelCard(unsafeReport: Report, options: ModelCardOptions = {}): ModelCard {
  const report = sanitizeReportText(unsafeReport);
  const { models } = report.models;
  const model =
    models.find((candidate) => candidate.id === options.modelId) ?? chooseModelCardModel(report);
  const modelIndex = model === undefined ? -1 : models.indexOf(model);
  const subject: ModelCardSubject = {
    report,
    model,
    modelName: model === undefined ? 'Model' : modelDisplayName(model, modelIndex),
    datasets: datasetsOf(report, model),
  };
  const { metadata, problems } = buildModelCardMetadata(subject);
  if (model === undefined)
    problems.unshift({
      sectionId: 'models',
      sectionTitle: 'Models and approach',
      fieldLabel: 'Add model',
      message: 'Models and approach: add a model (Add model); the card describes one model.',
    });
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
    markdown: `${writeFrontMatter(metadata)}\n${body}`,
    problems,
    modelId: model?.id,
    figures,
  };
}
