import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyModel, createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { deriveChecklistAnswers } from '@/model/deriveChecklistAnswers';
import { setValueAtPath } from '@/model/fieldPath';
import { fieldSpecEntries } from '@/model/fieldSpec';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import type { Report } from '@/model/reportSchema';
import { reproducibilityChecklist, type ChecklistItemId } from '@/model/reproducibilityChecklist';
import { resolveChecklistAnswers } from '@/model/resolveChecklistAnswers';
import { createEmptyRichText, richTextFromParagraphs } from '@/model/richText';
import { sectionRegistry, type SectionId } from '@/model/sectionRegistry';

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

const exampleModelIds = ['model-a', 'model-b', 'model-c', 'model-d'];

/** Clears Training time, GPU-hours and Peak GPU memory of the models named. */
function withoutMeasuredCost(...modelIds: string[]): Recipe {
  return set(
    Object.fromEntries(
      modelIds.map((modelId) => [
        `models.models#${modelId}.measured`,
        { wallClockHours: null, gpuHours: null, peakGpuMemoryGigabytes: null },
      ]),
    ),
  );
}

/** Prose without a word about time or memory. */
const withoutCostProse = set({
  'results.tradeoffs': richTextFromParagraphs('Accuracy barely tracks the parameter count.'),
  'appendix.additionalLogs': createEmptyRichText(),
});

const withoutRunTimes = combine(withoutMeasuredCost(...exampleModelIds), withoutCostProse);

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
  /** The field the Yes rests on, and the reason naming every field that backs it. */
  yesField: string;
  yesReason: string;
  /** Takes away what satisfies the item. */
  unsatisfy: Recipe;
  noPointer: SectionId;
  noField: string;
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
    yesField: 'models.models#model-a.selection.searchBounds',
    yesReason:
      'Search bounds, Selection criterion, Learning rate, Batch size and Epochs or Max steps of all 4 models.',
    unsatisfy: set({ 'models.models#model-b.selection.searchBounds': '' }),
    noPointer: 'models',
    noField: 'models.models#model-b.selection.searchBounds',
    noReason: 'Model B does not give its search bounds.',
  },
  'pineau-number-of-runs': {
    yesPointer: 'setup',
    yesField: 'setup.numberOfRuns',
    yesReason: 'Runs per configuration: 3.',
    unsatisfy: set({
      'setup.numberOfRuns': null,
      'results.metricResults#result-model-a-metric-accuracy-test.runs': null,
    }),
    noPointer: 'setup',
    noField: 'setup.numberOfRuns',
    noReason: 'Neither the setup nor the metric table says how many runs there were.',
  },
  'pineau-evaluation-metrics': {
    yesPointer: 'problem',
    yesField: 'problem.metrics#metric-accuracy.definition',
    yesReason: 'Definition of all 3 metrics.',
    unsatisfy: set({ 'problem.metrics#metric-macro-f1.definition': ' ' }),
    noPointer: 'problem',
    noField: 'problem.metrics#metric-macro-f1.definition',
    noReason: 'Macro-F1 has no definition.',
  },
  'pineau-central-tendency': {
    yesPointer: 'results',
    yesField: 'results.metricResults#result-model-a-metric-accuracy-validation.spread',
    yesReason: 'Aggregation (mean) and Spread of all 24 values in the metric table.',
    unsatisfy: set({ 'results.metricResults#result-model-b-metric-accuracy-test.spread': null }),
    noPointer: 'results',
    noField: 'results.metricResults#result-model-b-metric-accuracy-test.spread',
    noReason: '1 value in the metric table has no spread.',
  },
  'pineau-runtime': {
    yesPointer: 'models',
    yesField: 'models.models#model-a.measured.wallClockHours',
    yesReason: 'Training time (hours) and GPU-hours of all 4 models.',
    unsatisfy: withoutRunTimes,
    noPointer: 'models',
    noField: 'models.models#model-a.measured.wallClockHours',
    noReason: 'No model gives Training time (hours) or GPU-hours.',
  },
  'pineau-computing-infrastructure': {
    yesPointer: 'setup',
    yesField: 'setup.gpuType',
    yesReason: 'GPU type and GPU count: 1 × NVIDIA A100-SXM4-80GB per run.',
    unsatisfy: set({ 'setup.gpuType': '' }),
    noPointer: 'setup',
    noField: 'setup.gpuType',
    noReason: 'The GPU type is not given.',
  },
  'pineau-data-splits': {
    yesPointer: 'setup',
    yesField: 'setup.datasets#dataset-banking77.trainSize',
    yesReason: 'Train size, Validation size and Test size of both datasets.',
    // The case of the issue: one Test size empty, and not marked as no test split.
    unsatisfy: set({ 'setup.datasets#dataset-clinc150.testSize': null }),
    noPointer: 'setup',
    noField: 'setup.datasets#dataset-clinc150.testSize',
    noReason: 'CLINC150 (plus) gives no Test size (nor ticks No test split).',
  },
  'pineau-data-preprocessing': {
    yesPointer: 'setup',
    yesField: 'setup.datasets#dataset-banking77.preprocessing',
    yesReason: 'Preprocessing of both datasets.',
    unsatisfy: set({ 'setup.datasets#dataset-banking77.preprocessing': '' }),
    noPointer: 'setup',
    noField: 'setup.datasets#dataset-banking77.preprocessing',
    noReason: 'Banking77 does not describe its preprocessing.',
  },
  'neurips-4-reproducibility': {
    yesPointer: 'models',
    yesField: 'models.models#model-a.hyperparameters.learningRate',
    yesReason:
      'Learning rate, Batch size, Epochs or Max steps, the settings each method needs (LoRA rank, LoRA alpha, Adapter size and Quantization bits) and Dataset of all 4 models; Source of both datasets, Random seeds and Framework version (Experimental setup).',
    unsatisfy: set({ 'setup.seeds': '' }),
    noPointer: 'setup',
    noField: 'setup.seeds',
    noReason: 'The random seeds are not recorded.',
  },
  'neurips-5-open-access': {
    yesPointer: 'appendix',
    yesField: 'appendix.repositoryUrl',
    yesReason: 'Repository, and Source of both datasets (Experimental setup).',
    unsatisfy: set({ 'appendix.repositoryUrl': '' }),
    noPointer: 'appendix',
    noField: 'appendix.repositoryUrl',
    noReason: 'No code repository is given.',
  },
  'neurips-6-experimental-setting': {
    yesPointer: 'setup',
    yesField: 'setup.datasets#dataset-banking77.trainSize',
    yesReason:
      'Train size, Validation size and Test size of both datasets; Learning rate, Batch size, Epochs or Max steps, Optimizer and Selection criterion of all 4 models (Models and approach).',
    unsatisfy: set({ 'models.models#model-c.hyperparameters.optimizer': '' }),
    noPointer: 'models',
    noField: 'models.models#model-c.hyperparameters.optimizer',
    noReason: 'Model C does not name its optimizer.',
  },
  'neurips-7-statistical-significance': {
    yesPointer: 'results',
    yesField: 'results.metricResults#result-model-a-metric-accuracy-validation.spread',
    yesReason:
      'Spread and Runs (2 or more) of all 24 values in the metric table; Random seeds (Experimental setup).',
    unsatisfy: set({ 'results.metricResults#result-model-c-metric-eval-loss-test.runs': 1 }),
    noPointer: 'results',
    noField: 'results.metricResults#result-model-c-metric-eval-loss-test.runs',
    noReason: '1 value in the metric table does not come from several runs.',
  },
  'neurips-8-compute': {
    yesPointer: 'models',
    yesField: 'models.models#model-a.measured.peakGpuMemoryGigabytes',
    yesReason:
      'Training time (hours), GPU-hours and Peak GPU memory (GB) of all 4 models; GPU type and GPU count: 1 × NVIDIA A100-SXM4-80GB per run (Experimental setup).',
    unsatisfy: withoutRunTimes,
    noPointer: 'models',
    noField: 'models.models#model-a.measured.wallClockHours',
    noReason: 'No model gives Training time (hours), GPU-hours or Peak GPU memory (GB).',
  },
  'code-dependencies': {
    yesPointer: 'setup',
    yesField: 'setup.lockfile',
    yesReason: 'Lockfile: uv.lock (uv 0.5.11).',
    unsatisfy: set({
      'setup.lockfile': '',
      'setup.containerImage': '',
      'setup.libraryVersions#lib-peft.version': '',
    }),
    noPointer: 'setup',
    noField: 'setup.lockfile',
    noReason: 'No lockfile, container image or complete list of library versions.',
  },
  'code-training': {
    yesPointer: 'appendix',
    yesField: 'appendix.codeLinks#code-train.url',
    yesReason: 'Training code in Code paths and links: Training script.',
    unsatisfy: appendix({ codeLinks: [], configFiles: '' }),
    noPointer: 'appendix',
    noField: 'appendix.codeLinks',
    noReason: 'No link to the training code is given.',
  },
  'code-evaluation': {
    yesPointer: 'appendix',
    yesField: 'appendix.codeLinks#code-evaluate.url',
    yesReason: 'Evaluation code in Code paths and links: Evaluation and OOS probe.',
    unsatisfy: appendix({ codeLinks: [] }),
    noPointer: 'appendix',
    noField: 'appendix.codeLinks',
    noReason: 'No link to the evaluation code is given.',
  },
  'code-pretrained-models': {
    satisfy: weightsLink,
    yesPointer: 'appendix',
    yesField: 'appendix.codeLinks#code-weights.url',
    yesReason: 'Fine-tuned weights in Code paths and links: Model D adapter weights.',
    unsatisfy: (report) => report,
    noPointer: 'appendix',
    noField: 'appendix.codeLinks',
    noReason: 'No link to the fine-tuned weights is given.',
  },
  'code-results': {
    yesPointer: 'results',
    yesField: 'results.metricResults#result-model-a-metric-accuracy-validation.value',
    yesReason:
      'The metric table (24 values), with Config files and Code paths and links (Appendix and references) to reproduce it.',
    unsatisfy: appendix({ codeLinks: [], configFiles: '' }),
    noPointer: 'appendix',
    noField: 'appendix.configFiles',
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
          fieldPath: itemCase.yesField,
          reason: itemCase.yesReason,
        });
      });

      it('is No, saying what is missing, when the report lacks it', () => {
        const report = itemCase.unsatisfy(createExampleReport());
        expect(deriveChecklistAnswers(report)[item.id]).toEqual({
          answer: 'no',
          sectionId: itemCase.noPointer,
          fieldPath: itemCase.noField,
          reason: itemCase.noReason,
        });
      });

      it('is N/A while the report has no results (no experiment yet)', () => {
        const report = combine(itemCase.unsatisfy, withoutResults)(createExampleReport());
        expect(deriveChecklistAnswers(report)[item.id]).toEqual({
          answer: 'not-applicable',
          sectionId: 'results',
          fieldPath: 'results.metricResults',
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
          fieldPath: 'appendix.codeLinks',
          reason: 'No link to the fine-tuned weights is given.',
        },
      ],
    ]);
  });

  it('points every answer of the example, and of a blank report, at a field the form has', () => {
    for (const report of [createExampleReport(), createEmptyReport('blank')]) {
      for (const derived of Object.values(deriveChecklistAnswers(report))) {
        expect(fieldSpecAtPath(derived.fieldPath), derived.fieldPath).toBeDefined();
        expect(derived.fieldPath.split('.')[0]).toBe(derived.sectionId);
      }
    }
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
      fieldPath: 'models.models#model-a.selection.numberOfRuns',
      reason: 'No search: every model was trained with one stated configuration.',
    });
  });

  it('takes the run counts of the metric table when the setup does not state them', () => {
    const report = set({ 'setup.numberOfRuns': null })(createExampleReport());
    expect(deriveChecklistAnswers(report)['pineau-number-of-runs']).toEqual({
      answer: 'yes',
      sectionId: 'results',
      fieldPath: 'results.metricResults#result-model-a-metric-accuracy-validation.runs',
      reason: 'Runs (or a single-run Aggregation) of all 24 values in the metric table.',
    });
  });

  it('does not count a code link without a URL as the training code', () => {
    const report = appendix({
      codeLinks: [{ id: 'code-train', label: 'Training script', url: ' ' }],
      configFiles: '',
    })(createExampleReport());
    expect(deriveChecklistAnswers(report)['code-training']).toMatchObject({
      answer: 'no',
      reason: 'No link to the training code is given.',
    });
  });
});

describe('run time (Pineau) and compute (NeurIPS 8) come from the measured cost of every model', () => {
  const runtime = (report: Report) => deriveChecklistAnswers(report)['pineau-runtime'];
  const compute = (report: Report) => deriveChecklistAnswers(report)['neurips-8-compute'];

  it('stays Yes from the fields when no prose mentions time or memory', () => {
    const report = withoutCostProse(createExampleReport());
    expect(runtime(report)).toMatchObject({
      answer: 'yes',
      reason: 'Training time (hours) and GPU-hours of all 4 models.',
    });
    expect(compute(report)).toMatchObject({ answer: 'yes' });
  });

  it('reads run times found only in the appendix prose as Partly, no longer Yes', () => {
    // Before schema 3 this report was Yes, "Run times are given", from the words "run time".
    const report = combine(
      withoutMeasuredCost(...exampleModelIds),
      set({ 'results.tradeoffs': createEmptyRichText() }),
    )(createExampleReport());
    expect(runtime(report)).toEqual({
      answer: 'partly',
      sectionId: 'models',
      fieldPath: 'models.models#model-a.measured.wallClockHours',
      reason:
        'Appendix and references › Additional logs mentions "run time", but no model gives Training time (hours) or GPU-hours.',
    });
  });

  it('reads GPU-hours and GB in the results prose as Partly for both items', () => {
    const report = withoutMeasuredCost(...exampleModelIds)(createExampleReport());
    expect(runtime(report)).toMatchObject({
      answer: 'partly',
      reason:
        'Results and analysis › Size and cost versus performance mentions "3.8 GPU-hours", but no model gives Training time (hours) or GPU-hours.',
    });
    expect(compute(report)).toMatchObject({
      answer: 'partly',
      reason:
        'Results and analysis › Size and cost versus performance mentions "3.8 GPU-hours", but no model gives Training time (hours), GPU-hours or Peak GPU memory (GB).',
    });
    const memoryOnly = combine(
      withoutCostProse,
      set({ 'results.tradeoffs': richTextFromParagraphs('Model D fits in 48 GB.') }),
    )(report);
    expect(runtime(memoryOnly)).toMatchObject({ answer: 'no' });
    expect(compute(memoryOnly)).toMatchObject({
      answer: 'partly',
      reason:
        'Results and analysis › Size and cost versus performance mentions "48 GB", but no model gives Training time (hours), GPU-hours or Peak GPU memory (GB).',
    });
  });

  it('is No with neither fields nor prose, whatever the RAM and the GPU name say', () => {
    const report = withoutRunTimes(createExampleReport());
    expect(report.setup.memory).toBe('128 GB per run');
    expect(report.setup.gpuType).toContain('80GB');
    expect(compute(report)).toMatchObject({ answer: 'no' });
  });

  it('is Partly, naming the models that lack it, when only some models give it', () => {
    const report = withoutMeasuredCost('model-c', 'model-d')(createExampleReport());
    expect(runtime(report)).toEqual({
      answer: 'partly',
      sectionId: 'models',
      fieldPath: 'models.models#model-c.measured.wallClockHours',
      reason: 'Model C and Model D give neither Training time (hours) nor GPU-hours.',
    });
    expect(compute(report)).toEqual({
      answer: 'partly',
      sectionId: 'models',
      fieldPath: 'models.models#model-c.measured.wallClockHours',
      reason:
        'Model C and Model D give neither Training time (hours) nor GPU-hours. Model C and Model D give no Peak GPU memory (GB).',
    });
  });

  it('asks memory of every model for the compute item only', () => {
    const report = set({
      'models.models#model-b.measured.peakGpuMemoryGigabytes': null,
    })(createExampleReport());
    expect(runtime(report)).toMatchObject({ answer: 'yes' });
    expect(compute(report)).toEqual({
      answer: 'partly',
      sectionId: 'models',
      fieldPath: 'models.models#model-b.measured.peakGpuMemoryGigabytes',
      reason: 'Model B gives no Peak GPU memory (GB).',
    });
  });

  it('takes GPU-hours alone as a run time', () => {
    const report = set(
      Object.fromEntries(
        exampleModelIds.map((modelId) => [
          `models.models#${modelId}.measured.wallClockHours`,
          null,
        ]),
      ),
    )(createExampleReport());
    expect(runtime(report)).toEqual({
      answer: 'yes',
      sectionId: 'models',
      fieldPath: 'models.models#model-a.measured.gpuHours',
      reason: 'GPU-hours of all 4 models.',
    });
  });

  it('goes from Partly to Yes in a new report once a model gives the fields', () => {
    const prose = set({
      'results.analysis': richTextFromParagraphs('Training took 18 hours on 48 GB.'),
    })(createEmptyReport('new'));
    expect(runtime(prose)).toEqual({
      answer: 'partly',
      sectionId: 'models',
      fieldPath: 'models.models',
      reason:
        'Results and analysis › Analysis mentions "18 hours", but no model gives Training time (hours) or GPU-hours.',
    });
    // Without results and a GPU type, the compute item is an experiment still to come.
    expect(compute(prose).answer).toBe('not-applicable');

    const model = createEmptyModel('model-1');
    model.measured = { wallClockHours: 18, gpuHours: null, peakGpuMemoryGigabytes: 48 };
    const measured = combine(
      (report) => ({ ...report, models: { ...report.models, models: [model] } }),
      set({ 'setup.gpuType': 'NVIDIA L40S', 'setup.gpuCount': 1 }),
    )(prose);
    expect(runtime(measured)).toEqual({
      answer: 'yes',
      sectionId: 'models',
      fieldPath: 'models.models#model-1.measured.wallClockHours',
      reason: 'Training time (hours) of Model 1.',
    });
    expect(compute(measured)).toEqual({
      answer: 'yes',
      sectionId: 'models',
      fieldPath: 'models.models#model-1.measured.peakGpuMemoryGigabytes',
      reason:
        'Training time (hours) and Peak GPU memory (GB) of Model 1; GPU type and GPU count: 1 × NVIDIA L40S per run (Experimental setup).',
    });
  });
});

describe('split sizes are Yes only when every split of every dataset is a number or marked none', () => {
  const splits = (report: Report) => deriveChecklistAnswers(report)['pineau-data-splits'];

  it('takes a ticked "No test split" for the missing Test size', () => {
    const report = set({
      'setup.datasets#dataset-clinc150.testSize': null,
      'setup.datasets#dataset-clinc150.noTestSplit': true,
    })(createExampleReport());
    expect(splits(report)).toMatchObject({
      answer: 'yes',
      reason: 'Train size, Validation size and Test size (or No test split) of both datasets.',
    });
    expect(deriveChecklistAnswers(report)['neurips-6-experimental-setting'].answer).toBe('yes');
  });

  it('names the ticked box when no dataset has that split', () => {
    const report = set({
      'setup.datasets#dataset-banking77.noValidationSplit': true,
      'setup.datasets#dataset-clinc150.noValidationSplit': true,
    })(createExampleReport());
    expect(splits(report)).toMatchObject({
      answer: 'yes',
      reason: 'Train size, No validation split and Test size of both datasets.',
    });
  });

  it('is No, naming every split missing, for a dataset without sizes', () => {
    const report = set({
      'setup.datasets#dataset-clinc150.trainSize': null,
      'setup.datasets#dataset-clinc150.validationSize': null,
      'setup.datasets#dataset-clinc150.testSize': null,
    })(createExampleReport());
    expect(splits(report)).toEqual({
      answer: 'no',
      sectionId: 'setup',
      fieldPath: 'setup.datasets#dataset-clinc150.trainSize',
      reason:
        'CLINC150 (plus) gives no Train size, Validation size or Test size (nor ticks No validation split or No test split).',
    });
    expect(deriveChecklistAnswers(report)['neurips-6-experimental-setting']).toEqual(
      splits(report),
    );
  });

  it('is No without any dataset', () => {
    const report = set({ 'setup.datasets': [] })(createExampleReport());
    expect(splits(report)).toEqual({
      answer: 'no',
      sectionId: 'setup',
      fieldPath: 'setup.datasets',
      reason: 'No dataset is described.',
    });
  });
});

/** Every rich-text and long-text field outside lists: the prose of a report. */
function proseFieldPaths(): { path: string; kind: 'richText' | 'longText' }[] {
  const found: { path: string; kind: 'richText' | 'longText' }[] = [];
  const visit = (specs: object, path: string): void => {
    for (const [key, spec] of fieldSpecEntries(specs)) {
      if (spec.kind === 'richText' || spec.kind === 'longText')
        found.push({ path: `${path}.${key}`, kind: spec.kind });
      else if (spec.kind === 'group') visit(spec.fields, `${path}.${key}`);
    }
  };
  for (const section of sectionRegistry) visit(section.fields, section.id);
  return found;
}

const proseWord = fc.oneof(
  fc.constantFrom(
    'hours',
    '18 hours',
    '18h',
    '3.8 GPU-hours',
    'wall clock',
    'run time',
    '48 GB',
    '80GB',
    '24 GiB',
    'seeds 13, 42, 1234',
    '3 runs',
    'mean ± std',
    'train.py',
    'https://github.com/example/repo',
    'uv.lock',
    'Yes',
  ),
  fc.double({ noNaN: true }).map(String),
  fc.string({ maxLength: 30 }),
);
const proseText = fc.array(proseWord, { maxLength: 25 }).map((words) => words.join(' '));

describe('no derived Yes from prose alone', () => {
  const proseFields = proseFieldPaths();

  it('finds the prose fields where cost and runs are usually written', () => {
    expect(proseFields.map((field) => field.path)).toEqual(
      expect.arrayContaining([
        'results.analysis',
        'results.tradeoffs',
        'results.unexpectedResults',
        'appendix.additionalLogs',
        'appendix.configFiles',
        'setup.determinism',
      ]),
    );
  });

  it('a report whose structured fields are blank has no derived Yes, whatever its prose says', () => {
    fc.assert(
      fc.property(
        fc.array(proseText, { minLength: proseFields.length, maxLength: proseFields.length }),
        (texts) => {
          const report = proseFields.reduce<Report>(
            (filled, field, index) =>
              setValueAtPath(
                filled,
                field.path,
                field.kind === 'richText'
                  ? richTextFromParagraphs(...(texts[index] ?? '').split('\n'))
                  : (texts[index] ?? ''),
              ),
            createEmptyReport('prose-only'),
          );
          const answers = Object.values(deriveChecklistAnswers(report));
          expect(answers.filter((derived) => derived.answer === 'yes')).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
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

  it('lets the author answer over a derived Partly', () => {
    const report = combine(
      withoutMeasuredCost(...exampleModelIds),
      appendix({
        checklist: {
          'pineau-runtime': { answer: 'yes', justification: 'Table A2 gives GPU-hours per model.' },
        },
      }),
    )(createExampleReport());
    expect(
      resolveChecklistAnswers(report).find((answer) => answer.item.id === 'pineau-runtime'),
    ).toMatchObject({
      answer: 'yes',
      origin: 'author',
      justification: 'Table A2 gives GPU-hours per model.',
      derived: { answer: 'partly' },
    });
  });
});
