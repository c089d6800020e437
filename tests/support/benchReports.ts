import { createEmptyDataset, createEmptyMetric, createEmptyModel } from '@/model/createEmptyReport';
import { reproducibilityChecklist } from '@/model/reproducibilityChecklist';
import { richTextToPlainText, textNode, type RichText, type RichTextNode } from '@/model/richText';
import {
  checklistAnswers,
  currentSchemaVersion,
  fineTuningMethods,
  type ChecklistEntry,
  type Metric,
  type MetricResult,
  type Model,
  type Plot,
  type PlotSeries,
  type Reference,
  type Report,
} from '@/model/reportSchema';
import { serializeReport } from '@/export/serializeReport';

/** Seeded reports for `npm run bench` and the budget tests: same seed, same report, byte for byte. */

export type BenchProfileName = 'typical' | 'large';

export interface BenchProfile {
  /** Words in all prose and text fields together (±5 %). */
  words: number;
  models: number;
  metrics: number;
  plots: number;
  pointsPerPlot: number;
  references: number;
}

export const benchProfiles: Readonly<Record<BenchProfileName, BenchProfile>> = {
  typical: { words: 20_000, models: 8, metrics: 4, plots: 6, pointsPerPlot: 2_000, references: 12 },
  large: {
    words: 60_000,
    models: 20,
    metrics: 6,
    plots: 10,
    pointsPerPlot: 10_000,
    references: 30,
  },
};

export const fiveMegabytes = 5 * 1024 * 1024;

export type Random = () => number;

/** mulberry32: tiny, fast and good enough to pick words; never Math.random, so runs repeat. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<Item>(random: Random, items: readonly Item[]): Item {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const subjects = [
  'the adapter',
  'the validation loss',
  'the learning rate schedule',
  'each seed',
  'the quantized base model',
  'the tokenizer',
  'the held-out split',
  'the classification head',
  'our baseline',
  'the effective batch size',
  'gradient accumulation',
  'the warmup phase',
  'the evaluation harness',
  'macro-F1',
  'the low-rank update',
  'the frozen backbone',
  'mixed precision',
  'the data loader',
  'the checkpoint with the lowest loss',
  'the out-of-scope probe',
] as const;

const verbs = [
  'reduces',
  'stabilizes',
  'explains',
  'tracks',
  'outperforms',
  'matches',
  'depends on',
  'hides',
  'amplifies',
  'limits',
  'shifts',
  'confirms',
  'contradicts',
  'dominates',
  'approximates',
] as const;

const objects = [
  'the gap between validation and test accuracy',
  'most errors on neighbouring intents',
  'the variance across seeds',
  'peak GPU memory',
  'the cost of a full retraining',
  'the number of trainable parameters',
  'latency at the 95th percentile',
  'rare classes with fewer than fifty examples',
  'the drift we saw after epoch six',
  'calibration on unrelated messages',
  'throughput on a single accelerator',
  'the ranking of the four methods',
  'label noise in the training data',
  'the benefit of a longer schedule',
] as const;

const clauses = [
  'when the rank is doubled',
  'under the same compute budget',
  'for every seed we ran',
  'although the curves look similar',
  'once warmup ends',
  'on the longest sequences',
  'after the second epoch',
  'with weight decay switched off',
  'in both splits',
  'as reported in earlier work',
] as const;

function sentence(random: Random): string {
  const first = pick(random, subjects);
  const parts = [
    first.charAt(0).toUpperCase() + first.slice(1),
    pick(random, verbs),
    pick(random, objects),
  ];
  if (random() < 0.6) parts.push(pick(random, clauses));
  if (random() < 0.25)
    parts.push(`(${roundTo(80 + random() * 19, 1)} % ± ${roundTo(random(), 2)})`);
  return `${parts.join(' ')}.`;
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Sentences until about `words` words are reached (never fewer than one sentence). */
function prose(random: Random, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  do {
    const next = sentence(random);
    sentences.push(next);
    count += wordCount(next);
  } while (count < words);
  return sentences.join(' ');
}

function paragraph(random: Random, words: number): RichTextNode {
  const text = prose(random, words);
  const roll = random();
  if (roll < 0.15) {
    // Marks on a few words, as authors emphasize numbers and names.
    const cut = text.indexOf(' ', Math.floor(text.length / 3));
    if (cut > 0) {
      return {
        type: 'paragraph',
        content: [
          textNode(text.slice(0, cut)),
          textNode(' key finding', [{ type: 'bold' }]),
          textNode(text.slice(cut)),
        ],
      };
    }
  }
  if (roll < 0.2) {
    return {
      type: 'paragraph',
      content: [
        textNode(`${text} See `),
        textNode('the run log', [{ type: 'link', attrs: { href: 'https://example.org/runs/42' } }]),
        textNode(' for details.'),
      ],
    };
  }
  return { type: 'paragraph', content: [textNode(text)] };
}

function bulletList(random: Random, items: number): RichTextNode {
  return {
    type: 'bulletList',
    content: Array.from({ length: items }, () => ({
      type: 'listItem',
      content: [paragraph(random, between(random, 10, 25))],
    })),
  };
}

function tableCell(type: 'tableHeader' | 'tableCell', text: string): RichTextNode {
  return {
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: null },
    content: [{ type: 'paragraph', content: [textNode(text)] }],
  };
}

function dataTable(random: Random, rows: number): RichTextNode {
  const header = ['Run', 'GPU-hours', 'Peak memory', 'Accuracy', 'Note'];
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((text) => tableCell('tableHeader', text)) },
      ...Array.from({ length: rows }, (_, index) => ({
        type: 'tableRow' as const,
        content: [
          `run-${index + 1}`,
          String(roundTo(0.5 + random() * 4, 1)),
          `${roundTo(8 + random() * 30, 1)} GB`,
          `${roundTo(88 + random() * 7, 1)} %`,
          prose(random, 4).slice(0, 40),
        ].map((text) => tableCell('tableCell', text)),
      })),
    ],
  };
}

/**
 * Rich text of about `words` words: paragraphs of 40–120 words, with a heading, a bullet list and
 * a table sprinkled into long fields as real reports have them.
 */
function richText(random: Random, words: number): RichText {
  const content: RichTextNode[] = [];
  let remaining = words;
  let blockIndex = 0;
  while (remaining > 0) {
    const size = Math.min(remaining, between(random, 40, 120));
    if (words > 800 && blockIndex % 12 === 5) {
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [textNode(prose(random, 3).slice(0, 60))],
      });
    }
    if (words > 800 && blockIndex % 12 === 9) {
      const list = bulletList(random, 4);
      content.push(list);
      remaining -= wordCount(richTextToPlainText(list));
    } else if (words > 2000 && blockIndex % 40 === 20) {
      const table = dataTable(random, 6);
      content.push(table);
      remaining -= wordCount(richTextToPlainText(table));
    } else {
      const block = paragraph(random, size);
      content.push(block);
      remaining -= wordCount(richTextToPlainText(block));
    }
    blockIndex += 1;
  }
  return { type: 'doc', content };
}

const architectures = [
  'Llama-3.1-8B',
  'Mistral-7B-v0.3',
  'Gemma-2-2B',
  'RoBERTa-large',
  'Qwen2.5-7B',
  'Phi-3-mini',
  'DeBERTa-v3-large',
  'T5-large',
] as const;

const metricNames = [
  'Accuracy',
  'Macro-F1',
  'Eval loss',
  'Exact match',
  'ROUGE-L',
  'Expected calibration error',
  'Latency p95',
  'Recall@5',
] as const;

function createMetrics(count: number): Metric[] {
  return Array.from({ length: count }, (_, index) => ({
    ...createEmptyMetric(`metric-${index + 1}`),
    name: metricNames[index % metricNames.length] ?? `Metric ${index + 1}`,
    definition: `Definition of metric ${index + 1}, computed on the full split, in %`,
    higherIsBetter: index !== 2,
    primary: index === 0,
    implementation: 'evaluate 0.4.3',
  }));
}

function createModel(random: Random, index: number, proseWords: number): Model {
  const base = createEmptyModel(`model-${index + 1}`);
  const method = fineTuningMethods[index % 4] ?? 'lora';
  return {
    ...base,
    name: `Model ${index + 1}`,
    architecture: pick(random, architectures),
    parameterCount: `${roundTo(1 + random() * 12, 2)}B`,
    trainableParameters: `${roundTo(5 + random() * 200, 1)}M`,
    method,
    lora: {
      rank: 2 ** between(random, 2, 6),
      alpha: 2 ** between(random, 3, 6),
      dropout: 0.05,
      targetModules: 'q_proj, k_proj, v_proj, o_proj',
    },
    quantization: {
      bits: method === 'qlora' ? 4 : null,
      type: 'nf4',
      doubleQuantization: method === 'qlora',
      computeDtype: method === 'qlora' ? 'bfloat16' : '',
    },
    adapter: { size: method === 'adapter' ? 64 : null, placement: '' },
    dataset: 'Banking77',
    hyperparameters: {
      ...base.hyperparameters,
      batchSize: 2 ** between(random, 3, 6),
      gradientAccumulation: between(random, 1, 4),
      epochs: between(random, 2, 10),
      maxSteps: null,
      learningRate: roundTo(10 ** -(3 + random() * 2), 7),
      scheduler: pick(random, ['cosine', 'linear', 'constant_with_warmup']),
      warmup: `${between(random, 1, 10)} % of steps`,
      optimizer: 'AdamW (β1 0.9, β2 0.999, ε 1e-8)',
      weightDecay: pick(random, [0, 0.01, 0.1]),
      precision: pick(random, ['bf16', 'fp16', 'fp32'] as const),
      maxSequenceLength: pick(random, [64, 128, 256, 512]),
    },
    selection: {
      searchBounds: 'learning rate 5e-5 to 5e-4 (log, 4 values); rank 8, 16, 32',
      numberOfRuns: between(random, 3, 12),
      selectionCriterion: 'Best validation accuracy, mean of two seeds',
    },
    motivation: richText(random, Math.round(proseWords * 0.6)),
    assumptions: {
      type: 'doc',
      content: [bulletList(random, Math.max(2, Math.round((proseWords * 0.4) / 24)))],
    },
  };
}

function createMetricResults(random: Random, models: Model[], metrics: Metric[]): MetricResult[] {
  return models.flatMap((model) =>
    metrics.flatMap((metric) =>
      (['validation', 'test'] as const).map((split) => ({
        id: `result-${model.id}-${metric.id}-${split}`,
        modelId: model.id,
        metricId: metric.id,
        split,
        value: roundTo(80 + random() * 19, 2),
        spread: roundTo(random() * 0.8, 2),
        spreadKind: 'std' as const,
        runs: 3,
        aggregation: 'mean' as const,
      })),
    ),
  );
}

function curvePoints(random: Random, count: number, floor: number): [number, number][] {
  const rate = 2 + random() * 3;
  return Array.from({ length: count }, (_, index) => {
    const progress = (index + 1) / count;
    const noise = (random() - 0.5) * 0.06 * Math.exp(-progress);
    return [index + 1, roundTo(floor + 4 * Math.exp(-rate * progress) + noise, 4)];
  });
}

/** Curves with two series (training, validation) that share the plot's points between them. */
function createPlots(
  random: Random,
  count: number,
  pointsPerPlot: number,
  models: Model[],
): Plot[] {
  return Array.from({ length: count }, (_, index) => {
    const model = models[index % models.length];
    const modelId = model?.id ?? '';
    const half = Math.floor(pointsPerPlot / 2);
    const series: PlotSeries[] = [
      {
        id: `plot-${index + 1}-training`,
        label: `${model?.name ?? 'Model'} training`,
        modelId,
        points: curvePoints(random, half, 0.05 + random() * 0.1),
      },
      {
        id: `plot-${index + 1}-validation`,
        label: `${model?.name ?? 'Model'} validation`,
        modelId,
        points: curvePoints(random, pointsPerPlot - half, 0.2 + random() * 0.1),
      },
    ];
    return {
      id: `plot-${index + 1}`,
      kind: index % 2 === 0 ? 'loss-curve' : 'metric-curve',
      title: `Training curve ${index + 1}`,
      caption: prose(random, 20),
      xLabel: 'Step',
      xUnit: '',
      yLabel: index % 2 === 0 ? 'Cross-entropy loss' : 'Accuracy',
      yUnit: index % 2 === 0 ? 'nats' : '%',
      logScale: false,
      derivation: 'none',
      series,
    };
  });
}

function createReferences(random: Random, count: number): Reference[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `ref-${index + 1}`,
    title: `${prose(random, 6).replace(/\.$/u, '')} (study ${index + 1})`,
    authors: 'Okafor, A.; Lindqvist, J.; Raman, P.',
    year: 2015 + (index % 10),
    venue: pick(random, ['NeurIPS', 'ICML', 'ICLR', 'ACL', 'EMNLP', 'arXiv']),
    link: `https://example.org/papers/${index + 1}`,
    bibtex: index % 3 === 0 ? `@article{ref${index + 1},\n  title = {Study ${index + 1}}\n}` : '',
  }));
}

function createChecklist(random: Random): Record<string, ChecklistEntry> {
  return Object.fromEntries(
    reproducibilityChecklist.map((item) => [
      item.id,
      { answer: pick(random, checklistAnswers), justification: prose(random, 12) },
    ]),
  );
}

/** Shares of the prose words per rich-text field; models share `modelProse` between them. */
const proseShares = {
  summary: 0.01,
  currentLimitations: 0.03,
  whyFineTuning: 0.03,
  relatedWork: 0.05,
  motivation: 0.03,
  overview: 0.03,
  modelProse: 0.3,
  tradeoffs: 0.06,
  unexpectedResults: 0.06,
  analysis: 0.16,
  bestModelReason: 0.03,
  limitations: 0.04,
  futureWork: 0.04,
  additionalLogs: 0.13,
} as const;

/** How many times over a bench report repeats its profile's models, references and plot points. */
export interface BenchScale {
  /** Each model as long as one of the profile's. */
  models: number;
  references: number;
  /** Plot points per plot; the number of plots stays the profile's. */
  plotPoints: number;
}

export const unscaled: BenchScale = { models: 1, references: 1, plotPoints: 1 };

/**
 * The report of `profile`, or with `scale` a report that many times larger where a team's report
 * grows: more models (each with the prose of one of the profile's models), more references, longer
 * curves. The other prose stays the profile's. Unscaled, the report is the same byte for byte as
 * before scales existed.
 */
export function createBenchReport(
  profile: BenchProfile,
  seed: number,
  reportId = `bench-${seed}`,
  scale: BenchScale = unscaled,
): Report {
  const random = createRandom(seed);
  // Text fields, captions, references and checklist carry about 8 % of the words.
  const proseWords = profile.words * 0.92;
  const share = (key: keyof typeof proseShares): number =>
    Math.round(proseWords * proseShares[key]);
  const metrics = createMetrics(profile.metrics);
  const modelCount = profile.models * scale.models;
  const models = Array.from({ length: modelCount }, (_, index) =>
    createModel(random, index, share('modelProse') / profile.models),
  );
  const references = createReferences(random, profile.references * scale.references);
  return {
    schemaVersion: currentSchemaVersion,
    id: reportId,
    titlePage: {
      title: `Benchmark report ${seed}: ${modelCount} fine-tuned models`,
      subtitle: 'Generated for npm run bench',
      authors: [
        {
          id: 'author-1',
          name: 'Amara Okafor',
          affiliation: 'Applied ML',
          email: 'amara@example.org',
          role: 'Experiments',
        },
        {
          id: 'author-2',
          name: 'Jonas Lindqvist',
          affiliation: 'ML Platform',
          email: 'jonas@example.org',
          role: 'Infrastructure',
        },
      ],
      date: '2026-11-26',
      version: '1.0',
      changeNote: 'First complete draft',
      organization: 'Northwind Bank',
      project: 'Intent routing',
      license: 'CC-BY-4.0',
      status: 'draft',
    },
    abstract: { summary: richText(random, share('summary')) },
    background: {
      currentLimitations: richText(random, share('currentLimitations')),
      whyFineTuning: richText(random, share('whyFineTuning')),
      relatedWork: richText(random, share('relatedWork')),
      relatedReferenceIds: references.slice(0, 5).map((reference) => reference.id),
      motivation: richText(random, share('motivation')),
    },
    problem: {
      taskType: 'classification',
      taskTypeOther: '',
      hubTask: 'text-classification',
      language: 'en',
      inputFormat: 'text (one customer message)',
      outputFormat: 'label (one of 77 intents)',
      inputOutputExample: '"Where is my card?" -> card_arrival',
      metrics,
      computeBudget: '1 x A100 80GB per run',
      timeBudget: 'Three weeks',
      dataPrivacy: 'Public data only',
      otherConstraints: 'Answer within 150 ms at p95',
    },
    models: { overview: richText(random, share('overview')), models },
    setup: {
      gpuType: 'NVIDIA A100-SXM4-80GB',
      gpuCount: 1,
      cpu: 'AMD EPYC 7763',
      memory: '128 GB',
      framework: 'PyTorch',
      frameworkVersion: '2.5.1',
      cudaVersion: '12.4',
      operatingSystem: 'Ubuntu 22.04',
      libraryVersions: ['transformers', 'peft', 'accelerate', 'datasets', 'evaluate'].map(
        (name, index) => ({ id: `lib-${name}`, name, version: `${index + 1}.${index}.0` }),
      ),
      datasets: [
        {
          ...createEmptyDataset('dataset-1'),
          name: 'Banking77',
          source: 'https://huggingface.co/datasets/PolyAI/banking77',
          revision: 'main',
          license: 'CC-BY-4.0',
          trainSize: 9003,
          validationSize: 1000,
          testSize: 3080,
          preprocessing: prose(random, 60),
        },
      ],
      seeds: '13, 42, 1234',
      numberOfRuns: 3,
      lockfile: 'uv.lock',
      commitHash: '4c1f9e2b7a3d5e6f8091a2b3c4d5e6f708192a3b',
      containerImage: 'ghcr.io/example/intent-ft:2026.11',
      determinism: prose(random, 30),
      loggingTools: [{ id: 'log-1', tool: 'Weights & Biases', runLink: 'https://wandb.ai/x/y' }],
    },
    results: {
      metricResults: createMetricResults(random, models, metrics),
      plots: createPlots(
        random,
        profile.plots,
        Math.round(profile.pointsPerPlot * scale.plotPoints),
        models,
      ),
      tradeoffs: richText(random, share('tradeoffs')),
      unexpectedResults: richText(random, share('unexpectedResults')),
      analysis: richText(random, share('analysis')),
    },
    conclusion: {
      bestModelId: models[0]?.id ?? '',
      bestModelReason: richText(random, share('bestModelReason')),
      limitations: richText(random, share('limitations')),
      futureWork: richText(random, share('futureWork')),
    },
    appendix: {
      additionalLogs: richText(random, share('additionalLogs')),
      repositoryUrl: 'https://github.com/example/intent-finetuning',
      commit: '4c1f9e2b7a3d5e6f8091a2b3c4d5e6f708192a3b',
      configFiles: 'configs/model.yaml\nconfigs/data.yaml',
      codeLinks: [{ id: 'code-1', label: 'Training script', url: 'https://example.org/train.py' }],
      references,
      checklist: createChecklist(random),
    },
    typedNumbers: {},
    comments: [],
  };
}

/** Words in every string of the report except ids, enums and plot data: what an author wrote. */
export function countReportWords(report: Report): number {
  const skippedKeys = new Set(['id', 'modelId', 'metricId', 'points', 'type', 'attrs']);
  let words = 0;
  const visit = (value: unknown, key: string): void => {
    if (skippedKeys.has(key)) return;
    if (typeof value === 'string') words += wordCount(value);
    else if (Array.isArray(value)) value.forEach((item) => visit(item, ''));
    else if (typeof value === 'object' && value !== null)
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  visit(report, '');
  return words;
}

export function countPlotPoints(report: Report): number {
  return report.results.plots.reduce(
    (total, plot) => total + plot.series.reduce((sum, series) => sum + series.points.length, 0),
    0,
  );
}

const draftExportedAt = '2026-11-26T12:00:00.000Z';

/**
 * A JSON draft as the app exports it (the report envelope) of about `targetBytes` (±1 %): the large
 * report with as many plot points as it takes, found by the secant method (longer step numbers make
 * the size grow a little faster than the number of points).
 */
export function createDraftOfSize(targetBytes: number, seed: number): string {
  const draftWith = (pointsPerPlot: number): string =>
    serializeReport(
      createBenchReport({ ...benchProfiles.large, pointsPerPlot }, seed, `bench-draft-${seed}`),
      draftExportedAt,
    );
  let previous = { points: 1_000, bytes: Buffer.byteLength(draftWith(1_000)) };
  let current = { points: 2_000, text: draftWith(2_000) };
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const bytes = Buffer.byteLength(current.text);
    if (Math.abs(bytes - targetBytes) <= targetBytes * 0.005) break;
    const bytesPerPoint = (bytes - previous.bytes) / (current.points - previous.points);
    const points = Math.max(2, Math.round(current.points + (targetBytes - bytes) / bytesPerPoint));
    previous = { points: current.points, bytes };
    current = { points, text: draftWith(points) };
  }
  return current.text;
}
