import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildModelCard } from '@/export/buildModelCard';
import { buildModelCardArchive } from '@/export/buildModelCardArchive';
import { describeModelCardChoices } from '@/export/describeModelCardChoices';
import { modelCardMetadataSchema } from '@/export/modelCardMetadataSchema';
import { yamlTypedNumber } from '@/export/yamlTypedNumber';
import { sanitizeReportText } from '@/export/sanitizeReportText';
import { createExampleReport } from '@/model/createExampleReport';
import { metricDisplayName } from '@/model/metricDisplayName';
import { modelDisplayName } from '@/model/modelSummary';
import type { Model, Report } from '@/model/reportSchema';
import { richTextFromBlocks, textNode } from '@/model/richText';
import { readModelIndex, type EvalResult } from '../../support/readModelIndex';
import { arbitraryMutatedReport } from './support/arbitraryMutatedReport';
import { expectGolden } from './support/expectGolden';
import { nodesOfType, parseExportedMarkdown, textOf } from './support/parseExportedMarkdown';

const example = createExampleReport();

function modelById(report: Report, modelId: string): Model {
  const model = report.models.models.find((candidate) => candidate.id === modelId);
  if (model === undefined) throw new Error(`No model ${modelId}`);
  return model;
}

/** The (metric name, split, value) of every result of the model that has a value, as the card names them. */
function expectedResults(report: Report, model: Model) {
  return report.problem.metrics.flatMap((metric, metricIndex) => {
    const splits =
      metric.reportedOn === 'both' ? ['validation', 'test'] : [metric.reportedOn as string];
    return splits.flatMap((split) => {
      const result = report.results.metricResults.find(
        (candidate) =>
          candidate.modelId === model.id &&
          candidate.metricId === metric.id &&
          candidate.split === split,
      );
      if (result === undefined || result.value === null) return [];
      return [
        {
          metricName: metricDisplayName(metric, metricIndex),
          datasetSplit: split,
          metricValue: result.value,
        },
      ];
    });
  });
}

function readBack(results: readonly EvalResult[]) {
  return results.map(({ metricName, datasetSplit, metricValue }) => ({
    metricName,
    datasetSplit,
    metricValue,
  }));
}

describe('buildModelCard', () => {
  const card = buildModelCard(example);
  const parsed = parseExportedMarkdown(card.markdown);

  it('writes the example as the golden card, with nothing left out', () => {
    expectGolden(card.markdown, 'example.modelcard.md');
    expect(card.problems).toEqual([]);
  });

  it('describes the best model on the primary metric unless another is picked', () => {
    expect(card.modelId).toBe('model-d');
    const picked = buildModelCard(example, { modelId: 'model-b' });
    expect(picked.modelId).toBe('model-b');
    expect(parseExportedMarkdown(picked.markdown).frontMatter).toMatchObject({
      library_name: 'transformers',
      base_model: 'FacebookAI/roberta-large',
    });
  });

  it('writes metadata the Hub spec accepts, with the report’s ids', () => {
    const metadata = modelCardMetadataSchema.parse(parsed.frontMatter);
    expect(metadata).toMatchObject({
      license: 'cc-by-4.0',
      language: ['en'],
      library_name: 'peft',
      base_model: 'mistralai/Mistral-7B-v0.3',
      datasets: ['PolyAI/banking77'],
      pipeline_tag: 'text-classification',
    });
  });

  it('gives a model-index that the Hub’s reader reads back as the model’s results', () => {
    const model = modelById(example, 'model-d');
    const { modelName, results } = readModelIndex(parsed.frontMatter);
    expect(modelName).toBe('Model D');
    expect(readBack(results)).toEqual(expectedResults(example, model));
    for (const result of results)
      expect(result).toMatchObject({
        taskType: 'text-classification',
        datasetType: 'PolyAI/banking77',
        datasetName: 'Banking77',
      });
  });

  it('lists the hyperparameters as typed, Trainer-style, and the QLoRA quantization config', () => {
    const report = structuredClone(example);
    const model = modelById(report, 'model-d');
    model.hyperparameters.learningRate = 0.0002;
    report.typedNumbers['models.models#model-d.hyperparameters.learningRate'] = '0.00020';
    const markdown = buildModelCard(report).markdown;
    for (const line of [
      '- learning_rate: 0.00020',
      '- train_batch_size: 16',
      '- num_epochs: 4',
      '- quant_method: bitsandbytes',
      '- load_in_4bit: True',
      '- bnb_4bit_quant_type: nf4',
      '- bnb_4bit_use_double_quant: True',
      '- bnb_4bit_compute_dtype: bfloat16',
      '- Transformers 4.47.1',
      '- Pytorch 2.5.1',
      '- PEFT 0.14.0',
    ])
      expect(markdown).toContain(`\n${line}\n`);
  });

  it('writes each model-index value as typed, which reads back as the same number', () => {
    const report = structuredClone(example);
    const typed = report.results.metricResults.find(
      (result) =>
        result.modelId === 'model-d' &&
        result.metricId === 'metric-accuracy' &&
        result.split === 'test',
    );
    if (typed === undefined) throw new Error('The example has no test accuracy for Model D');
    report.typedNumbers[`results.metricResults#${typed.id}.value`] = '94.20 %';
    const markdown = buildModelCard(report).markdown;
    expect(markdown).toContain('\n            value: 94.20\n');
    const { results } = readModelIndex(parseExportedMarkdown(markdown).frontMatter);
    expect(
      results.find((result) => result.metricName === 'Accuracy' && result.datasetSplit === 'test')
        ?.metricValue,
    ).toBe(94.2);
  });

  it('leaves out an incomplete result and says what to fill in and where', () => {
    const report = structuredClone(example);
    const accuracy = report.problem.metrics.find((metric) => metric.name === 'Accuracy');
    const missing = report.results.metricResults.find(
      (result) =>
        result.modelId === 'model-d' && result.metricId === accuracy?.id && result.split === 'test',
    );
    if (missing === undefined) throw new Error('The example has no test accuracy for Model D');
    missing.value = null;
    const incomplete = buildModelCard(report, { modelId: 'model-d' });
    const { results } = readModelIndex(parseExportedMarkdown(incomplete.markdown).frontMatter);
    expect(
      results
        .filter((result) => result.metricName === 'Accuracy')
        .map((result) => result.datasetSplit),
    ).toEqual(['validation']);
    expect(incomplete.problems).toEqual([
      expect.objectContaining({
        sectionTitle: 'Results and analysis',
        fieldLabel: 'Value',
        message: expect.stringMatching(
          /^Results and analysis: the metric Accuracy has no test value for Model D/u,
        ) as unknown,
      }),
    ]);
  });

  it('names each missing Hub field with the label the user sees', () => {
    const report = structuredClone(example);
    report.titlePage.license = '';
    report.problem.language = '';
    report.problem.hubTask = '';
    modelById(report, 'model-d').baseModelHubId = '';
    for (const dataset of report.setup.datasets) {
      dataset.hubId = '';
      dataset.source = '';
    }
    const incomplete = buildModelCard(report);
    expect(
      incomplete.problems.map((problem) => [problem.sectionTitle, problem.fieldLabel]),
    ).toEqual(
      expect.arrayContaining([
        ['Title page', 'License'],
        ['Problem definition', 'Language'],
        ['Problem definition', 'Hub task'],
        ['Models and approach', 'Base model on the Hub'],
        ['Experimental setup', 'Dataset on the Hub'],
      ]),
    );
    const metadata = modelCardMetadataSchema.parse(
      parseExportedMarkdown(incomplete.markdown).frontMatter,
    );
    expect(metadata['model-index']).toBeUndefined();
    expect(metadata.license).toBeUndefined();
  });

  it('reads a dataset’s Hub id from its huggingface.co source when none is typed', () => {
    const report = structuredClone(example);
    for (const dataset of report.setup.datasets) dataset.hubId = '';
    const metadata = modelCardMetadataSchema.parse(
      parseExportedMarkdown(buildModelCard(report).markdown).frontMatter,
    );
    expect(metadata.datasets).toEqual(['PolyAI/banking77']);
  });

  it('maps licenses to Hub ids, and others to other with a license name', () => {
    const licenseOf = (license: string) => {
      const report = structuredClone(example);
      report.titlePage.license = license;
      return parseExportedMarkdown(buildModelCard(report).markdown).frontMatter;
    };
    expect(licenseOf('Apache-2.0')).toMatchObject({ license: 'apache-2.0' });
    expect(licenseOf('MIT')).toMatchObject({ license: 'mit' });
    expect(licenseOf('Internal use only')).toMatchObject({
      license: 'other',
      license_name: 'internal-use-only',
    });
  });

  it('keeps hostile text as typed in the YAML and as text in the body', () => {
    const hostile = [
      'Title: with # hash\n---\nkey: value',
      '<script>alert(1)</script> & "quotes"',
      "yes: no\n- [a, b]\n{x: 1} *anchor &ref !!str '",
    ];
    const report = structuredClone(example);
    const [title = '', modelName = '', datasetName = ''] = hostile;
    report.titlePage.title = title;
    const model = modelById(report, 'model-d');
    model.name = modelName;
    model.dataset = datasetName;
    const dataset = report.setup.datasets[0];
    if (dataset === undefined) throw new Error('The example has no dataset');
    dataset.name = datasetName;
    const accuracy = report.problem.metrics[0];
    if (accuracy === undefined) throw new Error('The example has no metric');
    accuracy.name = title;
    report.abstract.summary = richTextFromBlocks({
      type: 'paragraph',
      content: [
        textNode('<img src=x onerror=alert(1)> '),
        textNode('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      ],
    });
    const hostileCard = buildModelCard(report);
    const { frontMatter, tree } = parseExportedMarkdown(hostileCard.markdown);
    modelCardMetadataSchema.parse(frontMatter);
    const { modelName: readName, results } = readModelIndex(frontMatter);
    expect(readName).toBe(modelName);
    expect(new Set(results.map((result) => result.datasetName))).toEqual(new Set([datasetName]));
    expect(results.filter((result) => result.metricName === title)).toHaveLength(2);
    expect(nodesOfType(tree, 'html')).toEqual([]);
    for (const link of nodesOfType(tree, 'link'))
      expect(link.url).not.toMatch(/^\s*(javascript|data|vbscript):/iu);
    expect(nodesOfType(tree, 'heading').map((heading) => textOf(heading))[0]).toBe(modelName);
    expect(textOf(tree)).toContain('<img src=x onerror=alert(1)>');
  });

  it('writes metadata that parses and passes the spec for any report, with the model’s results', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), fc.nat({ max: 3 }), (mutated, modelIndex) => {
        // The card holds the texts as every export writes them: without characters XML forbids.
        const report = sanitizeReportText(mutated);
        const model = report.models.models[modelIndex];
        if (model === undefined) return;
        const generated = buildModelCard(report, { modelId: model.id });
        const { frontMatter } = parseExportedMarkdown(generated.markdown);
        const metadata = modelCardMetadataSchema.parse(frontMatter);
        if (metadata['model-index'] === undefined) {
          expect(generated.problems.length).toBeGreaterThan(0);
          return;
        }
        const { modelName, results } = readModelIndex(frontMatter);
        expect(modelName).toBe(modelDisplayName(model, modelIndex));
        const datasetCount = new Set(results.map((result) => result.datasetType)).size;
        const expected = expectedResults(report, model);
        expect(readBack(results)).toEqual(
          expected.flatMap((entry) => Array.from({ length: datasetCount }, () => entry)),
        );
      }),
      { numRuns: 25 },
    );
  });
});

describe('describeModelCardChoices', () => {
  it('offers every model, picks the best by default and lists what the card leaves out', () => {
    const report = structuredClone(example);
    modelById(report, 'model-b').baseModelHubId = '';
    expect(describeModelCardChoices(report, undefined)).toEqual({
      models: report.models.models.map((model) => ({ id: model.id, name: model.name })),
      modelId: 'model-d',
      problems: [],
    });
    expect(describeModelCardChoices(report, 'model-b').problems).toEqual([
      expect.objectContaining({
        sectionTitle: 'Models and approach',
        fieldLabel: 'Base model on the Hub',
        message: expect.stringMatching(/Base model on the Hub for Model B/u) as unknown,
      }),
    ]);
  });
});

describe('buildModelCardArchive', () => {
  it('zips README.md with each figure it shows as figures/figure-N.svg', () => {
    const files = unzipSync(buildModelCardArchive(example, undefined));
    const readme = strFromU8(files['README.md'] ?? new Uint8Array());
    const figurePaths = Object.keys(files).filter((path) => path !== 'README.md');
    expect(figurePaths).toEqual(
      example.results.plots.map((_, index) => `figures/figure-${index + 1}.svg`),
    );
    for (const path of figurePaths) {
      expect(readme).toContain(`](${path})`);
      expect(strFromU8(files[path] ?? new Uint8Array())).toMatch(/^<svg/u);
    }
  });
});

describe('yamlTypedNumber', () => {
  it.each([
    [0.0002, '2e-4', '2e-4'],
    [87, '87.0', '87.0'],
    [93.8, '93.80', '93.80'],
    [0.0002, '0.0002', '0.0002'],
    [5, 'five', '5'],
    [94.2, '94.3', '94.2'],
  ])('writes %s typed as %j as %j', (value, typed, written) => {
    const yaml = stringify({ value: yamlTypedNumber(value, typed) });
    expect(yaml).toBe(`value: ${written}\n`);
    expect(parse(yaml)).toEqual({ value });
  });
});
