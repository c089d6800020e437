import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatNumber } from '@/model/numberInput';
import { modelDisplayName } from '@/model/modelSummary';
import { listItemSegment, joinFieldPath } from '@/model/fieldPath';
import { resultSplits, type MetricResult } from '@/model/reportSchema';
import { useAppServices, useReportSelector } from '@/app/AppContext';

type Split = (typeof resultSplits)[number];

function resultId(modelId: string, metricId: string, split: Split): string {
  return `${modelId}-${metricId}-${split}`.slice(0, 64);
}

function findResult(
  results: readonly MetricResult[],
  modelId: string,
  metricId: string,
  split: Split,
): MetricResult | undefined {
  return results.find(
    (result) =>
      result.modelId === modelId && result.metricId === metricId && result.split === split,
  );
}

const ResultInput = memo(function ResultInput({
  modelId,
  metricId,
  split,
  field,
  label,
}: {
  modelId: string;
  metricId: string;
  split: Split;
  field: 'value' | 'spread' | 'runs';
  label: string;
}) {
  const { session } = useAppServices();
  const result = useReportSelector((state) =>
    findResult(state.document.report.results.metricResults, modelId, metricId, split),
  );
  const path =
    result === undefined
      ? undefined
      : joinFieldPath('results', listItemSegment('metricResults', result.id), field);
  const typed = useReportSelector((state) =>
    path === undefined ? undefined : state.document.fieldInputs[path],
  );
  const shown = typed ?? formatNumber(result?.[field] ?? null);
  const onChange = (text: string): void => {
    const store = session.store.getState();
    let targetPath = path;
    if (result === undefined) {
      const id = resultId(modelId, metricId, split);
      const created: MetricResult = {
        id,
        modelId,
        metricId,
        split,
        value: null,
        spread: null,
        spreadKind: 'std',
        runs: null,
        aggregation: 'mean',
      };
      if (!store.addListItem('results.metricResults', created)) return;
      targetPath = joinFieldPath('results', listItemSegment('metricResults', id), field);
    }
    if (targetPath !== undefined) session.store.getState().setNumberInput(targetPath, text);
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      className={`metric-input metric-input--${field}`}
      aria-label={label}
      value={shown}
      placeholder={field === 'value' ? 'value' : field === 'spread' ? 'std' : 'runs'}
      onChange={(event) => onChange(event.target.value)}
    />
  );
});

/** The model x metric table; values, spreads and run counts per split. Issue 4 adds best-value marks and plots. */
export function MetricResultsEditor() {
  const models = useReportSelector(
    useShallow((state) =>
      state.document.report.models.models.map(
        (model, index) => `${model.id}\n${modelDisplayName(model, index)}`,
      ),
    ),
  );
  const metrics = useReportSelector(
    useShallow((state) =>
      state.document.report.problem.metrics.map(
        (metric, index) =>
          `${metric.id}\n${metric.name.trim() === '' ? `Metric ${index + 1}` : metric.name}`,
      ),
    ),
  );
  const split = (entry: string): [string, string] => {
    const [id = '', name = ''] = entry.split('\n');
    return [id, name];
  };
  if (models.length === 0 || metrics.length === 0) {
    return (
      <div className="field-group">
        <h3 className="list-field-title">Metric table</h3>
        <p className="list-empty">
          Add models (Models and approach) and metrics (Problem definition) to fill the metric
          table.
        </p>
      </div>
    );
  }
  return (
    <div className="field-group">
      <h3 className="list-field-title">Metric table</h3>
      <p className="field-help">
        One value per model, metric and split; give ± the standard deviation and the number of runs
        behind each number.
      </p>
      <div className="table-scroll">
        <table className="data-table metric-table">
          <caption className="visually-hidden">Metric table</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Split</th>
              {metrics.map((entry) => (
                <th key={entry} scope="col">
                  {split(entry)[1]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {models.flatMap((modelEntry) => {
              const [modelId, modelName] = split(modelEntry);
              return resultSplits.map((splitName) => (
                <tr key={`${modelId}-${splitName}`}>
                  <th scope="row">{modelName}</th>
                  <td>{splitName === 'validation' ? 'Validation' : 'Test'}</td>
                  {metrics.map((metricEntry) => {
                    const [metricId, metricName] = split(metricEntry);
                    const label = `${metricName} (${splitName}) for ${modelName}`;
                    return (
                      <td key={metricId} className="metric-cell">
                        <ResultInput
                          modelId={modelId}
                          metricId={metricId}
                          split={splitName}
                          field="value"
                          label={label}
                        />
                        <ResultInput
                          modelId={modelId}
                          metricId={metricId}
                          split={splitName}
                          field="spread"
                          label={`± ${label}`}
                        />
                        <ResultInput
                          modelId={modelId}
                          metricId={metricId}
                          split={splitName}
                          field="runs"
                          label={`Runs behind ${label}`}
                        />
                      </td>
                    );
                  })}
                </tr>
              ));
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
