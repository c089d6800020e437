import fc from 'fast-check';
import { isFourBitModelName } from '@/import/isFourBitModelName';
import { createExampleReport } from '@/model/createExampleReport';
import { isHubModelId } from '@/model/isHubModelId';
import type { Model, Report } from '@/model/reportSchema';

const example = createExampleReport();
const templateModel: Model = example.models.models[0] as Model;

const commonOptimizers = [
  '',
  'adamw_torch',
  'adamw_torch_fused',
  'adafactor',
  'sgd',
  'adagrad',
  'adamw_bnb_8bit',
  'paged_adamw_32bit',
  'paged_adamw_8bit',
  'lion_32bit',
  'rmsprop',
] as const;
const commonSchedulers = [
  '',
  'linear',
  'cosine',
  'cosine_with_restarts',
  'polynomial',
  'constant',
  'constant_with_warmup',
  'inverse_sqrt',
] as const;
const modules = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'];

const hubId = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/u),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}(?:[._-][A-Za-z0-9]{1,5}){0,2}$/u),
  )
  .map(([owner, name]) => `${owner}/${name}`)
  .filter((id) => isHubModelId(id) && !isFourBitModelName(id));
const fraction = (values: readonly number[]) =>
  fc.option(fc.constantFrom(...values), { nil: null });

const warmup = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1, max: 2000 }).map((steps) => `${steps} steps`),
  fc
    .integer({ min: 1, max: 30 })
    .map((percent) => `${percent} % of steps (ratio ${percent / 100})`),
);

const generatedModel = fc.record({
  name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,15}$/u),
  baseModelHubId: hubId,
  method: fc.constantFrom('full', 'lora', 'qlora'),
  rank: fc.integer({ min: 1, max: 256 }),
  alpha: fc.integer({ min: 1, max: 512 }),
  dropout: fraction([0, 0.05, 0.1, 0.2]),
  targetModules: fc.subarray(modules, { minLength: 1 }).map((list) => list.join(', ')),
  quantizationType: fc.constantFrom('nf4', 'fp4'),
  doubleQuantization: fc.boolean(),
  computeDtype: fc.constantFrom('bfloat16', 'float16', 'float32'),
  batchSize: fc.integer({ min: 1, max: 128 }),
  gradientAccumulation: fc.option(fc.integer({ min: 1, max: 16 }), { nil: null }),
  epochs: fc.constantFrom(1, 2, 3, 4, 5, 10, 1.5, 0.5),
  maxSteps: fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: null }),
  learningRate: fc.constantFrom(1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 3e-4, 1e-3, 0.00015),
  scheduler: fc.constantFrom(...commonSchedulers),
  warmup,
  optimizer: fc.constantFrom(...commonOptimizers),
  adamBeta1: fraction([0.9, 0.95]),
  adamBeta2: fraction([0.999, 0.98, 0.95]),
  adamEpsilon: fraction([1e-8, 1e-6]),
  weightDecay: fraction([0, 0.01, 0.1]),
  maxGradNorm: fraction([1, 0.3, 0.5]),
  precision: fc.constantFrom('bf16', 'fp16', 'fp32', 'tf32'),
  maxSequenceLength: fc.option(fc.integer({ min: 16, max: 8192 }), { nil: null }),
  selectsBest: fc.boolean(),
});
type GeneratedModel = typeof generatedModel extends fc.Arbitrary<infer Value> ? Value : never;

/** A model the kit can write in full: full fine-tuning, LoRA or QLoRA, every field a kit key holds. */
function buildKitModel(generated: GeneratedModel, index: number): Model {
  return {
    ...templateModel,
    id: `model-${index}`,
    name: generated.name,
    baseModelHubId: generated.baseModelHubId,
    method: generated.method,
    lora: {
      rank: generated.rank,
      alpha: generated.alpha,
      dropout: generated.dropout,
      targetModules: generated.targetModules,
    },
    quantization: {
      bits: 4,
      type: generated.quantizationType,
      doubleQuantization: generated.doubleQuantization,
      computeDtype: generated.computeDtype,
    },
    hyperparameters: {
      batchSize: generated.batchSize,
      gradientAccumulation: generated.gradientAccumulation,
      epochs: generated.epochs,
      maxSteps: generated.maxSteps,
      learningRate: generated.learningRate,
      scheduler: generated.scheduler,
      warmup: generated.warmup,
      optimizer: generated.optimizer,
      adamBeta1: generated.adamBeta1,
      adamBeta2: generated.adamBeta2,
      adamEpsilon: generated.adamEpsilon,
      weightDecay: generated.weightDecay,
      maxGradNorm: generated.maxGradNorm,
      precision: generated.precision,
      maxSequenceLength: generated.maxSequenceLength,
    },
    selection: {
      ...templateModel.selection,
      selectionCriterion: generated.selectsBest
        ? 'Checkpoint with the best eval_loss, lower is better (load_best_model_at_end)'
        : '',
    },
  };
}

const version = (major: number, minors: readonly number[]) =>
  fc
    .tuple(fc.constantFrom(...minors), fc.integer({ min: 0, max: 9 }))
    .map(([minor, patch]) => `${major}.${minor}.${patch}`);

/**
 * What varies between generated reports, small enough to read in a counterexample; `buildKitReport`
 * puts it into the example.
 */
export const kitReportSpec = fc.record({
  models: fc.array(generatedModel, { minLength: 1, maxLength: 3 }),
  transformers: fc.constantFrom('4.38.2', '4.44.2', '4.47.1', '4.57.6', '5.0.0', '5.18.0'),
  peft: version(0, [10, 13, 14, 17]),
  accelerate: version(1, [0, 1, 2]),
  datasets: version(3, [0, 1, 2]),
  bitsandbytes: version(0, [43, 44, 45]),
  torch: version(2, [1, 3, 5, 8]),
  cuda: fc.constantFrom('11.8', '12.1', '12.4', ''),
  seeds: fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { minLength: 0, maxLength: 3 }),
});
export type KitReportSpec = typeof kitReportSpec extends fc.Arbitrary<infer Value> ? Value : never;

/** A report around 1–3 kit models, with the versions, seeds and CUDA build the kit pins. */
export function buildKitReport(generated: KitReportSpec): Report {
  return {
    ...example,
    models: { ...example.models, models: generated.models.map(buildKitModel) },
    setup: {
      ...example.setup,
      frameworkVersion: generated.torch,
      cudaVersion: generated.cuda,
      seeds: generated.seeds.join(', '),
      libraryVersions: (
        [
          ['transformers', generated.transformers],
          ['peft', generated.peft],
          ['accelerate', generated.accelerate],
          ['datasets', generated.datasets],
          ['bitsandbytes', generated.bitsandbytes],
        ] as const
      ).map(([name, libraryVersion]) => ({ id: `lib-${name}`, name, version: libraryVersion })),
    },
  };
}
