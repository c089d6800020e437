import { describe, expect, it } from 'vitest';
import { bestModelAgreementRule } from '@/model/checks/bestModelAgreementRule';
import { checklistJustificationRule } from '@/model/checks/checklistJustificationRule';
import { claimWithinSpreadRule } from '@/model/checks/claimWithinSpreadRule';
import { crossFieldRules } from '@/model/checks/crossFieldRules';
import { datasetDetailsRule } from '@/model/checks/datasetDetailsRule';
import { effectiveBatchSizeRule } from '@/model/checks/effectiveBatchSizeRule';
import { numberOfRunsRule } from '@/model/checks/numberOfRunsRule';
import { splitNotReportedRule } from '@/model/checks/splitNotReportedRule';
import { testWithoutValidationRule } from '@/model/checks/testWithoutValidationRule';
import { undefinedMetricRule } from '@/model/checks/undefinedMetricRule';
import { versionLockRule } from '@/model/checks/versionLockRule';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { setValueAtPath } from '@/model/fieldPath';
import type { MetricResult, Report } from '@/model/reportSchema';
import { richTextFromParagraphs } from '@/model/richText';

const example = createExampleReport();

/** The example with the given values replaced, by field path. */
function exampleWith(changes: Record<string, unknown>): Report {
  return Object.entries(changes).reduce<Report>(
    (report, [path, value]) => setValueAtPath(report, path, value),
    createExampleReport(),
  );
}

function resultPath(modelId: string, metricId: string, split: string, field: string): string {
  return `results.metricResults#result-${modelId}-${metricId}-${split}.${field}`;
}

function withResults(report: Report, keep: (result: MetricResult) => boolean): Report {
  return {
    ...report,
    results: { ...report.results, metricResults: report.results.metricResults.filter(keep) },
  };
}

const accuracy = 'metric-accuracy';

describe('every cross-field rule', () => {
  it('finds nothing in the example report', () => {
    for (const rule of crossFieldRules) expect(rule.check(example), rule.id).toEqual([]);
  });

  it('files its findings as warnings under the section of the path', () => {
    const broken = exampleWith({
      [resultPath('model-c', accuracy, 'validation', 'value')]: null,
      'setup.datasets#dataset-banking77.license': '',
      'setup.lockfile': '',
      'setup.commitHash': '',
      'setup.containerImage': '',
    });
    const issues = crossFieldRules.flatMap((rule) => rule.check(broken));
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const issue of issues) {
      expect(issue.severity).toBe('warning');
      expect(issue.path.startsWith(`${issue.sectionId}.`)).toBe(true);
    }
  });

  it('have distinct ids', () => {
    const ids = crossFieldRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('undefinedMetricRule', () => {
  it('fires once per metric id that Problem definition does not define', () => {
    const report = {
      ...example,
      problem: {
        ...example.problem,
        metrics: example.problem.metrics.filter((metric) => metric.id !== 'metric-macro-f1'),
      },
    };
    expect(undefinedMetricRule(report)).toEqual([
      {
        path: 'results.metricResults#result-model-a-metric-macro-f1-validation.metricId',
        sectionId: 'results',
        severity: 'warning',
        label: 'Metric table',
        message:
          '8 values in the metric table are for a metric that Problem definition does not define ("metric-macro-f1"); define it there, or remove them with the button under the metric table',
      },
    ]);
  });

  it('does not fire when every result names a defined metric', () => {
    expect(undefinedMetricRule(example)).toEqual([]);
  });
});

describe('testWithoutValidationRule', () => {
  it('fires for a test value whose validation value is missing', () => {
    const report = exampleWith({
      [resultPath('model-c', accuracy, 'validation', 'value')]: null,
    });
    expect(testWithoutValidationRule(report)).toEqual([
      expect.objectContaining({
        path: resultPath('model-c', accuracy, 'test', 'value'),
        message:
          'Model C has a test Accuracy but no validation Accuracy; report the validation value beside it',
      }),
    ]);
  });

  it('does not fire for validation values without test values', () => {
    const report = withResults(example, (result) => result.split === 'validation');
    expect(testWithoutValidationRule(report)).toEqual([]);
  });

  it('does not fire for a metric reported on one split only', () => {
    const testOnly = withResults(example, (result) => result.split === 'test');
    for (const reportedOn of ['test', 'validation'] as const) {
      const report = setValueAtPath(
        testOnly,
        'problem.metrics#metric-accuracy.reportedOn',
        reportedOn,
      );
      expect(
        testWithoutValidationRule(report).filter((issue) => issue.path.includes(accuracy)),
        reportedOn,
      ).toEqual([]);
    }
  });
});

describe('splitNotReportedRule', () => {
  it('finds nothing when every metric is reported on both splits, or values sit on their split', () => {
    expect(splitNotReportedRule(example)).toEqual([]);
    const testOnly = withResults(example, (result) => result.split === 'test');
    expect(
      splitNotReportedRule(
        setValueAtPath(testOnly, 'problem.metrics#metric-accuracy.reportedOn', 'test'),
      ),
    ).toEqual([]);
  });

  it('warns on a validation value of a metric reported on test only', () => {
    const report = exampleWith({
      'problem.metrics#metric-accuracy.reportedOn': 'test',
      [resultPath('model-a', accuracy, 'validation', 'value')]: null,
      [resultPath('model-b', accuracy, 'validation', 'value')]: null,
      [resultPath('model-c', accuracy, 'validation', 'value')]: null,
    });
    expect(splitNotReportedRule(report)).toEqual([
      expect.objectContaining({
        path: resultPath('model-d', accuracy, 'validation', 'value'),
        severity: 'warning',
        message:
          'Model D has a validation Accuracy, but Accuracy is marked as reported on test only; remove this value, or set Reported on to "Validation and test" in Problem definition',
      }),
    ]);
  });

  it('warns on each test value of a metric reported on validation only', () => {
    const report = exampleWith({ 'problem.metrics#metric-accuracy.reportedOn': 'validation' });
    const issues = splitNotReportedRule(report);
    expect(issues.map((issue) => issue.path)).toEqual(
      ['model-a', 'model-b', 'model-c', 'model-d'].map((modelId) =>
        resultPath(modelId, accuracy, 'test', 'value'),
      ),
    );
    expect(issues[0]?.message).toContain('is marked as reported on validation only');
  });

  it('leaves empty cells and values of undefined metrics alone', () => {
    const report = exampleWith({
      'problem.metrics#metric-accuracy.reportedOn': 'validation',
      [resultPath('model-a', accuracy, 'test', 'value')]: null,
      [resultPath('model-b', accuracy, 'test', 'value')]: null,
      [resultPath('model-c', accuracy, 'test', 'value')]: null,
      [resultPath('model-d', accuracy, 'test', 'value')]: null,
    });
    expect(splitNotReportedRule(report)).toEqual([]);
    const withoutMetric = {
      ...report,
      problem: { ...report.problem, metrics: report.problem.metrics.slice(1) },
    };
    expect(splitNotReportedRule(withoutMetric)).toEqual([]);
  });
});

describe('claimWithinSpreadRule', () => {
  /** Model D beats Model A on test accuracy by 0.1 with a spread of 0.2. */
  const closeCall = {
    [resultPath('model-a', accuracy, 'test', 'value')]: 94.1,
    [resultPath('model-d', accuracy, 'test', 'spread')]: 0.2,
  };

  it('fires when the best model wins by less than the spread on a single run', () => {
    const report = exampleWith({
      ...closeCall,
      [resultPath('model-d', accuracy, 'test', 'runs')]: 1,
    });
    expect(claimWithinSpreadRule(report)).toEqual([
      {
        path: 'conclusion.bestModelReason',
        sectionId: 'conclusion',
        severity: 'warning',
        label: 'Why it performed best',
        message:
          'Model D beats Model A on Accuracy (test) by 0.1, less than the spread of ± 0.2, and from a single run; run more seeds or call the two tied',
      },
    ]);
  });

  it('fires when the runs come from the setup', () => {
    const report = exampleWith({
      ...closeCall,
      [resultPath('model-a', accuracy, 'test', 'runs')]: null,
      'setup.numberOfRuns': 1,
    });
    expect(claimWithinSpreadRule(report)).toHaveLength(1);
  });

  it('does not fire when the same close call rests on several runs', () => {
    expect(claimWithinSpreadRule(exampleWith(closeCall))).toEqual([]);
  });

  it('does not fire when a single run wins by more than the spread', () => {
    const report = exampleWith({ [resultPath('model-d', accuracy, 'test', 'runs')]: 1 });
    expect(claimWithinSpreadRule(report)).toEqual([]);
  });
});

describe('numberOfRunsRule', () => {
  it('fires for the setup and for values that do not say their runs', () => {
    const report = exampleWith({
      'setup.numberOfRuns': null,
      [resultPath('model-a', accuracy, 'test', 'runs')]: null,
      [resultPath('model-b', accuracy, 'test', 'runs')]: null,
    });
    expect(numberOfRunsRule(report)).toEqual([
      expect.objectContaining({ path: 'setup.numberOfRuns', label: 'Runs per configuration' }),
      expect.objectContaining({
        path: resultPath('model-a', accuracy, 'test', 'runs'),
        message: '2 values in the metric table do not say how many runs they come from',
      }),
    ]);
  });

  it('does not fire when the setup states the runs per configuration', () => {
    const report = exampleWith({ [resultPath('model-a', accuracy, 'test', 'runs')]: null });
    expect(numberOfRunsRule(report)).toEqual([]);
  });
});

describe('versionLockRule', () => {
  const unlocked = { 'setup.lockfile': '', 'setup.commitHash': '', 'setup.containerImage': ' ' };

  it('fires without lockfile, commit hash and container image', () => {
    expect(versionLockRule(exampleWith(unlocked))).toEqual([
      {
        path: 'setup.lockfile',
        sectionId: 'setup',
        severity: 'warning',
        label: 'Lockfile',
        message: 'Nothing pins the versions: give a lockfile, a commit hash or a container image',
      },
    ]);
  });

  it.each(['setup.lockfile', 'setup.commitHash', 'setup.containerImage'])(
    'does not fire when %s alone is given',
    (path) => {
      expect(versionLockRule(exampleWith({ ...unlocked, [path]: 'given' }))).toEqual([]);
    },
  );
});

describe('datasetDetailsRule', () => {
  it('fires for a dataset without any split size and one without a license', () => {
    const report = exampleWith({
      'setup.datasets#dataset-clinc150.trainSize': null,
      'setup.datasets#dataset-clinc150.validationSize': null,
      'setup.datasets#dataset-clinc150.testSize': null,
      'setup.datasets#dataset-banking77.license': '',
    });
    expect(datasetDetailsRule(report)).toEqual([
      expect.objectContaining({
        path: 'setup.datasets#dataset-banking77.license',
        message: 'Banking77 has no license, so readers cannot tell whether they may use it',
      }),
      expect.objectContaining({
        path: 'setup.datasets#dataset-clinc150.trainSize',
        message:
          'CLINC150 (plus) gives no split sizes; say how many examples are in train, validation and test',
      }),
    ]);
  });

  it('asks only for the sizes of splits that exist', () => {
    const report = exampleWith({
      'setup.datasets#dataset-clinc150.trainSize': null,
      'setup.datasets#dataset-clinc150.validationSize': null,
      'setup.datasets#dataset-clinc150.testSize': null,
      'setup.datasets#dataset-clinc150.noTestSplit': true,
    });
    expect(datasetDetailsRule(report)).toEqual([
      expect.objectContaining({
        path: 'setup.datasets#dataset-clinc150.trainSize',
        message:
          'CLINC150 (plus) gives no split sizes; say how many examples are in train and validation',
      }),
    ]);
    const trainOnly = setValueAtPath(
      report,
      'setup.datasets#dataset-clinc150.noValidationSplit',
      true,
    );
    expect(datasetDetailsRule(trainOnly)[0]?.message).toBe(
      'CLINC150 (plus) gives no split sizes; say how many examples are in train',
    );
  });

  it('is satisfied by a train size when the other splits are marked none, whatever their old sizes', () => {
    const report = exampleWith({
      'setup.datasets#dataset-clinc150.validationSize': null,
      'setup.datasets#dataset-clinc150.noValidationSplit': true,
      'setup.datasets#dataset-clinc150.noTestSplit': true,
    });
    expect(datasetDetailsRule(report)).toEqual([]);
    const stale = setValueAtPath(report, 'setup.datasets#dataset-clinc150.trainSize', null);
    // The test size the checkbox hides does not count as given.
    expect(datasetDetailsRule(stale)).toHaveLength(1);
  });

  it('does not fire for an evaluation-only dataset that gives only its test size', () => {
    const report = exampleWith({
      'setup.datasets#dataset-clinc150.trainSize': null,
      'setup.datasets#dataset-clinc150.validationSize': null,
    });
    expect(datasetDetailsRule(report)).toEqual([]);
  });
});

describe('effectiveBatchSizeRule', () => {
  const stating = (text: string) => ({
    'models.models#model-a.assumptions': richTextFromParagraphs(text),
  });

  it('fires when the text states another effective batch size than batch × accumulation × GPUs', () => {
    const report = exampleWith(stating('We train with an effective batch size of 64.'));
    expect(effectiveBatchSizeRule(report)).toEqual([
      {
        path: 'models.models#model-a.hyperparameters.batchSize',
        sectionId: 'models',
        severity: 'warning',
        label: 'Batch size',
        message:
          'Model A: the text states an effective batch size of 64, but batch size 16 × 2 accumulation steps × 1 GPU is 32',
      },
    ]);
  });

  it('counts every GPU', () => {
    const report = exampleWith({
      ...stating('Global batch size: 32.'),
      'setup.gpuCount': 4,
    });
    expect(effectiveBatchSizeRule(report)[0]?.message).toContain('× 4 GPUs is 128');
  });

  it('does not fire when the stated size matches', () => {
    const report = exampleWith({
      ...stating('Effective batch size 128 (16 per device × 2 accumulation steps × 4 GPUs).'),
      'setup.gpuCount': 4,
    });
    expect(effectiveBatchSizeRule(report)).toEqual([]);
  });

  it('does not fire when nothing is stated to compare with', () => {
    const report = exampleWith(stating('A batch size of 64 did not fit in memory.'));
    expect(effectiveBatchSizeRule(report)).toEqual([]);
  });
});

describe('bestModelAgreementRule', () => {
  it('fires when the named best model is not first on the primary metric', () => {
    const report = exampleWith({
      'conclusion.bestModelId': 'model-a',
      'conclusion.bestModelReason': richTextFromParagraphs('It is the cheapest to serve.'),
    });
    expect(bestModelAgreementRule(report)).toEqual([
      {
        path: 'conclusion.bestModelId',
        sectionId: 'conclusion',
        severity: 'warning',
        label: 'Best model',
        message:
          'The metric table ranks Model D first on Accuracy (test): 94.2 against 93.8 for Model A. Say in "Why it performed best" why you recommend Model A over Model D',
      },
    ]);
  });

  it('respects the direction of a lower-is-better primary metric', () => {
    const lossIsPrimary = {
      ...example,
      problem: {
        ...example.problem,
        metrics: example.problem.metrics.map((metric) => ({
          ...metric,
          primary: metric.id === 'metric-eval-loss',
        })),
      },
    };
    expect(bestModelAgreementRule(lossIsPrimary)).toEqual([]);
    const namedWorst = setValueAtPath(
      setValueAtPath(lossIsPrimary, 'conclusion.bestModelId', 'model-c'),
      'conclusion.bestModelReason',
      richTextFromParagraphs('It is the smallest.'),
    );
    expect(bestModelAgreementRule(namedWorst)[0]?.message).toContain(
      'ranks Model D first on Eval loss (test): 0.238 against 0.322 for Model C',
    );
  });

  it('does not fire once the reason names the leading model', () => {
    const report = exampleWith({
      'conclusion.bestModelId': 'model-a',
      'conclusion.bestModelReason': richTextFromParagraphs(
        'Model D is 0.4 points better but needs 3.8 GPU-hours; we prefer the cheaper one.',
      ),
    });
    expect(bestModelAgreementRule(report)).toEqual([]);
  });

  it('does not fire without a primary metric or a named model', () => {
    expect(bestModelAgreementRule(createEmptyReport('blank'))).toEqual([]);
    expect(bestModelAgreementRule(exampleWith({ 'conclusion.bestModelId': '' }))).toEqual([]);
  });
});

describe('checklistJustificationRule', () => {
  const withAnswer = (answer: 'yes' | 'no' | 'not-applicable', justification: string) =>
    exampleWith({ 'appendix.checklist': { 'pineau-runtime': { answer, justification } } });

  it('fires for an override that contradicts the report without a reason', () => {
    expect(checklistJustificationRule(withAnswer('no', ' '))).toEqual([
      {
        path: 'appendix.checklist.pineau-runtime.justification',
        sectionId: 'appendix',
        severity: 'warning',
        label: 'Justification',
        message: 'Item 5: you answer No where the report suggests Yes; say why',
      },
    ]);
  });

  it('does not fire for a justified override or one that agrees with the report', () => {
    expect(checklistJustificationRule(withAnswer('no', 'Timings were lost'))).toEqual([]);
    expect(checklistJustificationRule(withAnswer('yes', ''))).toEqual([]);
  });

  it('asks why for a Yes where the report only partly gives it', () => {
    const unmeasured = { wallClockHours: null, gpuHours: null, peakGpuMemoryGigabytes: null };
    const report = exampleWith({
      'models.models#model-a.measured': unmeasured,
      'models.models#model-b.measured': unmeasured,
      'appendix.checklist': { 'pineau-runtime': { answer: 'yes', justification: '' } },
    });
    expect(checklistJustificationRule(report)).toMatchObject([
      {
        path: 'appendix.checklist.pineau-runtime.justification',
        message:
          'Item 5: you answer Yes where the report suggests Partly — check the text; say why',
      },
    ]);
  });
});
