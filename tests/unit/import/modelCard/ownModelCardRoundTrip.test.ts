import { describe, expect, it } from 'vitest';
import { buildModelCard } from '@/export/buildModelCard';
import { createExampleReport } from '@/model/createExampleReport';
import { importModelCard } from './importModelCard';

describe('our Hugging Face model card of the example, imported into a blank report', () => {
  const original = createExampleReport();
  const card = buildModelCard(original);
  const source = original.models.models.find((model) => model.id === card.modelId);
  const { everything } = importModelCard('README.md', card.markdown);
  const [imported] = everything.models.models;

  it('gives back the metadata', () => {
    expect(imported?.name).toBe(source?.name);
    expect(everything.titlePage.license).toBe(original.titlePage.license.toLowerCase());
    expect(everything.problem.language).toBe(original.problem.language);
    expect(everything.problem.hubTask).toBe(original.problem.hubTask);
    expect(imported?.baseModelHubId).toBe(source?.baseModelHubId);
    expect(imported?.architecture).toBe(source?.architecture);
    expect(imported?.method).toBe(source?.method);
  });

  it('gives back the hyperparameters, LoRA and quantization settings', () => {
    const { adamEpsilon: _notWritten, ...hyperparameters } = source?.hyperparameters ?? {};
    expect(imported?.hyperparameters).toMatchObject(hyperparameters);
    expect(imported?.lora).toEqual(source?.lora);
    expect(imported?.quantization).toEqual(source?.quantization);
    expect(everything.setup.seeds).toBe(original.setup.seeds);
  });

  it("gives back the model's results on each split", () => {
    const resultsOf = (report: typeof original, modelId: string | undefined) => {
      const names = new Map(report.problem.metrics.map((metric) => [metric.id, metric.name]));
      return report.results.metricResults
        .filter((result) => result.modelId === modelId)
        .map((result) => [names.get(result.metricId), result.split, result.value])
        .sort((left, right) => String(left).localeCompare(String(right)));
    };
    expect(resultsOf(everything, imported?.id)).toEqual(resultsOf(original, source?.id));
  });
});
