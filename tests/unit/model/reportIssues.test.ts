import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { setValueAtPath } from '@/model/fieldPath';
import { analyzeReport, type ReportIssue } from '@/model/reportIssues';
import { richTextFromParagraphs } from '@/model/richText';
import { sectionIds } from '@/model/sectionRegistry';

const example = createExampleReport();
const epochsOfModelA = 'models.models#model-a.hyperparameters.epochs';

function issueAt(issues: readonly ReportIssue[], path: string): ReportIssue | undefined {
  return issues.find((issue) => issue.path === path);
}

describe('analyzeReport on a blank report', () => {
  const analysis = analyzeReport(createEmptyReport('r1'), {});

  it('has low completeness', () => {
    expect(analysis.completeness).toBeLessThan(10);
    expect(analysis.completeness).toBe(0);
  });

  it('lists required fields as missing, in form order', () => {
    const missing = analysis.issues.filter((issue) => issue.severity === 'missing');
    expect(missing.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'titlePage.title',
        'titlePage.authors',
        'titlePage.date',
        'abstract.summary',
        'problem.metrics',
        'models.models',
        'setup.seeds',
        'conclusion.bestModelId',
      ]),
    );
    expect(missing[0]).toEqual({
      path: 'titlePage.title',
      sectionId: 'titlePage',
      severity: 'missing',
      label: 'Title',
      message: 'Title is missing',
    });
    expect(issueAt(missing, 'models.models')?.message).toBe('Add at least one model');
    const sectionOrder = analysis.issues.map((issue) => sectionIds.indexOf(issue.sectionId));
    expect(sectionOrder).toEqual([...sectionOrder].sort((left, right) => left - right));
  });

  it('reports no errors: empty is not wrong', () => {
    expect(analysis.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('marks sections with nothing filled as empty', () => {
    expect(analysis.sections.titlePage.state).toBe('empty');
    expect(analysis.sections.setup.state).toBe('empty');
    // Task type holds Classification from the start: a value nobody typed does not start a section.
    for (const sectionId of sectionIds) expect(analysis.sections[sectionId].state).toBe('empty');
    expect(analysis.sections.titlePage.missingCount).toBe(4);
  });
});

describe('analyzeReport on the example', () => {
  it('is complete with no issue', () => {
    const analysis = analyzeReport(example, {});
    expect(analysis.completeness).toBe(100);
    expect(analysis.issues).toEqual([]);
  });
});

describe('analyzeReport finds wrong values', () => {
  it('gives an error for negative epochs at the id-based path', () => {
    const analysis = analyzeReport(setValueAtPath(example, epochsOfModelA, -2), {});
    expect(analysis.issues).toEqual([
      {
        path: epochsOfModelA,
        sectionId: 'models',
        severity: 'error',
        label: 'Epochs',
        message: 'Epochs must be greater than 0',
      },
    ]);
    expect(analysis.sections.models.state).toBe('has-errors');
    expect(analysis.completeness).toBeLessThan(100);
  });

  it('gives an error for a number field whose typed text is not a number', () => {
    const learningRate = 'models.models#model-b.hyperparameters.learningRate';
    const analysis = analyzeReport(example, { [learningRate]: 'fast' });
    expect(issueAt(analysis.issues, learningRate)).toEqual({
      path: learningRate,
      sectionId: 'models',
      severity: 'error',
      label: 'Learning rate',
      message: '"fast" is not a number; type e.g. 16, 0.05 or 2e-4',
    });
  });

  it('accepts typed text that is a number', () => {
    const learningRate = 'models.models#model-b.hyperparameters.learningRate';
    expect(analyzeReport(example, { [learningRate]: '2e-5' }).issues).toEqual([]);
  });

  it.each(['2023-02-29', '2026-13-01', '14/03/2025'])('gives an error for the date %j', (date) => {
    const analysis = analyzeReport(setValueAtPath(example, 'titlePage.date', date), {});
    expect(analysis.issues).toEqual([
      {
        path: 'titlePage.date',
        sectionId: 'titlePage',
        severity: 'error',
        label: 'Date',
        message: `Date "${date}" is not a real date; use YYYY-MM-DD`,
      },
    ]);
  });

  it('gives errors for a fraction where a whole number is needed and for values out of range', () => {
    let report = setValueAtPath(example, 'models.models#model-a.hyperparameters.batchSize', 16.5);
    report = setValueAtPath(report, 'models.models#model-a.lora.dropout', 1.5);
    report = setValueAtPath(report, 'models.models#model-d.quantization.bits', 32);
    const messages = analyzeReport(report, {}).issues.map((issue) => issue.message);
    expect(messages).toEqual([
      'LoRA dropout must be at most 1',
      'Batch size must be a whole number',
      'Quantization bits must be at most 16',
    ]);
  });

  it('gives errors for a bad email and an unsafe link, but accepts a bare hub id', () => {
    let report = setValueAtPath(example, 'titlePage.authors#author-1.email', 'amara at northwind');
    report = setValueAtPath(report, 'appendix.repositoryUrl', 'javascript:alert(1)');
    report = setValueAtPath(report, 'setup.datasets#dataset-banking77.source', 'PolyAI/banking77');
    const issues = analyzeReport(report, {}).issues;
    expect(issues.map((issue) => [issue.path, issue.severity])).toEqual([
      ['titlePage.authors#author-1.email', 'error'],
      ['appendix.repositoryUrl', 'error'],
    ]);
  });
});

describe('analyzeReport checks the metric table cells', () => {
  const cell = 'results.metricResults#result-model-a-metric-accuracy-test';

  it('flags runs that are not a whole number of at least 1, and a negative spread', () => {
    let report = setValueAtPath(example, `${cell}.runs`, -2);
    report = setValueAtPath(report, `${cell}.spread`, -0.1);
    const issues = analyzeReport(report, {}).issues.filter((issue) => issue.path.startsWith(cell));
    expect(issues).toEqual([
      {
        path: `${cell}.spread`,
        sectionId: 'results',
        severity: 'error',
        label: 'Spread',
        message: 'Spread must be at least 0',
      },
      {
        path: `${cell}.runs`,
        sectionId: 'results',
        severity: 'error',
        label: 'Runs',
        message: 'Runs must be at least 1',
      },
    ]);
    const fraction = setValueAtPath(example, `${cell}.runs`, 2.5);
    expect(issueAt(analyzeReport(fraction, {}).issues, `${cell}.runs`)?.message).toBe(
      'Runs must be a whole number',
    );
  });

  it('flags a cell whose typed text is not a number, and asks for nothing in empty cells', () => {
    const analysis = analyzeReport(example, { [`${cell}.value`]: 'fast' });
    expect(issueAt(analysis.issues, `${cell}.value`)?.message).toBe(
      '"fast" is not a number; type e.g. 16, 2e-4 or 16 %',
    );
    const empty = setValueAtPath(example, `${cell}.spread`, null);
    expect(analyzeReport(empty, {}).issues).toEqual([]);
  });
});

describe('analyzeReport follows what is shown', () => {
  it('asks for the LoRA rank of a LoRA model', () => {
    const report = setValueAtPath(example, 'models.models#model-a.lora.rank', null);
    expect(analyzeReport(report, {}).issues).toEqual([
      {
        path: 'models.models#model-a.lora.rank',
        sectionId: 'models',
        severity: 'missing',
        label: 'LoRA rank',
        message: 'LoRA rank is missing',
      },
    ]);
  });

  it('ignores hidden method settings once the method changes', () => {
    let report = setValueAtPath(example, 'models.models#model-a.lora.rank', -1);
    report = setValueAtPath(report, 'models.models#model-a.method', 'full');
    expect(analyzeReport(report, {}).issues).toEqual([]);
  });

  it('warns when the abstract is far longer than its length hint', () => {
    const longAbstract = richTextFromParagraphs(
      Array.from({ length: 400 }, () => 'word').join(' '),
    );
    const issues = analyzeReport(
      setValueAtPath(example, 'abstract.summary', longAbstract),
      {},
    ).issues;
    expect(issues).toEqual([
      {
        path: 'abstract.summary',
        sectionId: 'abstract',
        severity: 'warning',
        label: 'Summary',
        message: 'Summary has 400 words; aim for about 250',
      },
    ]);
  });

  it('counts warnings per section; a section with only warnings is still complete', () => {
    const longAbstract = richTextFromParagraphs(
      Array.from({ length: 400 }, () => 'word').join(' '),
    );
    const { sections } = analyzeReport(
      setValueAtPath(example, 'abstract.summary', longAbstract),
      {},
    );
    expect(sections.abstract).toMatchObject({ state: 'complete', warningCount: 1 });
    for (const sectionId of sectionIds.filter((id) => id !== 'abstract'))
      expect(sections[sectionId].warningCount).toBe(0);
  });

  it('counts an empty recommended field: its section is incomplete and completeness below 100', () => {
    const analysis = analyzeReport(setValueAtPath(example, 'titlePage.license', ''), {});
    expect(analysis.issues.map((issue) => issue.severity)).toEqual(['recommended']);
    expect(analysis.completeness).toBeLessThan(100);
    expect(analysis.sections.titlePage.state).toBe('incomplete');
  });
});

describe('analyzeReport runs the cross-field checks', () => {
  it('shows one finding per field: a missing value hides the warning on the same field', () => {
    const learningRate = 'models.models#model-a.hyperparameters.learningRate';
    const analysis = analyzeReport(setValueAtPath(example, learningRate, null), {});
    expect(analysis.issues).toEqual([
      {
        path: learningRate,
        sectionId: 'models',
        severity: 'missing',
        label: 'Learning rate',
        message: 'Learning rate is missing',
      },
    ]);
    expect(analysis.completeness).toBeLessThan(100);
  });

  it('lets a warning replace the message of an empty recommended field, which still blocks', () => {
    const license = 'setup.datasets#dataset-banking77.license';
    const analysis = analyzeReport(setValueAtPath(example, license, ''), {});
    expect(analysis.issues).toEqual([
      expect.objectContaining({
        path: license,
        severity: 'recommended',
        message: 'Banking77 has no license, so readers cannot tell whether they may use it',
      }),
    ]);
    expect(analysis.completeness).toBeLessThan(100);
    expect(analysis.sections.setup.state).toBe('incomplete');
  });

  it('never lowers completeness with a warning', () => {
    let report = setValueAtPath(example, 'setup.lockfile', '');
    report = setValueAtPath(report, 'setup.commitHash', '');
    report = setValueAtPath(report, 'setup.containerImage', '');
    const analysis = analyzeReport(report, {});
    expect(analysis.issues.map((issue) => [issue.path, issue.severity])).toEqual([
      ['setup.lockfile', 'warning'],
    ]);
    expect(analysis.completeness).toBe(100);
    expect(analysis.sections.setup.state).toBe('complete');
  });

  it('puts warnings in form order, metric-table cells at the table', () => {
    let report = setValueAtPath(example, 'setup.lockfile', '');
    report = setValueAtPath(report, 'setup.commitHash', '');
    report = setValueAtPath(report, 'setup.containerImage', '');
    report = setValueAtPath(
      report,
      'results.metricResults#result-model-c-metric-accuracy-validation.value',
      null,
    );
    report = setValueAtPath(report, 'titlePage.version', '');
    report = setValueAtPath(report, 'conclusion.bestModelId', 'model-a');
    report = setValueAtPath(
      report,
      'conclusion.bestModelReason',
      richTextFromParagraphs('The cheapest model to serve.'),
    );
    expect(analyzeReport(report, {}).issues.map((issue) => issue.path)).toEqual([
      'titlePage.version',
      'setup.lockfile',
      'results.metricResults#result-model-c-metric-accuracy-test.value',
      'conclusion.bestModelId',
    ]);
  });

  it('asks for epochs only when max steps are not given either', () => {
    const epochs = 'models.models#model-c.hyperparameters.epochs';
    const withoutEpochs = setValueAtPath(example, epochs, null);
    expect(analyzeReport(withoutEpochs, {}).issues.map((issue) => issue.path)).toEqual([epochs]);
    const withSteps = setValueAtPath(
      withoutEpochs,
      'models.models#model-c.hyperparameters.maxSteps',
      5000,
    );
    const analysis = analyzeReport(withSteps, {});
    expect(analysis.issues).toEqual([]);
    expect(analysis.completeness).toBe(100);
  });

  it('derives the reproducibility checklist with the analysis', () => {
    const analysis = analyzeReport(example, {});
    expect(analysis.checklist['pineau-hyperparameter-ranges']).toEqual({
      answer: 'yes',
      sectionId: 'models',
      fieldPath: 'models.models#model-a.selection.searchBounds',
      reason:
        'Search bounds, Selection criterion, Learning rate, Batch size and Epochs or Max steps of all 4 models.',
    });
  });
});
