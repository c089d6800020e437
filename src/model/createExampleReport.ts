import {
  richTextFromBlocks,
  richTextFromParagraphs,
  textNode,
  type RichText,
  type RichTextNode,
} from './richText';
import {
  currentSchemaVersion,
  reportSchema,
  type MetricInput,
  type MetricResult,
  type ModelInput,
  type Plot,
  type PlotSeries,
  type Reference,
  type Report,
  type ReportInput,
} from './reportSchema';

type InlineContent = string | RichTextNode;

function inline(part: InlineContent): RichTextNode {
  return typeof part === 'string' ? textNode(part) : part;
}

function paragraph(...parts: InlineContent[]): RichTextNode {
  return { type: 'paragraph', content: parts.map(inline) };
}

function bold(text: string): RichTextNode {
  return textNode(text, [{ type: 'bold' }]);
}

function italic(text: string): RichTextNode {
  return textNode(text, [{ type: 'italic' }]);
}

function code(text: string): RichTextNode {
  return textNode(text, [{ type: 'code' }]);
}

function link(text: string, href: string): RichTextNode {
  return textNode(text, [{ type: 'link', attrs: { href } }]);
}

function bulletList(...items: InlineContent[][]): RichTextNode {
  return {
    type: 'bulletList',
    content: items.map((parts) => ({ type: 'listItem', content: [paragraph(...parts)] })),
  };
}

function tableCell(type: 'tableHeader' | 'tableCell', text: string): RichTextNode {
  return {
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: null },
    content: [paragraph(text)],
  };
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): RichTextNode {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((text) => tableCell('tableHeader', text)) },
      ...rows.map((row) => ({
        type: 'tableRow' as const,
        content: row.map((text) => tableCell('tableCell', text)),
      })),
    ],
  };
}

const repositoryUrl = 'https://github.com/northwind-applied-ml/intent-finetuning';
const commit = '4c1f9e2b7a3d5e6f8091a2b3c4d5e6f708192a3b';

const modelIds = ['model-a', 'model-b', 'model-c', 'model-d'] as const;
type ModelId = (typeof modelIds)[number];

const metricIds = ['metric-accuracy', 'metric-macro-f1', 'metric-eval-loss'] as const;
type MetricId = (typeof metricIds)[number];

/** Mean and standard deviation over the three seeds, per split. */
interface SplitResults {
  validation: readonly [number, number];
  test: readonly [number, number];
}

const measuredResults: Record<ModelId, Record<MetricId, SplitResults>> = {
  'model-a': {
    'metric-accuracy': { validation: [94.3, 0.3], test: [93.8, 0.2] },
    'metric-macro-f1': { validation: [94.2, 0.3], test: [93.8, 0.2] },
    'metric-eval-loss': { validation: [0.236, 0.006], test: [0.251, 0.005] },
  },
  'model-b': {
    'metric-accuracy': { validation: [93.9, 0.4], test: [93.4, 0.3] },
    'metric-macro-f1': { validation: [93.8, 0.4], test: [93.4, 0.3] },
    'metric-eval-loss': { validation: [0.268, 0.011], test: [0.284, 0.009] },
  },
  'model-c': {
    'metric-accuracy': { validation: [93.1, 0.5], test: [92.6, 0.4] },
    'metric-macro-f1': { validation: [93.0, 0.5], test: [92.5, 0.4] },
    'metric-eval-loss': { validation: [0.301, 0.014], test: [0.322, 0.012] },
  },
  'model-d': {
    'metric-accuracy': { validation: [94.6, 0.2], test: [94.2, 0.2] },
    'metric-macro-f1': { validation: [94.5, 0.2], test: [94.2, 0.2] },
    'metric-eval-loss': { validation: [0.221, 0.005], test: [0.238, 0.006] },
  },
};

const modelNames: Record<ModelId, string> = {
  'model-a': 'Model A',
  'model-b': 'Model B',
  'model-c': 'Model C',
  'model-d': 'Model D',
};

/** Shape of one model's loss curves; the numbers were fitted to the logged runs. */
interface LossCurveShape {
  epochs: number;
  trainingFloor: number;
  trainingRate: number;
  validationFloor: number;
  validationRate: number;
  /** Epoch after which validation loss rises again (overfitting), if it does. */
  overfitFrom?: number;
  overfitGrowth?: number;
}

const lossCurveShapes: Record<ModelId, LossCurveShape> = {
  'model-a': {
    epochs: 5,
    trainingFloor: 0.05,
    trainingRate: 2.2,
    validationFloor: 0.236,
    validationRate: 2.0,
  },
  'model-b': {
    epochs: 6,
    trainingFloor: 0.03,
    trainingRate: 1.3,
    validationFloor: 0.268,
    validationRate: 1.2,
  },
  'model-c': {
    epochs: 10,
    trainingFloor: 0.12,
    trainingRate: 0.7,
    validationFloor: 0.296,
    validationRate: 1.1,
    overfitFrom: 6,
    overfitGrowth: 0.004,
  },
  'model-d': {
    epochs: 4,
    trainingFloor: 0.06,
    trainingRate: 2.6,
    validationFloor: 0.221,
    validationRate: 2.4,
  },
};

const initialLoss = Math.log(77);
const pointsPerCurve = 40;

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function lossCurvePoints(
  shape: LossCurveShape,
  split: 'training' | 'validation',
): [number, number][] {
  return Array.from({ length: pointsPerCurve }, (_, index) => {
    const epoch = (shape.epochs * (index + 1)) / pointsPerCurve;
    let loss: number;
    if (split === 'training') {
      const decay = Math.exp(-shape.trainingRate * epoch);
      // A damped deterministic wobble stands in for mini-batch noise.
      const noise = 0.03 * Math.sin(1.7 * (index + 1)) * Math.sqrt(decay);
      loss = shape.trainingFloor + (initialLoss - shape.trainingFloor) * decay + noise;
    } else {
      const decay = Math.exp(-shape.validationRate * epoch);
      const overfit =
        shape.overfitFrom !== undefined && epoch > shape.overfitFrom
          ? (shape.overfitGrowth ?? 0) * (epoch - shape.overfitFrom) ** 2
          : 0;
      loss = shape.validationFloor + (initialLoss - shape.validationFloor) * decay + overfit;
    }
    return [roundTo(epoch, 3), roundTo(loss, 4)];
  });
}

function lossCurveSeries(): PlotSeries[] {
  return modelIds.flatMap((modelId) => {
    const shape = lossCurveShapes[modelId];
    const letter = modelId.slice(-1);
    return [
      {
        id: `loss-${letter}-training`,
        label: `${modelNames[modelId]} training`,
        modelId,
        points: lossCurvePoints(shape, 'training'),
      },
      {
        id: `loss-${letter}-validation`,
        label: `${modelNames[modelId]} validation`,
        modelId,
        points: lossCurvePoints(shape, 'validation'),
      },
    ];
  });
}

function createPlots(): Plot[] {
  return [
    {
      id: 'plot-loss-curves',
      kind: 'loss-curve',
      title: 'Training and validation loss',
      caption:
        'Cross-entropy per epoch for seed 42; validation loss is computed on the 1,000-example held-out split. Model C starts to overfit after about epoch 6.',
      xLabel: 'Epoch',
      xUnit: '',
      yLabel: 'Cross-entropy loss',
      yUnit: 'nats',
      logScale: false,
      derivation: 'none',
      series: lossCurveSeries(),
    },
    {
      id: 'plot-size-vs-accuracy',
      kind: 'size-vs-performance',
      title: 'Trainable parameters versus test accuracy',
      caption:
        'Each point is one model, mean of three seeds. The x axis is logarithmic: full fine-tuning trains 25 times more parameters than LoRA for a lower score.',
      xLabel: 'Trainable parameters',
      xUnit: 'millions',
      yLabel: 'Test accuracy',
      yUnit: '%',
      logScale: true,
      derivation: 'size-vs-performance',
      series: [],
    },
    {
      id: 'plot-test-accuracy',
      kind: 'metric-bar',
      title: 'Test accuracy by model',
      caption: 'Banking77 test split (3,080 examples), mean of three seeds.',
      xLabel: 'Model',
      xUnit: '',
      yLabel: 'Test accuracy',
      yUnit: '%',
      logScale: false,
      derivation: 'metric-bar',
      series: [],
    },
  ];
}

function createMetricResults(): MetricResult[] {
  return modelIds.flatMap((modelId) =>
    metricIds.flatMap((metricId) =>
      (['validation', 'test'] as const).map((split) => {
        const [value, spread] = measuredResults[modelId][metricId][split];
        return {
          id: `result-${modelId}-${metricId}-${split}`,
          modelId,
          metricId,
          split,
          value,
          spread,
          spreadKind: 'std' as const,
          runs: 3,
          aggregation: 'mean' as const,
        };
      }),
    ),
  );
}

const metrics: MetricInput[] = [
  {
    id: 'metric-accuracy',
    name: 'Accuracy',
    unit: '%',
    definition:
      'Share of examples whose predicted intent (argmax over the 77 classes) equals the gold intent',
    higherIsBetter: true,
    primary: true,
    implementation: 'evaluate 0.4.3, "accuracy"',
  },
  {
    id: 'metric-macro-f1',
    name: 'Macro-F1',
    unit: '%',
    definition: 'Unweighted mean of the per-intent F1 scores over all 77 intents',
    higherIsBetter: true,
    primary: false,
    implementation: 'scikit-learn 1.6.0, f1_score(average="macro")',
  },
  {
    id: 'metric-eval-loss',
    name: 'Eval loss',
    unit: 'nats',
    definition: 'Mean cross-entropy of the gold intent under the model, per example',
    higherIsBetter: false,
    primary: false,
    implementation: 'torch 2.5.1, torch.nn.functional.cross_entropy(reduction="mean")',
  },
];

const noLora = { rank: null, alpha: null, dropout: null, targetModules: '' };
const noQuantization = {
  bits: null,
  type: 'nf4' as const,
  doubleQuantization: false,
  computeDtype: '',
};
const noAdapter = { size: null, placement: '' };
const noPromptTuning = { virtualTokens: null };

const models: ModelInput[] = [
  {
    id: 'model-a',
    name: 'Model A',
    architecture: 'Llama-3.1-8B',
    baseModelHubId: 'meta-llama/Llama-3.1-8B',
    parameterCount: '8.03B',
    trainableParameters: '13.9M (0.17 %)',
    method: 'lora',
    methodOther: '',
    lora: { rank: 16, alpha: 32, dropout: 0.05, targetModules: 'q_proj, k_proj, v_proj, o_proj' },
    quantization: noQuantization,
    adapter: noAdapter,
    promptTuning: noPromptTuning,
    dataset: 'Banking77',
    hyperparameters: {
      batchSize: 16,
      gradientAccumulation: 2,
      epochs: 5,
      maxSteps: null,
      learningRate: 2e-4,
      scheduler: 'cosine',
      warmup: '3 % of steps (42 steps)',
      optimizer: 'AdamW',
      adamBeta1: 0.9,
      adamBeta2: 0.999,
      adamEpsilon: 1e-8,
      weightDecay: 0.01,
      maxGradNorm: 1,
      precision: 'bf16',
      maxSequenceLength: 64,
    },
    selection: {
      searchBounds: 'learning rate 5e-5 to 5e-4 (log, 4 values); rank 8, 16, 32',
      numberOfRuns: 12,
      selectionCriterion: 'Best validation accuracy, mean of seeds 13 and 42',
    },
    // One seed on one A100; the Results table gives GPU-hours for all three seeds.
    measured: { wallClockHours: 0.9, gpuHours: 0.9, peakGpuMemoryGigabytes: 24.9 },
    motivation: richTextFromBlocks(
      paragraph(
        'LoRA on a decoder-only 8B model is the team default for new text tasks. It tests whether a ',
        bold('general-purpose LLM'),
        ' with a classification head beats an encoder while training under 0.2 % of its weights.',
      ),
    ),
    assumptions: richTextFromBlocks(
      bulletList(
        [
          'The last-token pooling of ',
          code('LlamaForSequenceClassification'),
          ' is adequate for short queries.',
        ],
        ['Rank 16 on the attention projections is enough capacity for 77 intents.'],
        ['64 tokens cover 99.9 % of queries; the few longer ones lose only trailing pleasantries.'],
      ),
    ),
  },
  {
    id: 'model-b',
    name: 'Model B',
    architecture: 'RoBERTa-large',
    baseModelHubId: 'FacebookAI/roberta-large',
    parameterCount: '355M',
    trainableParameters: '355M (100 %)',
    method: 'full',
    methodOther: '',
    lora: noLora,
    quantization: noQuantization,
    adapter: noAdapter,
    promptTuning: noPromptTuning,
    dataset: 'Banking77',
    hyperparameters: {
      batchSize: 16,
      gradientAccumulation: 1,
      epochs: 6,
      maxSteps: null,
      learningRate: 2e-5,
      scheduler: 'linear',
      warmup: '6 % of steps (203 steps)',
      optimizer: 'AdamW',
      adamBeta1: 0.9,
      adamBeta2: 0.98,
      adamEpsilon: 1e-6,
      weightDecay: 0.1,
      maxGradNorm: 1,
      precision: 'bf16',
      maxSequenceLength: 64,
    },
    selection: {
      searchBounds: 'learning rate 1e-5, 2e-5, 3e-5; epochs 3 to 10; batch size 16 or 32',
      numberOfRuns: 9,
      selectionCriterion: 'Best validation accuracy, mean of seeds 13 and 42',
    },
    // One seed on one A100; the Results table gives GPU-hours for all three seeds.
    measured: { wallClockHours: 0.3, gpuHours: 0.3, peakGpuMemoryGigabytes: 11.3 },
    motivation: richTextFromParagraphs(
      'Full fine-tuning of a strong encoder is the established baseline for intent detection and the model currently in production. Every parameter-efficient method has to beat it to justify a switch.',
    ),
    assumptions: richTextFromBlocks(
      paragraph(
        'The hyperparameters follow the RoBERTa paper’s GLUE recipe; we assume they transfer to a ',
        italic('77-class'),
        ' task with only about 117 examples per class.',
      ),
    ),
  },
  {
    id: 'model-c',
    name: 'Model C',
    architecture: 'Gemma-2-2B',
    baseModelHubId: 'google/gemma-2-2b',
    parameterCount: '2.61B',
    trainableParameters: '15.6M (0.60 %)',
    method: 'adapter',
    methodOther: '',
    lora: noLora,
    quantization: noQuantization,
    adapter: {
      size: 64,
      placement: 'After attention and feed-forward sublayers (Houlsby, double_seq_bn)',
    },
    promptTuning: noPromptTuning,
    dataset: 'Banking77',
    hyperparameters: {
      batchSize: 16,
      gradientAccumulation: 2,
      epochs: 10,
      maxSteps: null,
      learningRate: 1e-4,
      scheduler: 'linear',
      warmup: '10 % of steps (282 steps)',
      optimizer: 'AdamW',
      adamBeta1: 0.9,
      adamBeta2: 0.999,
      adamEpsilon: 1e-8,
      weightDecay: 0.01,
      maxGradNorm: 1,
      precision: 'bf16',
      maxSequenceLength: 64,
    },
    selection: {
      searchBounds: 'learning rate 5e-5 to 1e-3 (log, 5 values); adapter size 32, 64',
      numberOfRuns: 10,
      selectionCriterion: 'Best validation accuracy, mean of seeds 13 and 42',
    },
    // One seed on one A100; the Results table gives GPU-hours for all three seeds.
    measured: { wallClockHours: 0.53, gpuHours: 0.53, peakGpuMemoryGigabytes: 9.8 },
    motivation: richTextFromParagraphs(
      'A 2B model with bottleneck adapters is the cheapest option to serve: one frozen backbone can host one small adapter per product line. It tells us how much accuracy the small model costs.',
    ),
    assumptions: richTextFromParagraphs(
      'Houlsby adapters behave on a decoder-only model as they do on BERT-style encoders, and ten epochs are enough for the randomly initialized adapters to converge.',
    ),
  },
  {
    id: 'model-d',
    name: 'Model D',
    architecture: 'Mistral-7B-v0.3',
    baseModelHubId: 'mistralai/Mistral-7B-v0.3',
    parameterCount: '7.25B',
    trainableParameters: '168.1M (2.32 %)',
    method: 'qlora',
    methodOther: '',
    lora: {
      rank: 64,
      alpha: 16,
      dropout: 0.1,
      targetModules: 'q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj',
    },
    quantization: { bits: 4, type: 'nf4', doubleQuantization: true, computeDtype: 'bfloat16' },
    adapter: noAdapter,
    promptTuning: noPromptTuning,
    dataset: 'Banking77',
    hyperparameters: {
      batchSize: 16,
      gradientAccumulation: 2,
      epochs: 4,
      maxSteps: null,
      learningRate: 1e-4,
      scheduler: 'constant_with_warmup',
      warmup: '3 % of steps (34 steps)',
      optimizer: 'paged_adamw_32bit',
      adamBeta1: 0.9,
      adamBeta2: 0.999,
      weightDecay: 0,
      maxGradNorm: 0.3,
      precision: 'bf16',
      maxSequenceLength: 64,
    },
    selection: {
      searchBounds: 'learning rate 5e-5 to 2e-4 (log, 3 values); rank 16 or 64',
      numberOfRuns: 6,
      selectionCriterion: 'Best validation accuracy, mean of seeds 13 and 42',
    },
    // One seed on one A100; the Results table gives GPU-hours for all three seeds.
    measured: { wallClockHours: 1.27, gpuHours: 1.27, peakGpuMemoryGigabytes: 14.6 },
    motivation: richTextFromBlocks(
      paragraph(
        'QLoRA lets a 7B model train and serve on a single 24 GB GPU. We use the settings of Dettmers et al. (',
        italic('r'),
        ' 64, alpha 16, all linear layers) to see whether 4-bit weights cost accuracy.',
      ),
    ),
    assumptions: richTextFromParagraphs(
      'NF4 with double quantization loses no accuracy against bf16 weights for a classification head, as the QLoRA paper reports for instruction tuning.',
    ),
  },
];

const references: Reference[] = [
  {
    id: 'ref-lora',
    title: 'LoRA: Low-Rank Adaptation of Large Language Models',
    authors: 'Hu, E. J.; Shen, Y.; Wallis, P.; Allen-Zhu, Z.; Li, Y.; Wang, S.; Wang, L.; Chen, W.',
    year: 2022,
    venue: 'ICLR 2022',
    link: 'https://arxiv.org/abs/2106.09685',
    bibtex: [
      '@inproceedings{hu2022lora,',
      '  title     = {{LoRA}: Low-Rank Adaptation of Large Language Models},',
      '  author    = {Hu, Edward J. and Shen, Yelong and Wallis, Phillip and Allen-Zhu, Zeyuan and Li, Yuanzhi and Wang, Shean and Wang, Lu and Chen, Weizhu},',
      '  booktitle = {International Conference on Learning Representations},',
      '  year      = {2022},',
      '  url       = {https://openreview.net/forum?id=nZeVKeeFYf9}',
      '}',
    ].join('\n'),
  },
  {
    id: 'ref-qlora',
    title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
    authors: 'Dettmers, T.; Pagnoni, A.; Holtzman, A.; Zettlemoyer, L.',
    year: 2023,
    venue: 'NeurIPS 2023',
    link: 'https://arxiv.org/abs/2305.14314',
    bibtex: [
      '@inproceedings{dettmers2023qlora,',
      '  title     = {{QLoRA}: Efficient Finetuning of Quantized {LLMs}},',
      '  author    = {Dettmers, Tim and Pagnoni, Artidoro and Holtzman, Ari and Zettlemoyer, Luke},',
      '  booktitle = {Advances in Neural Information Processing Systems},',
      '  volume    = {36},',
      '  year      = {2023}',
      '}',
    ].join('\n'),
  },
  {
    id: 'ref-houlsby',
    title: 'Parameter-Efficient Transfer Learning for NLP',
    authors:
      'Houlsby, N.; Giurgiu, A.; Jastrzebski, S.; Morrone, B.; de Laroussilhe, Q.; Gesmundo, A.; Attariyan, M.; Gelly, S.',
    year: 2019,
    venue: 'ICML 2019 (PMLR 97)',
    link: 'https://proceedings.mlr.press/v97/houlsby19a.html',
    bibtex: '',
  },
  {
    id: 'ref-roberta',
    title: 'RoBERTa: A Robustly Optimized BERT Pretraining Approach',
    authors:
      'Liu, Y.; Ott, M.; Goyal, N.; Du, J.; Joshi, M.; Chen, D.; Levy, O.; Lewis, M.; Zettlemoyer, L.; Stoyanov, V.',
    year: 2019,
    venue: 'arXiv',
    link: 'https://arxiv.org/abs/1907.11692',
    bibtex: '',
  },
  {
    id: 'ref-llama3',
    title: 'The Llama 3 Herd of Models',
    authors: 'Grattafiori, A.; Dubey, A.; et al. (Llama Team, AI @ Meta)',
    year: 2024,
    venue: 'arXiv',
    link: 'https://arxiv.org/abs/2407.21783',
    bibtex: '',
  },
  {
    id: 'ref-mistral',
    title: 'Mistral 7B',
    authors: 'Jiang, A. Q.; Sablayrolles, A.; Mensch, A.; et al.',
    year: 2023,
    venue: 'arXiv',
    link: 'https://arxiv.org/abs/2310.06825',
    bibtex: '',
  },
  {
    id: 'ref-gemma2',
    title: 'Gemma 2: Improving Open Language Models at a Practical Size',
    authors: 'Gemma Team, Google DeepMind',
    year: 2024,
    venue: 'arXiv',
    link: 'https://arxiv.org/abs/2408.00118',
    bibtex: '',
  },
  {
    id: 'ref-banking77',
    title: 'Efficient Intent Detection with Dual Sentence Encoders',
    authors: 'Casanueva, I.; Temčinas, T.; Gerz, D.; Henderson, M.; Vulić, I.',
    year: 2020,
    venue: 'Proceedings of the 2nd Workshop on NLP for ConvAI (ACL 2020)',
    link: 'https://doi.org/10.18653/v1/2020.nlp4convai-1.5',
    bibtex: '',
  },
  {
    id: 'ref-clinc150',
    title: 'An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction',
    authors: 'Larson, S.; Mahendran, A.; Peper, J. J.; et al.',
    year: 2019,
    venue: 'EMNLP-IJCNLP 2019',
    link: 'https://doi.org/10.18653/v1/D19-1131',
    bibtex: '',
  },
  {
    id: 'ref-pineau',
    title:
      'Improving Reproducibility in Machine Learning Research (A Report from the NeurIPS 2019 Reproducibility Program)',
    authors:
      'Pineau, J.; Vincent-Lamarre, P.; Sinha, K.; Larivière, V.; Beygelzimer, A.; d’Alché-Buc, F.; Fox, E.; Larochelle, H.',
    year: 2021,
    venue: 'Journal of Machine Learning Research 22(164)',
    link: 'https://jmlr.org/papers/v22/20-303.html',
    bibtex: '',
  },
];

function abstractSummary(): RichText {
  return richTextFromBlocks(
    paragraph(
      'We compare four fine-tuning strategies for routing customer messages to one of 77 banking intents: ',
      'LoRA on Llama-3.1-8B (Model A), full fine-tuning of RoBERTa-large (Model B), Houlsby adapters on Gemma-2-2B (Model C) and QLoRA on Mistral-7B-v0.3 (Model D). ',
      'All four are trained on the public Banking77 dataset with the same splits and three seeds each, on one A100 80GB GPU per run.',
    ),
    paragraph(
      'Model D reaches the best test accuracy, ',
      bold('94.2 % ± 0.2'),
      ', ahead of LoRA (93.8 %), the production baseline RoBERTa-large (93.4 %) and the adapter model (92.6 %). ',
      'QLoRA peaks at 14.6 GB of GPU memory, so it can be retrained on the 24 GB GPUs the team already owns. ',
      'The gain over the baseline is small but consistent across seeds and metrics; because Model D differs from Model A in both base model and rank, ',
      'we recommend it for the next production trial and plan an ablation that separates the two effects.',
    ),
  );
}

/** A complete, realistic report that exercises every field; used by "Load example" and by tests. */
export function createExampleReport(): Report {
  // Parsing fills what the example leaves out and copies every part, so two reports share nothing.
  return reportSchema.parse(exampleReport());
}

function exampleReport(): ReportInput {
  return {
    schemaVersion: currentSchemaVersion,
    id: 'example-report',
    titlePage: {
      title: 'Four fine-tuning strategies for banking intent classification',
      subtitle: 'LoRA, full fine-tuning, bottleneck adapters and QLoRA on Banking77',
      authors: [
        {
          id: 'author-1',
          name: 'Amara Okafor',
          affiliation: 'Applied ML, Northwind Bank',
          email: 'amara.okafor@northwind.example',
          role: 'Experiments and write-up',
        },
        {
          id: 'author-2',
          name: 'Jonas Lindqvist',
          affiliation: 'ML Platform, Northwind Bank',
          email: 'jonas.lindqvist@northwind.example',
          role: 'Training infrastructure and reproducibility',
        },
        {
          id: 'author-3',
          name: 'Priya Raman',
          affiliation: 'Customer Operations Analytics, Northwind Bank',
          email: 'priya.raman@northwind.example',
          role: 'Review and business evaluation',
        },
      ],
      date: '2025-03-14',
      version: '1.1',
      changeNote:
        'Added seed 1234 for every model and the QLoRA run; reported macro-F1 beside accuracy',
      organization: 'Northwind Bank, Applied ML',
      project: 'Customer-message intent routing v3',
      license: 'CC-BY-4.0',
      status: 'final',
    },
    abstract: { summary: abstractSummary() },
    background: {
      currentLimitations: richTextFromBlocks(
        paragraph(
          'The production router, a RoBERTa-large classifier trained in 2023, sends ',
          bold('8.4 %'),
          ' of incoming messages to the wrong queue. Most errors fall between neighbouring intents such as ',
          italic('card_arrival'),
          ' and ',
          italic('card_delivery_estimate'),
          ', and every misrouted message adds about four minutes of handling time.',
        ),
      ),
      whyFineTuning: richTextFromBlocks(
        paragraph(
          'Zero-shot prompting of Llama-3.1-8B-Instruct with the 77 intent names reaches only 71 % accuracy on our validation split, and few-shot prompts long enough to cover all intents exceed our latency budget. ',
          'Fine-tuning on labelled examples is the only option that meets both the accuracy and the latency target.',
        ),
      ),
      relatedWork: richTextFromBlocks(
        paragraph(
          'Casanueva et al. (2020) introduced Banking77 and report 93.7 % test accuracy for a fully fine-tuned BERT. ',
          'Parameter-efficient methods promise similar quality at a fraction of the trainable parameters:',
        ),
        bulletList(
          [
            bold('Adapters'),
            ' (Houlsby et al., 2019) insert small bottleneck layers and stay within 0.4 points of full fine-tuning on GLUE.',
          ],
          [
            bold('LoRA'),
            ' (Hu et al., 2022) learns low-rank updates of the attention weights and matches full fine-tuning of RoBERTa on GLUE.',
          ],
          [
            bold('QLoRA'),
            ' (Dettmers et al., 2023) trains LoRA on a 4-bit NF4 base model with no loss against 16-bit LoRA.',
          ],
        ),
      ),
      relatedReferenceIds: ['ref-banking77', 'ref-houlsby', 'ref-lora', 'ref-qlora', 'ref-roberta'],
      motivation: richTextFromBlocks(
        paragraph(
          'Each point of routing accuracy saves about 1,100 agent hours a year. A parameter-efficient model also lets us keep ',
          bold('one frozen backbone'),
          ' for several product lines and retrain on the 24 GB GPUs we already own instead of renting A100s.',
        ),
      ),
    },
    problem: {
      taskType: 'classification',
      taskTypeOther: '',
      hubTask: 'text-classification',
      language: 'en',
      inputFormat: 'text (one English customer message, typically 5 to 30 words)',
      outputFormat: 'label (one of 77 banking intents)',
      inputOutputExample:
        '"I still haven\'t received my new card, when will it arrive?" -> card_arrival',
      metrics,
      computeBudget: '1 x A100 80GB per run; 150 GPU-hours for search and final runs together',
      timeBudget: 'Three weeks (2025-02-17 to 2025-03-07)',
      dataPrivacy:
        'Only the public Banking77 and CLINC150 data are used; production customer messages never leave the production environment and are not part of this study',
      otherConstraints:
        'The deployed model must answer within 150 ms at p95 on one NVIDIA L4, and its license must allow commercial use',
    },
    models: {
      overview: richTextFromBlocks(
        paragraph(
          'We hold the data, the splits, the seeds and the maximum sequence length fixed and vary the adaptation method. ',
          'Each method is paired with the base model we would deploy it with, so the comparison answers the practical question ',
          italic('which recipe should replace the production router'),
          ', not a controlled ablation of the method alone.',
        ),
        paragraph(
          'All four models use a linear classification head over the 77 intents, trained from scratch, and the same tokenization of the raw text without prompts.',
        ),
      ),
      models,
    },
    setup: {
      gpuType: 'NVIDIA A100-SXM4-80GB',
      gpuCount: 1,
      cpu: 'AMD EPYC 7763, 16 cores per run',
      memory: '128 GB per run',
      framework: 'PyTorch',
      frameworkVersion: '2.5.1',
      cudaVersion: '12.4',
      operatingSystem: 'Ubuntu 22.04.5 LTS',
      libraryVersions: [
        { id: 'lib-transformers', name: 'transformers', version: '4.47.1' },
        { id: 'lib-peft', name: 'peft', version: '0.14.0' },
        { id: 'lib-adapters', name: 'adapters', version: '1.1.0' },
        { id: 'lib-bitsandbytes', name: 'bitsandbytes', version: '0.45.0' },
        { id: 'lib-accelerate', name: 'accelerate', version: '1.2.1' },
        { id: 'lib-datasets', name: 'datasets', version: '3.2.0' },
        { id: 'lib-evaluate', name: 'evaluate', version: '0.4.3' },
        { id: 'lib-scikit-learn', name: 'scikit-learn', version: '1.6.0' },
      ],
      datasets: [
        {
          id: 'dataset-banking77',
          name: 'Banking77',
          source: 'https://huggingface.co/datasets/PolyAI/banking77',
          hubId: 'PolyAI/banking77',
          revision: '96a234bd25c04939c4a79213eb764ae90e4d0d81',
          license: 'CC-BY-4.0',
          trainSize: 9003,
          validationSize: 1000,
          testSize: 3080,
          preprocessing:
            "The official train split (10,003 examples) is split into 9,003 train and 1,000 validation examples, stratified by intent with seed 42; the official test split is used unchanged. Text is stripped of surrounding whitespace, not lower-cased, and truncated to 64 tokens by each model's own tokenizer.",
        },
        {
          id: 'dataset-clinc150',
          name: 'CLINC150 (plus)',
          source: 'https://huggingface.co/datasets/clinc/clinc_oos',
          hubId: 'clinc/clinc_oos',
          revision: 'refs/convert/parquet, snapshot of 2025-02-17',
          license: 'CC-BY-3.0',
          trainSize: 15250,
          validationSize: 3100,
          testSize: 5500,
          preprocessing:
            'Evaluation only: the 1,000 out-of-scope test queries probe how often each model confidently assigns a banking intent to an unrelated message. No training on this data.',
        },
      ],
      seeds: '13, 42, 1234',
      numberOfRuns: 3,
      lockfile: 'uv.lock (uv 0.5.11)',
      commitHash: commit,
      containerImage:
        'ghcr.io/northwind-applied-ml/intent-ft:2025.02@sha256:5f0c3e9a7d21b48c6e3f92a1d7b04c58e9f1a2b3c4d5e6f708192a3b4c5d6e7f',
      determinism:
        'transformers.enable_full_determinism(seed); torch.use_deterministic_algorithms(True); CUBLAS_WORKSPACE_CONFIG=:4096:8; dataloader shuffling seeded per run. The bitsandbytes 4-bit kernels are not bit-exact, so QLoRA reruns differ by up to 0.1 accuracy points.',
      loggingTools: [
        {
          id: 'log-wandb',
          tool: 'Weights & Biases',
          runLink: 'https://wandb.ai/northwind-applied-ml/banking77-finetuning',
        },
        {
          id: 'log-tensorboard',
          tool: 'TensorBoard',
          runLink: `${repositoryUrl}/tree/${commit}/runs`,
        },
      ],
    },
    results: {
      metricResults: createMetricResults(),
      plots: createPlots(),
      tradeoffs: richTextFromBlocks(
        paragraph(
          'Accuracy barely tracks the number of trained parameters: full fine-tuning updates 355M parameters for 93.4 %, while LoRA reaches 93.8 % with 13.9M. ',
          'What the larger models buy is paid in memory and time rather than parameters:',
        ),
        bulletList(
          [
            'Model D needs ',
            bold('14.6 GB'),
            ' peak memory against 24.9 GB for Model A: the 4-bit base lets a 7B model train on a 24 GB card, at 3.8 GPU-hours for three seeds.',
          ],
          [
            'Model B trains fastest (0.9 GPU-hours) and serves at 9 ms p95 on an L4; the LLM-based models need 38 to 61 ms.',
          ],
          [
            'Model C stores a 62 MB adapter per product line against 1.4 GB for each full RoBERTa checkpoint.',
          ],
        ),
      ),
      unexpectedResults: richTextFromBlocks(
        paragraph(
          'Model D (4-bit) beats Model A (bf16) by 0.4 points. We expected quantization to cost accuracy; the likely explanation is that Model D also uses a ',
          italic('four times higher rank'),
          ' on all linear layers and a different base model, so the comparison is not about quantization alone.',
        ),
        paragraph(
          'Model C overfits after about epoch 6: its validation loss rises from 0.300 at epoch 6.5 to 0.360 at epoch 10 although training loss keeps falling. The reported numbers use the checkpoint with the lowest validation loss of each seed.',
        ),
      ),
      analysis: richTextFromBlocks(
        paragraph(
          'On the primary metric, test accuracy, the ranking is D > A > B > C, and macro-F1 gives the same order, so no model buys accuracy by neglecting rare intents. ',
          'Validation and test agree within 0.5 points for every model, which suggests the 1,000-example validation split was not overfitted during the search.',
        ),
        paragraph(
          'The gap between Model D and Model A (0.4 points) is twice the seed standard deviation; the gap between A and B (0.4 points) is close to the seed standard deviation of B (0.3), so we call A and B ',
          bold('tied'),
          '. Out-of-scope probing on CLINC150 (Appendix) shows the LLM-based models are also less over-confident on unrelated messages.',
        ),
      ),
    },
    conclusion: {
      bestModelId: 'model-d',
      bestModelReason: richTextFromBlocks(
        paragraph(
          'Model D combines the strongest base model we tried with the highest-capacity update: rank 64 on all seven projection types, against rank 16 on attention only for Model A. ',
          'NF4 double quantization keeps the frozen 7B base at about 4 GB, so the larger rank still fits in 14.6 GB of peak memory on one GPU.',
        ),
      ),
      limitations: richTextFromBlocks(
        bulletList(
          ['One dataset, in English only; production traffic is 12 % Swedish.'],
          [
            'Banking77 queries are short and clean; real messages contain account numbers and typos.',
          ],
          [
            'Method and base model change together, so the ranking does not isolate the effect of the method.',
          ],
          ['Three seeds give wide error bars for differences below 0.5 points.'],
        ),
      ),
      futureWork: richTextFromBlocks(
        paragraph(
          'Run the missing cells of the method x base-model grid (QLoRA and LoRA on both Llama-3.1-8B and Mistral-7B-v0.3) to separate the method from the base model, ',
          'then try multi-task training on Banking77 together with our Swedish support data and 3-bit quantization for serving on the L4.',
        ),
      ),
    },
    appendix: {
      additionalLogs: richTextFromBlocks(
        paragraph(
          'Cost of the three final seeds per model, measured with ',
          code('torch.cuda.max_memory_allocated()'),
          ' and the run time logged in ',
          link('Weights & Biases', 'https://wandb.ai/northwind-applied-ml/banking77-finetuning'),
          '. The last column is the share of the 1,000 CLINC150 out-of-scope test queries that each model assigns to a banking intent with probability above 0.9 (lower is better).',
        ),
        table(
          ['Model', 'GPU-hours (3 seeds)', 'Peak memory', 'Checkpoint size', 'Confident on OOS'],
          [
            ['Model A (LoRA)', '2.7', '24.9 GB', '56 MB', '11.8 %'],
            ['Model B (Full)', '0.9', '11.3 GB', '1.42 GB', '19.6 %'],
            ['Model C (Adapter)', '1.6', '9.8 GB', '62 MB', '15.2 %'],
            ['Model D (QLoRA)', '3.8', '14.6 GB', '672 MB', '10.4 %'],
          ],
        ),
      ),
      repositoryUrl,
      commit,
      configFiles: [
        'configs/model-a-lora-llama31-8b.yaml',
        'configs/model-b-full-roberta-large.yaml',
        'configs/model-c-adapter-gemma2-2b.yaml',
        'configs/model-d-qlora-mistral-7b.yaml',
        'configs/data-banking77.yaml',
      ].join('\n'),
      codeLinks: [
        {
          id: 'code-train',
          label: 'Training script',
          url: `${repositoryUrl}/blob/${commit}/src/train.py`,
        },
        {
          id: 'code-evaluate',
          label: 'Evaluation and OOS probe',
          url: `${repositoryUrl}/blob/${commit}/src/evaluate.py`,
        },
      ],
      references,
      checklist: {},
    },
    typedNumbers: {},
  };
}
