import { listItemFieldPath } from '../listItemFieldPath';
import { modelDisplayName } from '../modelSummary';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/** A model without learning rate, training length (epochs or steps) or batch size cannot be rerun. */
export function trainingSettingsRule(report: Report): ReportIssue[] {
  return report.models.models.flatMap((model, index) => {
    const name = modelDisplayName(model, index);
    const { learningRate, epochs, maxSteps, batchSize } = model.hyperparameters;
    const path = (key: string) =>
      listItemFieldPath('models.models', model.id, 'hyperparameters', key);
    const issues: ReportIssue[] = [];
    if (batchSize === null) {
      issues.push(
        createRuleWarning(
          path('batchSize'),
          'Batch size',
          `${name} has no batch size, so its training cannot be rerun`,
        ),
      );
    }
    if (epochs === null && maxSteps === null) {
      issues.push(
        createRuleWarning(
          path('epochs'),
          'Epochs',
          `${name} gives neither epochs nor max steps; say how long it trained`,
        ),
      );
    }
    if (learningRate === null) {
      issues.push(
        createRuleWarning(
          path('learningRate'),
          'Learning rate',
          `${name} has no learning rate, so its training cannot be rerun`,
        ),
      );
    }
    return issues;
  });
}
