import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRichTextEmpty, richTextToPlainText } from '@/model/richText';
import { importModelCard } from './importModelCard';

const fixtures = join(import.meta.dirname, '../../../fixtures/model-cards');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

describe('a Trainer card (ModernBERT, Transformers 4.50)', () => {
  const imported = importModelCard('README.md', read('trainer-modernbert-multigpu-grad-accum.md'));
  const { report } = imported;
  const [model] = report.models.models;
  const typed = (path: string): string | undefined =>
    report.typedNumbers[`models.models#${model?.id ?? ''}.${path}`];

  it('names the model and the report after the card', () => {
    expect(imported.modelName).toBe('ModernBERT-base-num=40');
    expect(model?.name).toBe('ModernBERT-base-num=40');
    expect(report.titlePage.title).toBe('ModernBERT-base-num=40');
  });

  it('reads the metadata: licence and base model', () => {
    expect(report.titlePage.license).toBe('apache-2.0');
    expect(model?.baseModelHubId).toBe('answerdotai/ModernBERT-base');
    expect(model?.architecture).toBe('ModernBERT-base');
  });

  it('reads the hyperparameter bullets, keeping numbers as the card wrote them', () => {
    expect(model?.hyperparameters.learningRate).toBe(2e-5);
    expect(typed('hyperparameters.learningRate')).toBe('2e-05');
    expect(model?.hyperparameters.batchSize).toBe(4);
    expect(model?.hyperparameters.gradientAccumulation).toBe(4);
    expect(model?.hyperparameters.epochs).toBe(40);
    expect(typed('hyperparameters.epochs')).toBe('40.0');
    expect(model?.hyperparameters.optimizer).toBe('adamw_torch');
    expect(model?.hyperparameters.adamBeta1).toBe(0.9);
    expect(model?.hyperparameters.adamBeta2).toBe(0.999);
    expect(model?.hyperparameters.adamEpsilon).toBe(1e-8);
    expect(typed('hyperparameters.adamEpsilon')).toBe('1e-08');
    expect(model?.hyperparameters.scheduler).toBe('linear');
    expect(report.setup.seeds).toBe('42');
  });

  it('reads the evaluation-set results as validation results', () => {
    const resultsOf = (from: typeof report) => {
      const byId = new Map(from.problem.metrics.map((metric) => [metric.id, metric.name]));
      return from.results.metricResults.map((result) => [
        byId.get(result.metricId),
        result.split,
        result.value,
      ]);
    };
    // Metrics that are not common ones (Pearson, Spearman) are proposed unticked, as for run files.
    expect(resultsOf(report)).toEqual([
      ['Loss', 'validation', 0.7858],
      ['MSE', 'validation', 0.7856],
    ]);
    expect(resultsOf(imported.everything)).toEqual([
      ['Loss', 'validation', 0.7858],
      ['MSE', 'validation', 0.7856],
      ['Pearson', 'validation', 0.799],
      ['Spearmanr', 'validation', 0.8092],
    ]);
    const pearson = imported.everything.results.metricResults.find(
      (result) => result.value === 0.799,
    );
    expect(
      imported.everything.typedNumbers[`results.metricResults#${pearson?.id ?? ''}.value`],
    ).toBe('0.7990');
  });

  it('keeps the training-results table and the framework versions', () => {
    const appendix = richTextToPlainText(report.appendix.additionalLogs);
    expect(appendix).toContain('Training results');
    expect(appendix).toContain('39.9878');
    expect(report.setup.libraryVersions.map((library) => [library.name, library.version])).toEqual([
      ['transformers', '4.50.0.dev0'],
      ['torch', '2.6.0+cu118'],
      ['datasets', '3.3.2'],
      ['tokenizers', '0.21.0'],
    ]);
  });
});

describe('a minimal PEFT 0.4 card', () => {
  const { report } = importModelCard('README.md', read('peft-minimal-bnb-config-peft-0.4.md'));
  const [model] = report.models.models;

  it('reads the bitsandbytes config as QLoRA settings', () => {
    expect(model?.method).toBe('qlora');
    expect(model?.quantization).toEqual({
      bits: 4,
      type: 'nf4',
      doubleQuantization: true,
      computeDtype: 'float16',
    });
    expect(
      report.setup.libraryVersions.map((library) => `${library.name} ${library.version}`),
    ).toEqual(['peft 0.4.0']);
  });

  it('keeps the bitsandbytes keys without a field in the report', () => {
    const text = [report.models.overview, report.appendix.additionalLogs]
      .map((richText) => richTextToPlainText(richText))
      .join('\n');
    expect(text).toContain('llm_int8_threshold: 6.0');
    expect(text).toContain('load_in_8bit: False');
  });
});

describe("a TRL card with the odd key 'licence: license'", () => {
  const { report } = importModelCard('README.md', read('odd-trl-sft-licence-key.md'));
  const [model] = report.models.models;

  it('does not take the placeholder for a licence, but keeps it in the Appendix', () => {
    expect(report.titlePage.license).toBe('');
    expect(richTextToPlainText(report.appendix.additionalLogs)).toContain('licence: license');
  });

  it('reads the base model and the "- TRL: 0.27.2" version form', () => {
    expect(model?.name).toBe('config_a');
    expect(model?.baseModelHubId).toBe('mistralai/Mistral-7B-v0.3');
    expect(
      report.setup.libraryVersions.map((library) => `${library.name} ${library.version}`),
    ).toContain('trl 0.27.2');
    expect(isRichTextEmpty(report.abstract.summary)).toBe(false);
  });
});
