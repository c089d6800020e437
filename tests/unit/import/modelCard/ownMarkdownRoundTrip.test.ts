import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { collectLabeledFields } from '@/import/modelCard/collectLabeledFields';
import { markdownFieldsNotCarriedBack } from '@/import/modelCard/markdownFieldsNotCarriedBack';
import { fieldSpecEntries } from '@/model/fieldSpec';
import { getValueAtPath, setValueAtPath } from '@/model/fieldPath';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import { formatNumber } from '@/model/numberInput';
import { createExampleReport } from '@/model/createExampleReport';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import type { MetricResult, Report } from '@/model/reportSchema';
import type { RichTextNode } from '@/model/richText';
import { sectionRegistry } from '@/model/sectionRegistry';
import { importModelCard } from './importModelCard';
import { listTablesCarriedBack } from '../../../support/listTablesCarriedBack';

/** Rich text with neighbouring text nodes of the same marks joined, as Markdown cannot tell them apart. */
function joinedText(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('type' in value)) return value;
  const node = value as RichTextNode;
  if (node.content === undefined) return node;
  const content: RichTextNode[] = [];
  for (const child of node.content.map((entry) => joinedText(entry) as RichTextNode)) {
    const previous = content.at(-1);
    if (
      previous?.type === 'text' &&
      child.type === 'text' &&
      JSON.stringify(previous.marks) === JSON.stringify(child.marks)
    )
      content[content.length - 1] = {
        ...previous,
        text: `${previous.text ?? ''}${child.text ?? ''}`,
      };
    else content.push(child);
  }
  return { ...node, content };
}

const modelListSpec = fieldSpecAtPath('models.models');
const modelFields =
  modelListSpec?.kind === 'list' ? collectLabeledFields(modelListSpec.fields) : [];
const reportFields = sectionRegistry.flatMap((section) =>
  collectLabeledFields(section.fields, section.id),
);

function entriesAt(report: Report, path: string): Record<string, unknown>[] {
  const value = getValueAtPath(report, path);
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

describe('our own Markdown export, imported into a blank report', () => {
  const original = createExampleReport();
  const { everything: imported } = importModelCard('report.md', buildMarkdown(original));

  it.each(listTablesCarriedBack.map((path) => [path]))(
    'gives back as many entries of %s',
    (path) => {
      expect(entriesAt(original, path).length).toBeGreaterThan(0);
      expect(entriesAt(imported, path)).toHaveLength(entriesAt(original, path).length);
    },
  );

  it.each(
    listTablesCarriedBack.flatMap((path) =>
      entriesAt(original, path).flatMap((entry, index) =>
        Object.keys(entry)
          .filter((key) => key !== 'id')
          .map((key) => [path, index, key] as const),
      ),
    ),
  )('gives back %s, entry %i, %s', (path, index, key) => {
    const before = entriesAt(original, path)[index];
    const after = entriesAt(imported, path)[index];
    expect(after?.[key]).toEqual(before?.[key]);
    if (typeof before?.[key] === 'number')
      expect(imported.typedNumbers[`${path}#${String(after?.['id'])}.${key}`]).toBe(
        original.typedNumbers[`${path}#${String(before['id'])}.${key}`] ??
          formatNumber(before[key]),
      );
  });

  it.each(reportFields.map((field) => [field.path]))('gives back %s', (path) => {
    const before = joinedText(getValueAtPath(original, path));
    const after = joinedText(getValueAtPath(imported, path));
    if (path === 'appendix.additionalLogs') {
      // The text with no field of its own is added after the field's own text.
      const beforeBlocks = (before as { content: unknown[] }).content;
      expect((after as { content: unknown[] }).content.slice(0, beforeBlocks.length)).toEqual(
        beforeBlocks,
      );
      return;
    }
    expect(after).toEqual(before);
    // A number keeps its typed text; one never typed reads as it is shown.
    if (typeof before === 'number')
      expect(imported.typedNumbers[path]).toBe(original.typedNumbers[path] ?? formatNumber(before));
  });

  it.each(modelFields.map((field) => [field.path]))("gives back the first model's %s", (path) => {
    const [before] = original.models.models;
    const [after] = imported.models.models;
    expect(joinedText(getValueAtPath(after, path))).toEqual(
      joinedText(getValueAtPath(before, path)),
    );
  });

  it('lists every field it cannot carry back: the other lists and custom editors, and ids', () => {
    const walk = (fields: object, prefix: string): string[] =>
      fieldSpecEntries(fields).flatMap(([key, spec]) => {
        const path = `${prefix}.${key}`;
        if (spec.kind === 'group') return walk(spec.fields, path);
        return spec.kind === 'list' || spec.kind === 'custom' ? [path] : [];
      });
    const listsAndCustom = sectionRegistry.flatMap((section) => walk(section.fields, section.id));
    // The lists the export writes in a form the import reads back; each is checked above.
    const carriedBack = ['models.models', 'results.metricResults', ...listTablesCarriedBack];
    expect(markdownFieldsNotCarriedBack.map((entry) => entry.path).sort()).toEqual(
      [...listsAndCustom, 'id'].filter((path) => !carriedBack.includes(path)).sort(),
    );
  });

  /** A result by the names of its model and metric, which the Markdown shows instead of ids. */
  const describeResult = (report: Report, result: MetricResult): string => {
    const model = report.models.models.find((entry) => entry.id === result.modelId);
    const metric = report.problem.metrics.find((entry) => entry.id === result.metricId);
    return `${model?.name ?? '?'} › ${metric?.name ?? '?'} (${result.split})`;
  };

  it('gives back as many metric results', () => {
    expect(imported.results.metricResults).toHaveLength(original.results.metricResults.length);
  });

  it.each(
    original.results.metricResults.map((result) => [describeResult(original, result), result]),
  )('gives back the metric result %s', (_name, before) => {
    const after = imported.results.metricResults.find(
      (result) => describeResult(imported, result) === describeResult(original, before),
    );
    expect(after).toBeDefined();
    const fields = ['value', 'spread', 'spreadKind', 'runs', 'aggregation'] as const;
    for (const field of fields) expect([field, after?.[field]]).toEqual([field, before[field]]);
    for (const field of ['value', 'spread'] as const) {
      const number = before[field];
      if (number === null) continue;
      expect([field, imported.typedNumbers[metricResultFieldPath(after?.id ?? '', field)]]).toEqual(
        [
          field,
          original.typedNumbers[metricResultFieldPath(before.id, field)] ?? formatNumber(number),
        ],
      );
    }
  });

  it('gives back every model, in order, as new models named as the Markdown names them', () => {
    expect(imported.models.models.map((model) => model.name)).toEqual(
      original.models.models.map((model) => model.name),
    );
  });

  it.each(
    original.models.models.flatMap((model, index) =>
      modelFields.map((field) => [model.name, field.path, index] as const),
    ),
  )('gives back %s › %s', (_name, path, index) => {
    const before = original.models.models[index];
    const after = imported.models.models[index];
    expect(after).toBeDefined();
    const beforeValue = getValueAtPath(before, path);
    expect(joinedText(getValueAtPath(after, path))).toEqual(joinedText(beforeValue));
    if (typeof beforeValue === 'number')
      expect(imported.typedNumbers[`models.models#${after?.id ?? ''}.${path}`]).toBe(
        original.typedNumbers[`models.models#${before?.id ?? ''}.${path}`] ??
          formatNumber(beforeValue),
      );
  });
});

describe('our own Markdown export with results aggregated in different ways', () => {
  it('gives back the notes each cell then carries: 95% CI, best of, single run, runs', () => {
    const original = createExampleReport();
    const results = original.results.metricResults.map((result, index) => {
      if (index === 0) return { ...result, spreadKind: 'ci95' as const, runs: 5 };
      if (index === 1) return { ...result, aggregation: 'max' as const, runs: null };
      if (index === 2)
        return { ...result, aggregation: 'single-run' as const, spread: null, runs: 1 };
      return result;
    });
    const report: Report = {
      ...original,
      results: { ...original.results, metricResults: results },
    };
    const { everything } = importModelCard('report.md', buildMarkdown(report));
    const describe = (from: Report, result: MetricResult): unknown[] => {
      const model = from.models.models.find((entry) => entry.id === result.modelId);
      const metric = from.problem.metrics.find((entry) => entry.id === result.metricId);
      return [
        model?.name,
        metric?.name,
        result.split,
        result.value,
        result.spread,
        result.spreadKind,
        result.runs,
        result.aggregation,
      ];
    };
    expect(everything.results.metricResults.map((result) => describe(everything, result))).toEqual(
      report.results.metricResults.map((result) => describe(report, result)),
    );
  });
});

describe('our own Markdown export, imported into the report it came from', () => {
  it('changes nothing with the review as proposed, so plots, lists and ids are kept', () => {
    const original = createExampleReport();
    const once = importModelCard('report.md', buildMarkdown(original), original);
    expect(once.report).toEqual(original);
  });

  it("proposes a later model's changed value for the model of that name, unticked over typed text", () => {
    const original = createExampleReport();
    const modelB = original.models.models[1];
    expect(modelB).toBeDefined();
    const path = `models.models#${modelB?.id ?? ''}.hyperparameters.scheduler`;
    const changed = setValueAtPath(original, path, 'cosine_with_restarts');
    const { changes, report, everything } = importModelCard(
      'report.md',
      buildMarkdown(changed),
      original,
    );
    const [change, ...others] = changes.filter(
      (entry) =>
        entry.kind === 'replace' &&
        entry.operation.kind === 'set-field-value' &&
        entry.operation.scope === 'model',
    );
    expect(others).toEqual([]);
    expect(change).toMatchObject({
      targetLabel: `${modelB?.name ?? ''} › Scheduler`,
      accepted: false,
      operation: { model: { modelId: modelB?.id } },
    });
    expect(report).toEqual(original);
    expect(getValueAtPath(everything, path)).toBe('cosine_with_restarts');
  });

  it('adds the models the report does not have, with their values', () => {
    const original = createExampleReport();
    const withoutLast: Report = {
      ...original,
      models: { ...original.models, models: original.models.models.slice(0, -1) },
    };
    const lastModel = original.models.models.at(-1);
    const { report } = importModelCard('report.md', buildMarkdown(original), withoutLast);
    const added = report.models.models.at(-1);
    expect(report.models.models).toHaveLength(original.models.models.length);
    expect({ ...added, id: '' }).toEqual({ ...lastModel, id: '' });
  });
});
