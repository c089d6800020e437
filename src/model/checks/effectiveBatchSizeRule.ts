import { listItemFieldPath } from '../listItemFieldPath';
import { effectiveBatchSize, modelDisplayName } from '../modelSummary';
import { formatNumber } from '../numberInput';
import type { Model, Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { richTextToPlainText } from '../richText';
import { createRuleWarning } from './createRuleWarning';

const statedPattern =
  /\b(?:effective|global|total)(?:\s+train(?:ing)?)?\s+batch(?:[\s-]+size)?\b[^\d\n]{0,12}?(\d[\d,_]*)/giu;

/** Kept by model: models are never changed in place, and the search reads every text of each. */
const statedByModel = new WeakMap<Model, readonly number[]>();

/** What the model's own texts say its effective batch size is; none when they do not say. */
function statedEffectiveBatchSizes(model: Model): readonly number[] {
  const known = statedByModel.get(model);
  if (known !== undefined) return known;
  const texts = [
    model.methodOther,
    model.hyperparameters.scheduler,
    model.hyperparameters.warmup,
    model.hyperparameters.optimizer,
    model.selection.searchBounds,
    model.selection.selectionCriterion,
    richTextToPlainText(model.motivation),
    richTextToPlainText(model.assumptions),
  ];
  const stated = texts.flatMap((text) =>
    [...text.matchAll(statedPattern)].map((match) =>
      Number((match[1] ?? '').replace(/[,_]/gu, '')),
    ),
  );
  statedByModel.set(model, stated);
  return stated;
}

/**
 * The effective batch size is per-device batch × gradient accumulation × devices; a model whose
 * text states another number has a typo in one of them. Nothing stated, nothing to compare.
 */
export function effectiveBatchSizeRule(report: Report): ReportIssue[] {
  const { gpuCount } = report.setup;
  const devices = gpuCount !== null && gpuCount > 0 ? gpuCount : 1;
  return report.models.models.flatMap((model, index) => {
    const computed = effectiveBatchSize(model, devices);
    if (computed === null) return [];
    const stated = statedEffectiveBatchSizes(model).find((value) => value !== computed);
    if (stated === undefined) return [];
    const { batchSize, gradientAccumulation } = model.hyperparameters;
    const steps = gradientAccumulation ?? 1;
    return [
      createRuleWarning(
        listItemFieldPath('models.models', model.id, 'hyperparameters', 'batchSize'),
        'Batch size',
        `${modelDisplayName(model, index)}: the text states an effective batch size of ${formatNumber(stated)}, but batch size ${formatNumber(batchSize)} × ${formatNumber(steps)} accumulation step${steps === 1 ? '' : 's'} × ${formatNumber(devices)} GPU${devices === 1 ? '' : 's'} is ${formatNumber(computed)}`,
      ),
    ];
  });
}
