/**
 * One evaluation result of a model card's `model-index`, flattened as huggingface_hub's
 * `model_index_to_eval_results` (repocard_data.py) gives it as an `EvalResult`.
 */
export interface EvalResult {
  modelName: string;
  taskType: string;
  taskName: string | undefined;
  datasetType: string;
  datasetName: string;
  datasetConfig: string | undefined;
  datasetSplit: string | undefined;
  datasetRevision: string | undefined;
  metricType: string;
  metricValue: unknown;
  metricName: string | undefined;
}

type YamlMap = Record<string, unknown>;

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `element['key']` in Python: a missing key is an error, as the Hub's reader raises KeyError. */
function required(map: unknown, key: string, where: string): unknown {
  if (!isMap(map) || !(key in map) || map[key] === undefined || map[key] === null)
    throw new Error(`${where}: ${key} is required`);
  return map[key];
}

function requiredText(map: unknown, key: string, where: string): string {
  const value = required(map, key, where);
  if (typeof value !== 'string') throw new Error(`${where}: ${key} is not text`);
  return value;
}

/** `element.get('key')`: absent is undefined. */
function optionalText(map: unknown, key: string): string | undefined {
  const value = isMap(map) ? map[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where} is not a list`);
  return value;
}

/**
 * Reads `model-index` from parsed YAML metadata as the Hub's reader does (hub-docs `modelcard.md`):
 * each model has a `name` and `results`; each result a `task.type`, a `dataset.type` and
 * `dataset.name`, and `metrics` with a `type` and `value` each. Throws where a required part is missing.
 */
export function readModelIndex(metadata: unknown): { modelName: string; results: EvalResult[] } {
  const models = list(required(metadata, 'model-index', 'metadata'), 'model-index');
  const results: EvalResult[] = [];
  let modelName = '';
  models.forEach((model, modelIndex) => {
    const where = `model-index[${modelIndex}]`;
    modelName = requiredText(model, 'name', where);
    list(required(model, 'results', where), `${where}.results`).forEach((result, resultIndex) => {
      const at = `${where}.results[${resultIndex}]`;
      const task = required(result, 'task', at);
      const dataset = required(result, 'dataset', at);
      const base = {
        modelName,
        taskType: requiredText(task, 'type', `${at}.task`),
        taskName: optionalText(task, 'name'),
        datasetType: requiredText(dataset, 'type', `${at}.dataset`),
        datasetName: requiredText(dataset, 'name', `${at}.dataset`),
        datasetConfig: optionalText(dataset, 'config'),
        datasetSplit: optionalText(dataset, 'split'),
        datasetRevision: optionalText(dataset, 'revision'),
      };
      list(required(result, 'metrics', at), `${at}.metrics`).forEach((metric, metricIndex) => {
        const metricAt = `${at}.metrics[${metricIndex}]`;
        results.push({
          ...base,
          metricType: requiredText(metric, 'type', metricAt),
          metricValue: required(metric, 'value', metricAt),
          metricName: optionalText(metric, 'name'),
        });
      });
    });
  });
  return { modelName, results };
}
