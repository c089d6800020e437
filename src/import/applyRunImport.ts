import { createEmptyMetric, createEmptyModel } from '@/model/createEmptyReport';
import { applyNumberInput } from '@/model/applyNumberInput';
import { getValueAtPath, setValueAtPath } from '@/model/fieldPath';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import { isRichTextEmpty, sanitizeRichText, type RichText } from '@/model/richText';
import type { Metric, MetricResult, Plot, PlotSeries, Report } from '@/model/reportSchema';
import { metricMatchKey } from './metricMatchKey';
import { normalizePackageName } from './normalizePackageName';
import type { ProposedChange, RunImportOperation, RunImportTarget } from './runImportTypes';

const idPattern = /^[A-Za-z0-9_-]{1,64}$/u;
const limits = {
  models: 100,
  metrics: 200,
  libraryVersions: 500,
  loggingTools: 100,
  metricResults: 20_000,
  plots: 100,
  series: 100,
  /** The smallest limit of the report's other lists (datasets, logging tools). */
  listEntries: 100,
};

/** Ids from `createId`, checked against the schema's pattern and made unique within their list. */
function createIdSource(
  createId: () => string,
): (prefix: string, taken: Iterable<string>) => string {
  let counter = 0;
  return (prefix, taken) => {
    const used = new Set(taken);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const candidate = createId()
        .replace(/[^A-Za-z0-9_-]/gu, '')
        .slice(0, 64);
      if (idPattern.test(candidate) && !used.has(candidate)) return candidate;
    }
    for (;;) {
      counter += 1;
      const fallback = `${prefix}-import-${counter}`;
      if (!used.has(fallback)) return fallback;
    }
  };
}

function targetKey(target: RunImportTarget): string {
  return 'modelId' in target ? `id:${target.modelId}` : `new:${target.newModelName.trim()}`;
}

function operationTarget(operation: RunImportOperation): RunImportTarget | null {
  switch (operation.kind) {
    case 'set-model-field':
    case 'set-metric-result':
      return operation.model;
    case 'set-field-value':
      return operation.scope === 'model' ? operation.model : null;
    case 'add-plot-series':
      return operation.series.some((series) => series.modelId === 'target')
        ? operation.model
        : null;
    default:
      return null;
  }
}

/**
 * Writes the ticked changes into a copy of the report (the input is not touched), creating the
 * target model when it is new, adding metrics the results name, library versions without
 * duplicates, logging tools, metric results and plot series. Unticked changes are ignored, and
 * so are changes a full list has no room for. Call it once per Apply so Undo removes it all.
 */
export function applyRunImport(
  report: Report,
  changes: readonly ProposedChange[],
  createId: () => string,
): Report {
  const nextId = createIdSource(createId);
  const accepted = changes.filter((change) => change.accepted);
  let next: Report = report;

  const modelIds = new Map<string, string>();
  for (const change of accepted) {
    const target = operationTarget(change.operation);
    if (target === null || modelIds.has(targetKey(target))) continue;
    if ('modelId' in target) {
      if (next.models.models.some((model) => model.id === target.modelId))
        modelIds.set(targetKey(target), target.modelId);
      continue;
    }
    if (next.models.models.length >= limits.models) continue;
    const id = nextId(
      'model',
      next.models.models.map((model) => model.id),
    );
    const model = { ...createEmptyModel(id), name: target.newModelName.trim() || 'Imported model' };
    next = { ...next, models: { ...next.models, models: [...next.models.models, model] } };
    modelIds.set(targetKey(target), id);
  }
  const modelIdFor = (target: RunImportTarget): string | undefined =>
    modelIds.get(targetKey(target));

  for (const { operation } of accepted) {
    switch (operation.kind) {
      case 'set-model-field': {
        const modelId = modelIdFor(operation.model);
        if (modelId === undefined) break;
        next = setValueAtPath(
          next,
          `models.models#${modelId}.${operation.finding.field}`,
          operation.finding.value,
        );
        break;
      }
      case 'set-report-field':
        next = setValueAtPath(next, operation.finding.field, operation.finding.value);
        break;
      case 'set-field-value': {
        let path = operation.path;
        if (operation.scope === 'model') {
          const modelId = modelIdFor(operation.model);
          if (modelId === undefined) break;
          path = `models.models#${modelId}.${operation.path}`;
        }
        // A number keeps the text the file wrote (2e-05), as if it had been typed into the field.
        next =
          typeof operation.value === 'number' && operation.typedText !== undefined
            ? applyNumberInput(next, path, operation.typedText)
            : setValueAtPath(next, path, operation.value);
        break;
      }
      case 'set-list-item': {
        const spec = fieldSpecAtPath(operation.path);
        if (spec?.kind !== 'list') break;
        const current = getValueAtPath(next, operation.path);
        const entries = Array.isArray(current) ? (current as { id: string }[]) : [];
        let itemId = operation.itemId;
        if (itemId === null || !entries.some((entry) => entry.id === itemId)) {
          if (entries.length >= limits.listEntries) break;
          itemId = nextId(
            'item',
            entries.map((entry) => entry.id),
          );
          next = setValueAtPath(next, operation.path, [...entries, spec.createItem(itemId)]);
        }
        for (const [key, value] of Object.entries(operation.values)) {
          const path = `${operation.path}#${itemId}.${key}`;
          const typedText = operation.typedTexts[key];
          next =
            typeof value === 'number' && typedText !== undefined
              ? applyNumberInput(next, path, typedText)
              : setValueAtPath(next, path, value);
        }
        break;
      }
      case 'append-rich-text': {
        const current = getValueAtPath(next, operation.path) as RichText | undefined;
        const added = sanitizeRichText(operation.content);
        const joined: RichText =
          current === undefined || isRichTextEmpty(current)
            ? added
            : { type: 'doc', content: [...(current.content ?? []), ...(added.content ?? [])] };
        next = setValueAtPath(next, operation.path, joined);
        break;
      }
      case 'set-library-version': {
        const libraries = next.setup.libraryVersions;
        const name = normalizePackageName(operation.name);
        const index = libraries.findIndex((library) => normalizePackageName(library.name) === name);
        if (index === -1 && libraries.length >= limits.libraryVersions) break;
        const updated =
          index === -1
            ? [
                ...libraries,
                {
                  id: nextId(
                    'library',
                    libraries.map((library) => library.id),
                  ),
                  name: operation.name,
                  version: operation.version,
                },
              ]
            : libraries.map((library, position) =>
                position === index ? { ...library, version: operation.version } : library,
              );
        next = { ...next, setup: { ...next.setup, libraryVersions: updated } };
        break;
      }
      case 'add-logging-tool': {
        const tools = next.setup.loggingTools;
        const known = tools.some(
          (tool) => tool.tool.trim().toLowerCase() === operation.tool.toLowerCase(),
        );
        if (known || tools.length >= limits.loggingTools) break;
        const tool = {
          id: nextId(
            'logging',
            tools.map((entry) => entry.id),
          ),
          tool: operation.tool,
          runLink: operation.runLink,
        };
        next = { ...next, setup: { ...next.setup, loggingTools: [...tools, tool] } };
        break;
      }
      case 'set-metric-result': {
        const modelId = modelIdFor(operation.model);
        if (modelId === undefined) break;
        let metrics = next.problem.metrics;
        const keys = new Set([
          metricMatchKey(operation.metric.key),
          metricMatchKey(operation.metric.name),
        ]);
        let metric: Metric | undefined =
          metrics.find((candidate) => candidate.id === operation.metricId) ??
          metrics.find((candidate) => keys.has(metricMatchKey(candidate.name)));
        if (metric === undefined) {
          if (metrics.length >= limits.metrics) break;
          metric = {
            ...createEmptyMetric(
              nextId(
                'metric',
                metrics.map((entry) => entry.id),
              ),
            ),
            name: operation.metric.name,
            higherIsBetter: operation.metric.higherIsBetter,
          };
          metrics = [...metrics, metric];
          next = { ...next, problem: { ...next.problem, metrics } };
        }
        const metricId = metric.id;
        const results = next.results.metricResults;
        const { aggregate } = operation;
        const aggregateFields =
          aggregate === undefined
            ? {}
            : {
                spread: aggregate.spread,
                spreadKind: aggregate.spreadKind,
                runs: aggregate.runs,
                aggregation: aggregate.aggregation,
              };
        const index = results.findIndex(
          (result) =>
            result.modelId === modelId &&
            result.metricId === metricId &&
            result.split === operation.split,
        );
        if (index === -1 && results.length >= limits.metricResults) break;
        const updated: MetricResult[] =
          index === -1
            ? [
                ...results,
                {
                  id: nextId(
                    'result',
                    results.map((result) => result.id),
                  ),
                  modelId,
                  metricId,
                  split: operation.split,
                  value: operation.value,
                  spread: null,
                  spreadKind: 'std',
                  runs: 1,
                  aggregation: 'single-run',
                  ...aggregateFields,
                },
              ]
            : results.map((result, position) =>
                position === index
                  ? { ...result, value: operation.value, ...aggregateFields }
                  : result,
              );
        next = { ...next, results: { ...next.results, metricResults: updated } };
        const resultId = updated[index === -1 ? updated.length - 1 : index]?.id;
        if (operation.typedText !== undefined && resultId !== undefined)
          next = applyNumberInput(
            next,
            metricResultFieldPath(resultId, 'value'),
            operation.typedText,
          );
        if (aggregate?.spreadTypedText !== undefined && resultId !== undefined)
          next = applyNumberInput(
            next,
            metricResultFieldPath(resultId, 'spread'),
            aggregate.spreadTypedText,
          );
        break;
      }
      case 'add-plot-series': {
        const modelId = modelIdFor(operation.model) ?? '';
        const plots = next.results.plots;
        const joined =
          operation.plotId === null
            ? undefined
            : plots.find((plot) => plot.id === operation.plotId);
        const existingSeries = joined?.series ?? [];
        const room = limits.series - existingSeries.length;
        const takenSeriesIds = existingSeries.map((series) => series.id);
        const added: PlotSeries[] = operation.series.slice(0, Math.max(0, room)).map((series) => {
          const id = nextId('series', takenSeriesIds);
          takenSeriesIds.push(id);
          return {
            id,
            label: series.label,
            modelId: series.modelId === 'target' ? modelId : '',
            points: series.points.map(([x, y]): [number, number | null] => [x, y]),
          };
        });
        if (added.length === 0) break;
        if (joined !== undefined) {
          const updated = plots.map((plot) =>
            plot === joined ? { ...plot, series: [...plot.series, ...added] } : plot,
          );
          next = { ...next, results: { ...next.results, plots: updated } };
          break;
        }
        if (plots.length >= limits.plots) break;
        const plot: Plot = {
          id: nextId(
            'plot',
            plots.map((entry) => entry.id),
          ),
          kind: operation.plot.kind,
          derivation: 'none',
          title: operation.plot.title,
          caption: operation.plot.caption,
          xLabel: operation.plot.xLabel,
          xUnit: '',
          yLabel: operation.plot.yLabel,
          yUnit: '',
          logScale: false,
          series: added,
        };
        next = { ...next, results: { ...next.results, plots: [...plots, plot] } };
        break;
      }
    }
  }
  return next;
}
