import type { ExpectedRunFile } from './expectRunFile';
import { fixtureExpectations } from './fixtureExpectations';

/**
 * The corpus files also copied into tests/fixtures/run-files/copied (byte for byte, see its
 * ATTRIBUTION.md) must yield exactly what their copies do; their expectations live there.
 */
const copiedCorpusFiles = Object.fromEntries(
  Object.entries(fixtureExpectations)
    .filter(([path]) => path.startsWith('copied/'))
    .map(([path, expected]) => [path.slice('copied/'.length), expected]),
);

/**
 * What every file of the shared real-world corpus (../shared/fixtures/real, described in its
 * SOURCES.md) must yield. Checked against SOURCES.md by hand: entry counts, best checkpoints,
 * hyperparameters, versions and GPUs are the ones the files hold.
 */
export const realWorldExpectations: Record<string, ExpectedRunFile> = {
  'environment/nvidia-smi-1x-l40s.txt': {
    format: 'nvidia-smi',
    report: { 'setup.gpuType': 'NVIDIA L40S', 'setup.gpuCount': 1, 'setup.cudaVersion': '13.0' },
    notes: { 'GPU memory': '46068 MiB (45.0 GiB)', 'NVIDIA driver': '580.126.09' },
  },
  'environment/nvidia-smi-8x-h200.txt': {
    format: 'nvidia-smi',
    report: { 'setup.gpuType': 'NVIDIA H200', 'setup.gpuCount': 8, 'setup.cudaVersion': '12.8' },
    notes: { 'GPU memory': '143771 MiB (140.4 GiB) each', 'NVIDIA driver': '570.133.20' },
  },
  'environment/wandb-captured-conda-environment.yaml': {
    format: 'conda-environment',
    report: {
      'setup.framework': 'PyTorch',
      'setup.frameworkVersion': '1.10.0',
      'setup.cudaVersion': '11.2',
    },
    libraries: {
      cuDNN: '8.8.0.121',
      datasets: '2.10.1',
      'huggingface-hub': '0.15.1',
      NCCL: '2.18.3.1',
      numpy: '1.25.0',
      Python: '3.9.15',
      safetensors: '0.3.1',
      'scikit-learn': '1.1.1',
      sentencepiece: '0.1.96',
      tokenizers: '0.12.1',
      transformers: '4.23.0',
      wandb: '0.13.4',
    },
  },
  'environment/wandb-captured-requirements.txt': {
    format: 'pip-requirements',
    report: { 'setup.framework': 'PyTorch', 'setup.frameworkVersion': '1.10.0' },
    libraries: {
      datasets: '2.10.1',
      'huggingface-hub': '0.15.1',
      numpy: '1.25.0',
      safetensors: '0.3.1',
      'scikit-learn': '1.1.1',
      sentencepiece: '0.1.96',
      tokenizers: '0.12.1',
      transformers: '4.23.0',
      wandb: '0.13.4',
    },
  },
  'hf_results/dpo-eval_results.json': {
    format: 'hf-results',
    metrics: {
      'logits/chosen validation': -2.707406759262085,
      'logits/rejected validation': -2.656524419784546,
      'logps/chosen validation': -370.1297607421875,
      'logps/rejected validation': -296.0738525390625,
      'loss validation': 0.513750433921814,
      'rewards/accuracies validation': 0.738095223903656,
      'rewards/chosen validation': -0.02744222804903984,
      'rewards/margins validation': 1.0087225437164307,
      'rewards/rejected validation': -1.03616464138031,
    },
    notes: { 'Epochs completed': '3', 'Evaluation examples': '2,000' },
  },
  'hf_results/grpo-unsloth-training_args.json': {
    format: 'hf-training-arguments',
    model: {
      'hyperparameters.learningRate': 0.0002,
      'hyperparameters.maxSteps': 100,
      'hyperparameters.batchSize': 6,
      'hyperparameters.gradientAccumulation': 2,
      'hyperparameters.scheduler': 'cosine',
      'hyperparameters.warmup': '10 % of steps (ratio 0.1)',
      'hyperparameters.optimizer': 'paged_adamw_8bit',
      'hyperparameters.adamBeta1': 0.9,
      'hyperparameters.adamBeta2': 0.99,
      'hyperparameters.adamEpsilon': 1e-8,
      'hyperparameters.weightDecay': 0.1,
      'hyperparameters.maxGradNorm': 1,
      'hyperparameters.precision': 'fp16',
    },
    report: { 'setup.seeds': '3407' },
    notes: {
      'Epochs setting ignored':
        'num_train_epochs 3 is ignored because max_steps 100 bounds training',
    },
  },
  'hf_results/summarizer-with-memory-metrics-all_results.json': {
    format: 'hf-results',
    metrics: {
      'loss validation': 1.3911350965499878,
      'rouge1 validation': 43.2111,
      'rouge2 validation': 22.3519,
      'rougeL validation': 33.3153,
      'rougeLsum validation': 40.0527,
      'loss test': 1.4257025718688965,
      'rouge1 test': 41.8283,
      'rouge2 test': 20.9857,
      'rougeL test': 32.3602,
      'rougeLsum test': 38.7316,
    },
    notes: {
      'Epochs completed': '3',
      'Evaluation examples': '818',
      'Peak GPU memory added during training': '10.1 GiB',
      'Training time': '9 min 3 s (542.8804 s)',
      'Training examples': '14,732',
    },
  },
  'hf_results/t5-cnn-dailymail-all_results.json': {
    format: 'hf-results',
    metrics: {
      'loss validation': 1.633907675743103,
      'rouge1 validation': 41.6324,
      'rouge2 validation': 19.1949,
      'rougeL validation': 29.4531,
      'rougeLsum validation': 38.8065,
    },
    notes: {
      'Epochs completed': '3',
      'Evaluation examples': '13,368',
      'Mean training loss over the run': '1.8040490566820844',
      'Training time': '15 h 11 min (54713.1806 s)',
      'Training examples': '287,113',
    },
  },
  'lightning_csv/distilbert-moderator-tiny-hparams.yaml': {
    format: 'lightning-hparams',
    model: {
      'hyperparameters.learningRate': 0.0001,
      'hyperparameters.weightDecay': 0.0001,
      architecture: 'distilbert-base-uncased',
    },
    notes: { num_labels: '2' },
  },
  'lightning_csv/distilbert-moderator-tiny-metrics.csv': {
    format: 'lightning-metrics-csv',
    series: {
      'Training accuracy': [2, 2, [49, 0.5625], [99, 0.75]],
      'Training loss': [2, 2, [49, 0.7029365301132202], [99, 0.652091920375824]],
    },
  },
  'lightning_csv/probing-classifier-old-column-order-metrics.csv': {
    format: 'lightning-metrics-csv',
    series: {
      'Training loss': [28, 28, [49, 2.347229480743408], [1399, 2.7272350788116455]],
      'Training accuracy': [28, 28, [49, 0.375], [1399, 0.125]],
    },
  },
  'lightning_csv/wikitext103-lm-10ep-hparams.yaml': {
    format: 'lightning-hparams',
    model: {
      'hyperparameters.learningRate': 0.0002363235740126483,
      'hyperparameters.epochs': 10,
      'hyperparameters.weightDecay': 0.0009335091136195712,
      'hyperparameters.maxSequenceLength': 128,
    },
    notes: { d_model: '768' },
  },
  'lightning_csv/wikitext103-lm-10ep-metrics.csv': {
    format: 'lightning-metrics-csv',
    metrics: { 'perplexity validation': 35.53385925292969, 'loss validation': 3.570486068725586 },
    series: {
      'Training perplexity (per epoch)': [
        10,
        10,
        [14073, 118.74422454833984],
        [140739, 39.934356689453125],
      ],
      'Training loss (per epoch)': [
        10,
        10,
        [14073, 4.776971817016602],
        [140739, 3.687237024307251],
      ],
      'Training loss (per step)': [
        1408,
        2814,
        [49, 7.628580570220947],
        [140699, 3.565943479537964],
      ],
      'Training perplexity (per epoch) · train_perplexity_epoch': [
        10,
        10,
        [14073, 169.75250244140625],
        [140739, 40.125675201416016],
      ],
      'Training perplexity (per step)': [
        1408,
        2814,
        [49, 2056.12939453125],
        [140699, 35.37281036376953],
      ],
      'Validation perplexity (per epoch)': [
        10,
        10,
        [14073, 62.33803176879883],
        [140739, 35.53385925292969],
      ],
      'Validation loss': [10, 10, [14073, 4.132571697235107], [140739, 3.570486068725586]],
      'Validation perplexity': [10, 10, [14073, 63.93129348754883], [140739, 36.68146514892578]],
    },
    warnings: [
      'train_loss_step: kept 1,408 of 2,814 points, evenly spaced.',
      'train_perplexity_step: kept 1,408 of 2,814 points, evenly spaced.',
    ],
  },
  'peft_adapter_config/lora-distilbert-seq-cls.json': {
    format: 'peft-adapter-config',
    model: {
      method: 'lora',
      'lora.rank': 8,
      'lora.alpha': 16,
      'lora.dropout': 0.1,
      'lora.targetModules': 'v_lin, q_lin',
      architecture: 'distilbert-base-uncased',
    },
    report: { 'problem.taskType': 'classification' },
    notes: { 'Modules trained in full': 'classifier, score' },
  },
  'peft_adapter_config/lora-llama2-7b-old-peft-format.json': {
    format: 'peft-adapter-config',
    model: {
      method: 'lora',
      'lora.rank': 8,
      'lora.alpha': 16,
      'lora.dropout': 0.05,
      'lora.targetModules': 'q_proj, v_proj, k_proj, o_proj',
      architecture: 'meta-llama/Llama-2-7b-hf',
    },
    report: { 'problem.taskType': 'generation' },
  },
  'peft_adapter_config/lora-tinyllama-null-base-model.json': {
    format: 'peft-adapter-config',
    model: {
      method: 'lora',
      'lora.rank': 8,
      'lora.alpha': 32,
      'lora.dropout': 0.05,
      'lora.targetModules': 'v_proj, q_proj',
    },
    report: { 'problem.taskType': 'generation' },
    warnings: ['base_model_name_or_path is null: the adapter does not name its base model.'],
  },
  'peft_adapter_config/qlora-gemma2-9b-layers-to-transform.json': {
    format: 'peft-adapter-config',
    model: {
      method: 'lora',
      'lora.rank': 16,
      'lora.alpha': 32,
      'lora.dropout': 0.05,
      'lora.targetModules':
        'v_proj, down_proj, o_proj, q_proj, up_proj, k_proj, gate_proj (layers 16–41)',
      architecture: 'google/gemma-2-9b-it',
    },
    report: { 'problem.taskType': 'generation' },
    libraries: { peft: '0.18.1' },
  },
  'peft_adapter_config/qlora-unsloth-llama3.1-8b-bnb4bit.json': {
    format: 'peft-adapter-config',
    model: {
      method: 'qlora',
      'quantization.bits': 4,
      'lora.rank': 64,
      'lora.alpha': 64,
      'lora.dropout': 0,
      'lora.targetModules': 'o_proj, up_proj, down_proj, v_proj, gate_proj, k_proj, q_proj',
      architecture: 'unsloth/meta-llama-3.1-8b-instruct-unsloth-bnb-4bit',
    },
    report: { 'problem.taskType': 'generation' },
  },
  'tensorboard_csv/attention-ocr-run-.-tag-loss.csv': {
    format: 'tensorboard-csv',
    series: {
      'Training loss (first run)': [70, 70, [43, 2.8416740894317627], [2454, 0.7162510752677917]],
      'Training loss (restart 2)': [
        567,
        567,
        [41, 0.6309272050857544],
        [28094, 0.014925437979400158],
      ],
      'Training loss (restart 3)': [
        361,
        361,
        [36, 0.00677077891305089],
        [17376, 0.0015572314150631428],
      ],
    },
    warnings: [
      'loss: the step count starts over 2 times, so the log holds 3 runs; each is its own series.',
      'loss: the run resumed from an earlier step 1 time; values logged again replace the earlier ones.',
    ],
  },
  'tensorboard_csv/keras-imdb-age-gender-run-.-tag-loss.csv': {
    format: 'tensorboard-csv',
    series: { 'Training loss': [30, 30, [0, 12.435992240905762], [29, 3.9541561603546143]] },
  },
  'tensorboard_csv/keras-imdb-age-gender-run-.-tag-val_pred_gender_acc.csv': {
    format: 'tensorboard-csv',
    metrics: { 'pred_gender_acc validation': 0.912777841091156 },
    series: {
      'Validation pred gender acc': [30, 30, [0, 0.45531246066093445], [29, 0.912777841091156]],
    },
  },
  'tensorboard_json/attention-ocr-run-.-tag-loss.json': {
    format: 'tensorboard-json',
    series: {
      'Training loss (first run)': [70, 70, [43, 2.8416740894317627], [2454, 0.7162510752677917]],
      'Training loss (restart 2)': [
        567,
        567,
        [41, 0.6309272050857544],
        [28094, 0.014925437979400158],
      ],
      'Training loss (restart 3)': [
        361,
        361,
        [36, 0.00677077891305089],
        [17376, 0.0015572314150631428],
      ],
    },
    warnings: [
      'loss: the step count starts over 2 times, so the log holds 3 runs; each is its own series.',
      'loss: the run resumed from an earlier step 1 time; values logged again replace the earlier ones.',
    ],
  },
  'trainer_state/bert-weibo-rumor-100-epochs.json': {
    format: 'hf-trainer-state',
    model: { 'hyperparameters.epochs': 100 },
    notes: {
      'Mean training loss over the run': '0.3071320072440214',
      'Training time': '1 h 38 min (5938.5496 s)',
      'Epochs completed': '100 of 100',
      'Optimizer steps completed': '25,800 of 25,800',
    },
    series: {
      'Learning rate': [51, 51, [500, 4.903294573643411e-5], [25500, 6.007751937984496e-7]],
      'Training loss': [51, 51, [500, 0.981], [25500, 0.1636]],
    },
  },
  'trainer_state/distilbert-customer-sentiment.json': {
    format: 'hf-trainer-state',
    model: { 'hyperparameters.epochs': 3, 'hyperparameters.batchSize': 16 },
    metrics: {
      'accuracy validation': 0.9180227202947497,
      'f1_macro validation': 0.6534430847919005,
      'loss validation': 0.3082576394081116,
    },
    notes: {
      'Epochs completed': '3 of 3',
      'Optimizer steps completed': '2,445 of 2,445',
      'Best checkpoint': './results\\checkpoint-2445',
      'Best metric value': '0.6534430847919005',
      'Best checkpoint step': '2,445',
    },
    series: {
      'Gradient norm': [48, 48, [50, 1.6331380605697632], [2400, 0.36625564098358154]],
      'Learning rate': [48, 48, [50, 4.000000000000001e-6], [2400, 4.181818181818182e-7]],
      'Training loss': [48, 48, [50, 0.9918614959716797], [2400, 0.13515027046203612]],
      'Validation accuracy': [3, 3, [815, 0.9097328830211852], [2445, 0.9180227202947497]],
      'Validation macro-F1': [3, 3, [815, 0.612477777214019], [2445, 0.6534430847919005]],
      'Validation loss': [3, 3, [815, 0.3252468705177307], [2445, 0.3082576394081116]],
    },
  },
  'trainer_state/distilbert-imdb-lora-small.json': {
    format: 'hf-trainer-state',
    model: { 'hyperparameters.epochs': 3, 'hyperparameters.batchSize': 16 },
    metrics: { 'loss validation': 0.3891691565513611 },
    notes: { 'Epochs completed': '3 of 3', 'Optimizer steps completed': '375 of 375' },
    series: {
      'Gradient norm': [18, 18, [20, 0.7468545436859131], [360, 1.1414326429367065]],
      'Learning rate': [18, 18, [20, 0.00018986666666666668], [360, 8.533333333333334e-6]],
      'Training loss': [18, 18, [20, 0.6899], [360, 0.349]],
      'Validation loss': [3, 3, [125, 0.3951033353805542], [375, 0.3891691565513611]],
    },
  },
  'trainer_state/tinyllama-sft-lora.json': {
    format: 'hf-trainer-state',
    model: { 'hyperparameters.epochs': 2, 'hyperparameters.batchSize': 2 },
    metrics: {
      'loss validation': 1.1219322681427002,
      'mean_token_accuracy validation': 0.7508529225795264,
    },
    notes: {
      'Epochs completed': '1.99 of 2',
      'Optimizer steps completed': '2,800 of 2,808',
      'Best checkpoint': './results/checkpoint-2800',
      'Best metric value': '1.1219322681427002',
      'Best checkpoint step': '2,800',
      'Early stopping patience': '4 evaluations',
    },
    series: {
      'Gradient norm': [186, 186, [15, 1.0048305988311768], [2790, 1.9084734916687012]],
      'Learning rate': [186, 186, [15, 2.456140350877193e-6], [2790, 1.3040663405394782e-9]],
      'Training loss': [186, 186, [15, 2.0762], [2790, 1.025]],
      'Training mean token accuracy': [
        186,
        186,
        [15, 0.5809640631079673],
        [2790, 0.7662254864970843],
      ],
      'Validation loss': [14, 14, [200, 1.622266411781311], [2800, 1.1219322681427002]],
      'Validation mean token accuracy': [
        14,
        14,
        [200, 0.6570661319259475],
        [2800, 0.7508529225795264],
      ],
    },
  },
  'wandb/deberta-v3-lora-medical-config.yaml': {
    format: 'wandb-config',
    model: {
      'hyperparameters.learningRate': 0.0003,
      'hyperparameters.epochs': 3,
      'hyperparameters.batchSize': 8,
      'hyperparameters.gradientAccumulation': 1,
      'hyperparameters.scheduler': 'linear',
      'hyperparameters.warmup': 'none',
      'hyperparameters.optimizer': 'adamw_torch',
      'hyperparameters.adamBeta1': 0.9,
      'hyperparameters.adamBeta2': 0.999,
      'hyperparameters.adamEpsilon': 1e-8,
      'hyperparameters.weightDecay': 0.01,
      'hyperparameters.maxGradNorm': 1,
      'hyperparameters.precision': 'fp32',
      'selection.selectionCriterion':
        'Checkpoint with the best loss, lower is better (load_best_model_at_end)',
      architecture: 'microsoft/deberta-v3-small',
      'quantization.bits': 4,
      'quantization.type': 'nf4',
      'quantization.doubleQuantization': true,
      'quantization.computeDtype': 'bfloat16',
      method: 'lora',
      'lora.rank': 16,
      'lora.alpha': 32,
      'lora.dropout': 0.05,
      'lora.targetModules': 'query_proj, value_proj',
    },
    report: { 'setup.seeds': '42', 'problem.taskType': 'classification' },
    libraries: { transformers: '4.44.1', wandb: '0.18.5', Python: '3.11.10' },
    tools: ['Weights & Biases'],
    notes: { 'Model type': 'deberta-v2', 'Modules trained in full': 'classifier, score' },
  },
  'wandb/deberta-v3-lora-medical-wandb-summary.json': {
    format: 'wandb-summary',
    metrics: { 'loss validation': 1.3627853393554688 },
    tools: ['Weights & Biases'],
    notes: {
      'Training time': '1 h 36 min (5793.3297 s)',
      'Mean training loss over the run': '1.37526072433962',
      'Epochs completed': '3',
      'Run time': '1 h 48 min (6483.704397651 s)',
      'Last logged training loss': '1.356',
      'Optimizer steps completed': '68,559',
      'Tables, histograms and media': '1 (not imported)',
    },
  },
  'wandb/distilbert-protein-config.yaml': {
    format: 'wandb-config',
    model: {
      'hyperparameters.learningRate': 0.03046421920175867,
      'hyperparameters.epochs': 2,
      'hyperparameters.batchSize': 32,
      'hyperparameters.gradientAccumulation': 1,
      'hyperparameters.scheduler': 'linear',
      'hyperparameters.warmup': 'none',
      'hyperparameters.optimizer': 'adamw_hf',
      'hyperparameters.adamBeta1': 0.9,
      'hyperparameters.adamBeta2': 0.999,
      'hyperparameters.adamEpsilon': 1e-8,
      'hyperparameters.weightDecay': 0.3,
      'hyperparameters.maxGradNorm': 1,
      'hyperparameters.precision': 'fp16',
      'selection.selectionCriterion':
        'Checkpoint with the best loss, lower is better (load_best_model_at_end)',
      architecture: 'DistilBertForSequenceClassification',
    },
    report: { 'setup.seeds': '42', 'problem.taskType': 'classification' },
    libraries: { transformers: '4.23.0', wandb: '0.13.4', Python: '3.9.15' },
    tools: ['Weights & Biases'],
    notes: { 'Model type': 'distilbert' },
  },
  'wandb/distilbert-protein-wandb-metadata.json': {
    format: 'wandb-metadata',
    report: {
      'setup.gpuType': 'Tesla V100-PCIE-16GB',
      'setup.gpuCount': 1,
      'setup.operatingSystem': 'Linux-3.10.0-1160.83.1.el7.x86_64-x86_64-with-glibc2.17',
      'setup.cpu': '36 cores',
    },
    libraries: { Python: '3.9.15' },
    tools: ['Weights & Biases'],
    notes: { Program: '/fs04/lz25/tyronec/mambaforge-pypy3/envs/gnlp/bin/sweep' },
  },
  'wandb/distilbert-protein-wandb-summary.json': {
    format: 'wandb-summary',
    metrics: {
      'loss validation': 0.673046886920929,
      'accuracy validation': 0.6,
      'precision validation': 0.36,
      'recall validation': 0.6,
      'f1 validation': 0.44999999999999996,
    },
    tools: ['Weights & Biases'],
    notes: {
      'Epochs completed': '2',
      'Run time': '1 min 34 s (94.0367341041565 s)',
      'Training time': '1 min 27 s (86.6879 s)',
      'Mean training loss over the run': '4.315120897795024',
      'Last logged training loss': '0.6745',
      'Optimizer steps completed': '608',
      'Tables, histograms and media': '107 (not imported)',
    },
  },
  ...copiedCorpusFiles,
};
