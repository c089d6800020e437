import { listItemFieldPath } from '../listItemFieldPath';
import { modelDisplayName } from '../modelSummary';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/** QLoRA is LoRA on quantized weights; without the quantization the method is not described. */
export function quantizationSettingsRule(report: Report): ReportIssue[] {
  return report.models.models.flatMap((model, index) =>
    model.method === 'qlora' && model.quantization.bits === null
      ? [
          createRuleWarning(
            listItemFieldPath('models.models', model.id, 'quantization', 'bits'),
            'Quantization bits',
            `${modelDisplayName(model, index)} uses QLoRA but does not say how its base weights are quantized`,
          ),
        ]
      : [],
  );
}
