import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { deriveChecklistAnswers } from '@/model/deriveChecklistAnswers';
import { setValueAtPath } from '@/model/fieldPath';
import type { Report } from '@/model/reportSchema';
import { reproducibilityChecklist, type ChecklistItemId } from '@/model/reproducibilityChecklist';
import { resolveChecklistAnswers } from '@/model/resolveChecklistAnswers';
import { createEmptyRichText, richTextFromParagraphs } from '@/model/richText';
import type { SectionId } from '@/model/sectionRegistry';

type Recipe = (report: Report) => Report;

function set(changes: Record<string, unknown>): Recipe {
  return (report) =>
    Object.entries(changes).reduce<Report>(
      (changed, [path, value]) => setValueAtPath(changed, path, value),
      report,
    );
}

function appendix(changes: Partial<Report['appendix']>): Recipe {
  return (report) => ({ ...report, appendix: { ...report.appendix, ...changes } });
}

function combine(...recipes: Recipe[]): Recipe {
  return (report) => recipes.reduce((changed, recipe) => recipe(changed), report);
}

const withoutRunTimes = set({
  'results.tradeoffs': richTextFromParagraphs('Accuracy barely tracks the parameter count.'),
  'appendix.additionalLogs': createEmptyRichText(),
});

const withoutResults: Recipe = (report) => ({
  ...report,
  results: {
    ...report.results,
    metricResults: report.results.metricResults.map((result) => ({ ...result, value: null })),
  },
});

interface ItemCase {
  /** Makes the example satisfy the item, where it does not already. */
  satisfy?: Recipe;
  yesPointer: SectionId;
  /** Takes away what satisfies the item. */
  unsatisfy: Recipe;
  noPointer: SectionId;
  noReason: string;
}

const weightsLink = appendix({
  codeLinks: [
    {
      id: 'code-weights',
      label: 'Model D adapter weights',
      url: 'https://huggingface.co/northwind/intent-model-d',
    },
  ],
});

/** One case per item: a new checklist item fails to compile until it is tested here. */
const itemCases: { [Id in ChecklistItemId]: ItemCase } = {
  'pineau-hyperparameter-ranges': {
    yesPointer: 'models',
    unsatisfy: set({ 'models.models#model-b.selection.searchBounds': '' }),
    noPointer: 'models',
    noReason: 'Model B does not give its search bounds.',
  },
  'pineau-number-of-runs': {
    yesPointer: 'setup',
    unsatisfy: set({
      'setup.numberOfRuns': null,
      'results.metricResults#result-model-a-metric-accuracy-test.runs': null,
    }),
    noPointer: 'setup',
    noReason: 'Neither the setup nor the metric table says how many runs there were.',
  },
  'pineau-evaluation-metrics': {
    yesPointer: 'problem',
    unsatisfy: set({ 'problem.metrics#metric-macro-f1.definition': ' ' }),
    noPointer: 'problem',
    noReason: 'Macro-F1 has no definition.',
  },
  'pineau-central-tendency': {
    yesPointer: 'results',
    unsatisfy: set({ 'results.metricResults#result-model-b-metric-accuracy-test.spread': null }),
    noPointer: 'results',
    noReason: '1 value in the metric table has no spread.',
  },
  'pineau-runtime': {
    yesPointer: 'results',
    unsatisfy: withoutRunTimes,
    noPointer: 'results',
    noReason: 'No run time or energy cost is given in Results or the Appendix.',
  },
  'pineau-computing-infrastructure': {
    yesPointer: 'setup',
    unsatisfy: set({ 'setup.gpuType': '' }),
    noPointer: 'setup',
    noReason: 'The GPU type is not given.',
  },
  'pineau-data-splits': {
    yesPointer: 'setup',
    unsatisfy: set({
      'setup.datasets#dataset-clinc150.trainSize': null,
      'setup.datasets#dataset-clinc150.validationSize': null,
      'setup.datasets#dataset-clinc150.testSize': null,
    }),
    noPointer: 'setup',
    noReason: 'CLINC150 (plus) gives no split sizes.',
  },
  'pineau-data-preprocessing': {
    yesPointer: 'setup',
    unsatisfy: set({ 'setup.datasets#dataset-banking77.preprocessing': '' }),
    noPointer: 'setup',
    noReason: 'Banking77 does not describe its preprocessing.',
  },
  'neurips-4-reproducibility': {
    yesPointer: 'models',
    unsatisfy: set({ 'setup.seeds': '' }),
    noPointer: 'setup',
    noReason: 'The random seeds are not recorded.',
  },
  'neurips-5-open-access': {
    yesPointer: 'appendix',
    unsatisfy: set({ 'appendix.repositoryUrl': '' }),
    noPointer: 'appendix',
    noReason: 'No code repository is given.',
  },
  'neurips-6-experimental-setting': {
    yesPointer: 'setup',
    unsatisfy: set({ 'models.models#model-c.hyperparameters.optimizer': '' }),
    noPointer: 'models',
    noReason: 'Model C does not name its optimizer.',
  },
  'neurips-7-statistical-significance': {
    yesPointer: 'results',
    unsatisfy: set({ 'results.metricResults#result-model-c-metric-eval-loss-test.runs': 1 }),
    noPointer: 'results',
    noReason: '1 value in the metric table does not come from several runs.',
  },
  'neurips-8-compute': {
    yesPointer: 'setup',
    unsatisfy: withoutRunTimes,
    noPointer: 'results',
    noReason: 'No run time is given in Results or the Appendix.',
  },
  'code-dependencies': {
    yesPointer: 'setup',
    unsatisfy: set({
      'setup.lockfile': '',
      'setup.containerImage': '',
      'setup.libraryVersions#lib-peft.version': '',
    }),
    noPointer: 'setup',
    noReason: 'No lockfile, container image or complete list of library versions.',
  },
  'code-training': {
    yesPointer: 'appendix',
    unsatisfy: appendix({ codeLinks: [], configFiles: '' }),
    noPointer: 'appendix',
    noReason: 'No link to the training code is given.',
  },
  'code-evaluation': {
    yesPointer: 'appendix',
    unsatisfy: appendix({ codeLinks: [] }),
    noPointer: 'appendix',
    noReason: 'No link to the evaluation code is given.',
  },
  'code-pretrained-models': {
    satisfy: weightsLink,
    yesPointer: 'appendix',
    unsatisfy: (report) => report,
    noPointer: 'appendix',
    noReason: 'No link to the fine-tuned weights is given.',
  },
  'code-results': {
    yesPointer: 'results',
    unsatisfy: appendix({ codeLinks: [], configFiles: '' }),
    noPointer: 'appendix',
    noReason: 'No config files or scripts to reproduce the metric table are given.',
  },
};

describe('deriveChecklistAnswers, item by item', () => {
  for (const item of reproducibilityChecklist) {
    const itemCase = itemCases[item.id];
    describe(item.id, () => {
      it('is Yes when the report gives what it asks for', () => {
        const report = (itemCase.satisfy ?? ((unchanged) => unchanged))(createExampleReport());
        expect(deriveChecklistAnswers(report)[item.id]).toEqual({
          answer: 'yes',
          sectionId: itemCase.yesPointer,
          reason: expect.any(String),
        });
      });

      it('is No, saying what is missing, when the report lacks it', () => {
        const report = itemCase.unsatisfy(createExampleReport());
        expect(deriveChecklistAnswers(report)[item.id]).toEqual({
          answer: 'no',
          sectionId: itemCase.noPointer,
          reason: itemCase.noReason,
        });
      });

      it('is N/A while the report has no results (no experiment yet)', () => {
        const report = combine(itemCase.unsatisfy, withoutResults)(createExampleReport());
        expect(deriveChecklistAnswers(report)[item.id]).toEqual({
          answer: 'not-applicable',
          sectionId: 'results',
          reason: 'No results are reported yet, so there is no experiment to check.',
        });
      });
    });
  }
});

describe('deriveChecklistAnswers', () => {
  it('answers the example from its fields: everything but published weights', () => {
    const answers = deriveChecklistAnswers(createExampleReport());
    const notYes = Object.entries(answers).filter(([, derived]) => derived.answer !== 'yes');
    expect(notYes).toEqual([
      [
        'code-pretrained-models',
        {
          answer: 'no',
          sectionId: 'appendix',
          reason: 'No link to the fine-tuned weights is given.',
        },
      ],
    ]);
  });

  it('answers every item of a blank report N/A', () => {
    const answers = deriveChecklistAnswers(createEmptyReport('blank'));
    expect(Object.keys(answers)).toEqual(reproducibilityChecklist.map((item) => item.id));
    expect(new Set(Object.values(answers).map((derived) => derived.answer))).toEqual(
      new Set(['not-applicable']),
    );
  });

  it('reads a report without hyperparameter search as N/A for the ranges', () => {
    let report = createExampleReport();
    for (const model of report.models.models) {
      report = set({
        [`models.models#${model.id}.selection.numberOfRuns`]: 1,
        [`models.models#${model.id}.selection.searchBounds`]: '',
      })(report);
    }
    expect(deriveChecklistAnswers(report)['pineau-hyperparameter-ranges']).toEqual({
      answer: 'not-applicable',
      sectionId: 'models',
      reason: 'No search: every model was trained with one stated configuration.',
    });
  });

  it('finds run times in the appendix when Results has none', () => {
    const report = set({ 'results.tradeoffs': createEmptyRichText() })(createExampleReport());
    expect(deriveChecklistAnswers(report)['pineau-runtime']).toEqual({
      answer: 'yes',
      sectionId: 'appendix',
      reason: 'Run times are given.',
    });
  });

  it('takes the run counts of the metric table when the setup does not state them', () => {
    const report = set({ 'setup.numberOfRuns': null })(createExampleReport());
    expect(deriveChecklistAnswers(report)['pineau-number-of-runs']).toEqual({
      answer: 'yes',
      sectionId: 'results',
      reason: 'Every value in the metric table says how many runs it comes from.',
    });
  });
});

describe('resolveChecklistAnswers', () => {
  it('uses the derived answer unless the author overrides it', () => {
    const report = appendix({
      checklist: {
        'code-pretrained-models': {
          answer: 'not-applicable',
          justification: 'The checkpoints stay inside the bank.',
        },
        'pineau-runtime': { answer: '', justification: 'A note without an answer' },
      },
    })(createExampleReport());
    const resolved = resolveChecklistAnswers(report);
    expect(resolved.map((answer) => answer.item.id)).toEqual(
      reproducibilityChecklist.map((item) => item.id),
    );
    const weights = resolved.find((answer) => answer.item.id === 'code-pretrained-models');
    expect(weights).toMatchObject({
      answer: 'not-applicable',
      origin: 'author',
      justification: 'The checkpoints stay inside the bank.',
      derived: { answer: 'no' },
    });
    expect(resolved.find((answer) => answer.item.id === 'pineau-runtime')).toMatchObject({
      answer: 'yes',
      origin: 'derived',
      justification: 'A note without an answer',
    });
  });
});
