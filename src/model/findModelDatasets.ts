import type { Dataset, Model, Report } from './reportSchema';

/**
 * The datasets of Experimental setup that a model's Dataset field names, by name; with the field
 * empty and one dataset in the report, that one.
 */
export function findModelDatasets(report: Report, model: Model | undefined): Dataset[] {
  const { datasets } = report.setup;
  const named = model?.dataset.trim().toLowerCase() ?? '';
  const matching = datasets.filter(
    (dataset) => named !== '' && dataset.name.trim().toLowerCase() === named,
  );
  if (matching.length > 0 || model === undefined) return matching;
  return datasets.length === 1 && named === '' ? datasets : [];
}
