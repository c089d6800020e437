import { describeTypedNumber } from '@/model/describeTypedNumber';
import { describeTypedNumberWithoutUnit } from '@/model/describeTypedNumberWithoutUnit';
import { metricDisplayName } from '@/model/metricDisplayName';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import { listItemFieldPath } from '@/model/listItemFieldPath';
import { describeMethod } from '@/model/modelSummary';
import type { FineTuningMethod, Hyperparameters, Model, Report } from '@/model/reportSchema';
import { isRichTextEmpty, isSafeLink, type RichText } from '@/model/richText';
import { describeTaskType } from '@/model/describeTaskType';
import { buildMetricTable } from './buildMetricTable';
import { hubDatasetId } from './hubDatasetId';
import type { MarkdownBodyOutline } from './writeMarkdownBody';
import type { OutlineBlock, OutlineFigure, OutlineText, OutlineTable } from './reportOutline';
import type { ModelCardSubject } from './modelCardSubject';

type BodySection = MarkdownBodyOutline['sections'][number];

const moreInformationNeeded: OutlineBlock = {
  kind: 'paragraph',
  content: [{ text: 'More information needed' }],
};

function text(value: string): OutlineText {
  return [{ text: value }];
}

function paragraph(value: string): OutlineBlock {
  return { kind: 'paragraph', content: text(value) };
}

/** A Trainer-style `- key: value` list; entries without a value are left out, addresses linked. */
function keyValueList(entries: readonly (readonly [string, string])[]): OutlineBlock[] {
  const present = entries.filter(([, value]) => value.trim() !== '');
  if (present.length === 0) return [];
  return [
    {
      kind: 'list',
      ordered: false,
      items: present.map(([key, value]) => ({
        content: isSafeLink(value.trim())
          ? [{ text: `${key}: ` }, { text: value.trim(), href: value.trim() }]
          : text(`${key}: ${value}`),
        blocks: [],
      })),
    },
  ];
}

function richTextBlocks(content: RichText, level: number): OutlineBlock[] {
  return isRichTextEmpty(content) ? [] : [{ kind: 'richText', content, level }];
}

/** A level-2 heading and the text under it, or nothing when the text is empty. */
function titledRichTextBlocks(title: string, content: RichText): OutlineBlock[] {
  return isRichTextEmpty(content)
    ? []
    : [{ kind: 'heading', level: 2, text: title }, ...richTextBlocks(content, 2)];
}

/** A model's number as the user typed it (`0.0002` stays `0.0002`). */
function typedModelNumber(
  report: Report,
  model: Model,
  value: number | null,
  ...keys: string[]
): string {
  if (value === null) return '';
  return describeTypedNumber(
    report.typedNumbers[listItemFieldPath('models.models', model.id, ...keys)],
    value,
  );
}

function hyperparameterText(report: Report, model: Model, key: keyof Hyperparameters): string {
  const value = model.hyperparameters[key];
  if (typeof value === 'number' || value === null)
    return typedModelNumber(report, model, value, 'hyperparameters', key);
  return value.trim();
}

function optimizerText(report: Report, model: Model): string {
  const optimizer = hyperparameterText(report, model, 'optimizer');
  if (optimizer === '') return '';
  const beta1 = hyperparameterText(report, model, 'adamBeta1');
  const beta2 = hyperparameterText(report, model, 'adamBeta2');
  const epsilon = hyperparameterText(report, model, 'adamEpsilon');
  const betas = beta1 !== '' && beta2 !== '' ? ` with betas=(${beta1},${beta2})` : '';
  const epsilonText = epsilon === '' ? '' : `${betas === '' ? ' with' : ' and'} epsilon=${epsilon}`;
  return `${optimizer}${betas}${epsilonText}`;
}

/** Warmup is free text: a whole number is steps and a fraction a ratio, as the Trainer names them. */
function warmupEntry(warmup: string): readonly [string, string] {
  const typed = warmup.trim();
  if (/^\d+$/u.test(typed)) return ['lr_scheduler_warmup_steps', typed];
  if (/^0?\.\d+$/u.test(typed)) return ['lr_scheduler_warmup_ratio', typed];
  return ['lr_scheduler_warmup', typed];
}

function hyperparameterBlocks(report: Report, model: Model): OutlineBlock[] {
  const number = (key: keyof Hyperparameters) => hyperparameterText(report, model, key);
  const list = keyValueList([
    ['learning_rate', number('learningRate')],
    ['train_batch_size', number('batchSize')],
    ['seed', report.setup.seeds.trim()],
    ['gradient_accumulation_steps', number('gradientAccumulation')],
    ['optimizer', optimizerText(report, model)],
    ['lr_scheduler_type', number('scheduler')],
    warmupEntry(model.hyperparameters.warmup),
    ['num_epochs', number('epochs')],
    ['training_steps', number('maxSteps')],
    ['weight_decay', number('weightDecay')],
    ['max_grad_norm', number('maxGradNorm')],
    ['max_seq_length', number('maxSequenceLength')],
    ['precision', model.hyperparameters.precision ?? ''],
  ]);
  return [
    { kind: 'heading', level: 2, text: 'Training hyperparameters' },
    ...(list.length === 0
      ? [moreInformationNeeded]
      : [paragraph('The following hyperparameters were used during training:'), ...list]),
  ];
}

function methodSettingBlocks(report: Report, model: Model): OutlineBlock[] {
  const number = (value: number | null, ...keys: string[]) =>
    typedModelNumber(report, model, value, ...keys);
  const lora = [
    ['r', number(model.lora.rank, 'lora', 'rank')],
    ['lora_alpha', number(model.lora.alpha, 'lora', 'alpha')],
    ['lora_dropout', number(model.lora.dropout, 'lora', 'dropout')],
    ['target_modules', model.lora.targetModules.trim()],
  ] as const;
  const promptTuning = [
    [
      'num_virtual_tokens',
      number(model.promptTuning.virtualTokens, 'promptTuning', 'virtualTokens'),
    ],
  ] as const;
  const settings: {
    readonly [Method in FineTuningMethod]: readonly (readonly [string, string])[];
  } = {
    full: [],
    lora,
    qlora: lora,
    adapter: [
      ['adapter_size', number(model.adapter.size, 'adapter', 'size')],
      ['adapter_placement', model.adapter.placement.trim()],
    ],
    'prefix-tuning': promptTuning,
    'prompt-tuning': promptTuning,
    other: [],
  };
  const list = keyValueList(settings[model.method]);
  if (list.length === 0) return [];
  return [{ kind: 'heading', level: 2, text: `${describeMethod(model)} configuration` }, ...list];
}

/** The bitsandbytes config as PEFT writes it into a QLoRA card. */
function quantizationBlocks(model: Model): OutlineBlock[] {
  if (model.method !== 'qlora') return [];
  const { bits, type, doubleQuantization, computeDtype } = model.quantization;
  const eightBit = bits === 8 || type === 'int8';
  const fourBit = !eightBit && (bits === 4 || bits === null);
  const flag = (value: boolean) => (value ? 'True' : 'False');
  const fourBitEntries: (readonly [string, string])[] = fourBit
    ? [
        ['bnb_4bit_quant_type', type === 'other' ? '' : type],
        ['bnb_4bit_use_double_quant', flag(doubleQuantization)],
        ['bnb_4bit_compute_dtype', computeDtype.trim()],
      ]
    : [];
  return [
    { kind: 'heading', level: 2, text: 'Quantization' },
    paragraph('The following bitsandbytes quantization config was used during training:'),
    ...keyValueList([
      ['quant_method', 'bitsandbytes'],
      ['load_in_8bit', flag(eightBit)],
      ['load_in_4bit', flag(fourBit)],
      ...fourBitEntries,
    ]),
  ];
}

function tableBlock(table: OutlineTable): OutlineBlock {
  return { kind: 'table', table };
}

function resultBlocks(subject: ModelCardSubject): OutlineBlock[] {
  const { report, model } = subject;
  if (model === undefined) return [];
  const own = buildMetricTable({
    ...report,
    models: { ...report.models, models: [model] },
  });
  const all = buildMetricTable(report);
  const blocks: OutlineBlock[] = [{ kind: 'heading', level: 2, text: 'Training results' }];
  if (own === undefined) blocks.push(moreInformationNeeded);
  else blocks.push(tableBlock({ caption: `${subject.modelName}: ${own.legend}`, ...own }));
  if (all !== undefined && report.models.models.length > 1)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Comparison with the other models' },
      tableBlock({ caption: `All models of the report: ${all.legend}`, ...all }),
    );
  return blocks;
}

const frameworkNames: Readonly<Record<string, string>> = {
  transformers: 'Transformers',
  torch: 'Pytorch',
  pytorch: 'Pytorch',
  peft: 'PEFT',
  datasets: 'Datasets',
  tokenizers: 'Tokenizers',
};

function frameworkName(name: string): string {
  return frameworkNames[name.trim().toLowerCase()] ?? name.trim();
}

function frameworkBlocks(report: Report): OutlineBlock[] {
  const { framework, frameworkVersion, libraryVersions } = report.setup;
  const entries = [
    { name: framework, version: frameworkVersion },
    ...libraryVersions.map(({ name, version }) => ({ name, version })),
  ]
    .filter(({ name }) => name.trim() !== '')
    .map(({ name, version }) => `${frameworkName(name)} ${version.trim()}`.trim());
  return [
    { kind: 'heading', level: 2, text: 'Framework versions' },
    ...(entries.length === 0
      ? [moreInformationNeeded]
      : [
          {
            kind: 'list' as const,
            ordered: false,
            items: entries.map((entry) => ({ content: text(entry), blocks: [] })),
          },
        ]),
  ];
}

function introduction(subject: ModelCardSubject): OutlineBlock {
  const { model, report } = subject;
  const base = model?.baseModelHubId.trim() ?? '';
  const architecture = model?.architecture.trim() ?? '';
  const content: { text: string; href?: string }[] = [
    { text: 'This model is a fine-tuned version of ' },
  ];
  if (/^(?:[\w.-]+\/)?[\w.-]+$/u.test(base))
    content.push({ text: base, href: `https://huggingface.co/${base}` });
  else content.push({ text: architecture === '' ? 'its base model' : architecture });
  const datasetNames = subject.datasets.map((dataset) => dataset.name.trim()).filter(Boolean);
  content.push({
    text: datasetNames.length === 0 ? '.' : ` on the ${datasetNames.join(' and ')} dataset.`,
  });
  const title = report.titlePage.title.trim();
  if (title !== '') content.push({ text: ` It is described in the report “${title}”.` });
  return { kind: 'paragraph', content };
}

/** The Trainer's opening summary: the model's results on the test split, else on validation. */
function headlineResults(subject: ModelCardSubject): OutlineBlock[] {
  const { report, model } = subject;
  if (model === undefined) return [];
  const valued = report.results.metricResults.filter(
    (result) => result.modelId === model.id && result.value !== null,
  );
  const split = valued.some((result) => result.split === 'test') ? 'test' : 'validation';
  const entries = report.problem.metrics.flatMap((metric, index): [string, string][] => {
    const result = valued.find(
      (candidate) => candidate.metricId === metric.id && candidate.split === split,
    );
    if (result === undefined || result.value === null) return [];
    const unit = metric.unit.trim();
    const number = describeTypedNumberWithoutUnit(
      report.typedNumbers[metricResultFieldPath(result.id, 'value')],
      result.value,
      unit,
    );
    return [[metricDisplayName(metric, index), unit === '' ? number : `${number} ${unit}`]];
  });
  if (entries.length === 0) return [];
  return [
    paragraph(`It achieves the following results on the ${split} set:`),
    ...keyValueList(entries),
  ];
}

function descriptionSection(subject: ModelCardSubject): BodySection {
  const { report, model } = subject;
  const blocks: OutlineBlock[] = [
    introduction(subject),
    ...headlineResults(subject),
    ...richTextBlocks(report.abstract.summary, 1),
  ];
  if (model !== undefined) {
    blocks.push(
      ...keyValueList([
        [
          'Developed by',
          report.titlePage.authors
            .map((author) => author.name.trim())
            .filter((name) => name !== '')
            .join(', '),
        ],
        ['Organization', report.titlePage.organization],
        ['License', report.titlePage.license],
        ['Architecture', model.architecture],
        ['Method', describeMethod(model)],
        ['Parameter count', model.parameterCount],
        ['Trainable parameters', model.trainableParameters],
      ]),
    );
    blocks.push(...titledRichTextBlocks('Motivation', model.motivation));
    blocks.push(...titledRichTextBlocks('Assumptions', model.assumptions));
  }
  return { heading: 'Model description', blocks };
}

function usesSection(report: Report): BodySection {
  const { problem, conclusion } = report;
  const taskType = describeTaskType(problem);
  const blocks: OutlineBlock[] = [
    ...keyValueList([
      ['Task', taskType],
      ['Input', problem.inputFormat],
      ['Output', problem.outputFormat],
    ]),
  ];
  blocks.push(...titledRichTextBlocks('Limitations', conclusion.limitations));
  blocks.push(...titledRichTextBlocks('Future work', conclusion.futureWork));
  return {
    heading: 'Intended uses & limitations',
    blocks: blocks.length === 0 ? [moreInformationNeeded] : blocks,
  };
}

function dataSection(subject: ModelCardSubject): BodySection {
  const { report } = subject;
  const count = (value: number | null, index: number, key: string) => {
    const dataset = subject.datasets[index];
    if (dataset === undefined || value === null) return '';
    return describeTypedNumber(
      report.typedNumbers[listItemFieldPath('setup.datasets', dataset.id, key)],
      value,
    );
  };
  const items = subject.datasets.map((dataset, index) => {
    const id = hubDatasetId(dataset);
    const name = dataset.name.trim() === '' ? `Dataset ${index + 1}` : dataset.name.trim();
    return {
      content: text(name),
      blocks: keyValueList([
        ['Hub id', id],
        ['Source', dataset.source],
        ['Revision', dataset.revision],
        ['License', dataset.license],
        ['Train size', count(dataset.trainSize, index, 'trainSize')],
        ['Validation size', count(dataset.validationSize, index, 'validationSize')],
        ['Test size', count(dataset.testSize, index, 'testSize')],
        ['Preprocessing', dataset.preprocessing],
      ]),
    };
  });
  return {
    heading: 'Training and evaluation data',
    blocks:
      items.length === 0 ? [moreInformationNeeded] : [{ kind: 'list', ordered: false, items }],
  };
}

function procedureSection(subject: ModelCardSubject): BodySection {
  const { report, model } = subject;
  const blocks: OutlineBlock[] =
    model === undefined
      ? [moreInformationNeeded]
      : [
          ...hyperparameterBlocks(report, model),
          ...methodSettingBlocks(report, model),
          ...quantizationBlocks(model),
          ...resultBlocks(subject),
          ...frameworkBlocks(report),
        ];
  return { heading: 'Training procedure', blocks };
}

/**
 * The card's Markdown outline in the layout of the transformers Trainer's card and hub-docs
 * `modelcard_template.md`: description, uses, data, procedure (hyperparameters, results,
 * framework versions), then the figures.
 */
export function buildModelCardBody(
  subject: ModelCardSubject,
  figures: readonly OutlineFigure[],
): MarkdownBodyOutline {
  const sections: BodySection[] = [
    descriptionSection(subject),
    usesSection(subject.report),
    dataSection(subject),
    procedureSection(subject),
  ];
  if (figures.length > 0)
    sections.push({
      heading: 'Figures',
      blocks: figures.map((figure) => ({ kind: 'figure', figure })),
    });
  return { title: subject.modelName, sections };
}
