import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { describeIssueLocation } from '@/model/describeIssueLocation';

const example = createExampleReport();

describe('describeIssueLocation', () => {
  it.each([
    ['titlePage.title', ['Title page']],
    ['titlePage.authors', ['Title page']],
    ['titlePage.authors#author-2.email', ['Title page', 'Jonas Lindqvist']],
    [
      'models.models#model-a.hyperparameters.learningRate',
      ['Models and approach', 'Model A', 'Hyperparameters'],
    ],
    ['models.models#model-d.lora.rank', ['Models and approach', 'Model D', 'LoRA settings']],
    ['setup.datasets#dataset-clinc150.license', ['Experimental setup', 'CLINC150 (plus)']],
    [
      'results.metricResults#result-model-a-metric-accuracy-test.value',
      ['Results and analysis', 'Metric table'],
    ],
    [
      'appendix.checklist.pineau-runtime.justification',
      ['Appendix and references', 'Reproducibility checklist'],
    ],
    ['nowhere.at.all', []],
  ])('places %s', (path, crumbs) => {
    expect(describeIssueLocation(example, path)).toEqual(crumbs);
  });

  it('names an untitled list item by its position', () => {
    const report = createExampleReport();
    report.models.models[1]!.name = ' ';
    expect(describeIssueLocation(report, 'models.models#model-b.hyperparameters.epochs')).toEqual([
      'Models and approach',
      'Model 2',
      'Hyperparameters',
    ]);
  });
});
