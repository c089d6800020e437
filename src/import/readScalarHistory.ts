import { classifyMetricName } from './classifyMetricName';
import type { RestartAwareSeries } from './createRestartAwareSeries';
import type { RunFileContext } from './createRunFileContext';
import type { SeriesSplit } from './runImportTypes';

/**
 * Turns one logged scalar (a TensorBoard tag, an MLflow metric) into series, one per fresh start,
 * and its last value on a validation or test split into a final metric.
 */
export function readScalarHistory(
  history: RestartAwareSeries,
  name: string,
  defaultSplit: SeriesSplit,
  key: string,
  context: RunFileContext,
  options: { run?: string; lastValueAsResult: 'when-split-named' | 'assume-validation' } = {
    lastValueAsResult: 'when-split-named',
  },
): void {
  const { parts, resumes } = history.finish();
  const classification = classifyMetricName(name, defaultSplit);
  parts.forEach((values, index) => {
    context.series({
      name,
      classification,
      values,
      xLabel: 'Step',
      key,
      ...(options.run === undefined ? {} : { run: options.run }),
      ...(parts.length > 1 ? { segment: index === 0 ? 'first run' : `restart ${index + 1}` } : {}),
    });
  });
  if (parts.length > 1) {
    context.warn(
      `${name}: the step count starts over ${parts.length - 1} time${parts.length > 2 ? 's' : ''}, so the log holds ${parts.length} runs; each is its own series.`,
    );
  }
  if (resumes > 0) {
    context.warn(
      `${name}: the run resumed from an earlier step ${resumes} time${resumes > 1 ? 's' : ''}; values logged again replace the earlier ones.`,
    );
  }
  const lastPart = parts.at(-1);
  const last = lastPart?.points.at(-1);
  const lastValue = last?.[1];
  if (lastValue === null || lastValue === undefined) return;
  if (classification.role === 'system' || classification.role === 'optimizer') return;
  if (classification.split === 'validation' || classification.split === 'test') {
    context.metricResult(
      classification.metric,
      classification.split,
      lastValue,
      `${key} (last value)`,
    );
  } else if (
    classification.split === 'unknown' &&
    options.lastValueAsResult === 'assume-validation'
  ) {
    context.metricResult(
      classification.metric,
      'validation',
      lastValue,
      `${key} (last value)`,
      true,
    );
  }
}
