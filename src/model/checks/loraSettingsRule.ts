import { listItemFieldPath } from '../listItemFieldPath';
import { modelDisplayName } from '../modelSummary';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/** LoRA and QLoRA are defined by the rank and alpha of the update (it is scaled by alpha / r). */
export function loraSettingsRule(report: Report): ReportIssue[] {
  return report.models.models.flatMap((model, index) => {
    if (model.method !== 'lora' && model.method !== 'qlora') return [];
    const name = modelDisplayName(model, index);
    const method = model.method === 'qlora' ? 'QLoRA' : 'LoRA';
    const issues: ReportIssue[] = [];
    if (model.lora.rank === null) {
      issues.push(
        createRuleWarning(
          listItemFieldPath('models.models', model.id, 'lora', 'rank'),
          'LoRA rank',
          `${name} uses ${method} but gives no rank`,
        ),
      );
    }
    if (model.lora.alpha === null) {
      issues.push(
        createRuleWarning(
          listItemFieldPath('models.models', model.id, 'lora', 'alpha'),
          'LoRA alpha',
          `${name} uses ${method} but gives no alpha, so the scale of its update is unknown`,
        ),
      );
    }
    return issues;
  });
}
