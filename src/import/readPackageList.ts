import type { RunFileContext } from './createRunFileContext';
import { normalizePackageName } from './normalizePackageName';

export interface InstalledPackage {
  name: string;
  version: string;
  /** Conda build string (`cuda112py39h3ad47f5_1`), or ''. */
  build: string;
  /** Line or key in the file. */
  key: string;
}

/** Packages worth naming in a report, by normalized name, with the name as usually written. */
const keyLibraries: Readonly<Record<string, string>> = {
  transformers: 'transformers',
  peft: 'peft',
  trl: 'trl',
  datasets: 'datasets',
  accelerate: 'accelerate',
  bitsandbytes: 'bitsandbytes',
  deepspeed: 'deepspeed',
  tokenizers: 'tokenizers',
  evaluate: 'evaluate',
  safetensors: 'safetensors',
  sentencepiece: 'sentencepiece',
  'flash-attn': 'flash-attn',
  xformers: 'xformers',
  vllm: 'vllm',
  unsloth: 'unsloth',
  optimum: 'optimum',
  'auto-gptq': 'auto-gptq',
  autoawq: 'autoawq',
  adapters: 'adapters',
  'sentence-transformers': 'sentence-transformers',
  'scikit-learn': 'scikit-learn',
  lightning: 'lightning',
  'pytorch-lightning': 'pytorch-lightning',
  torchmetrics: 'torchmetrics',
  torchvision: 'torchvision',
  torchaudio: 'torchaudio',
  triton: 'triton',
  'liger-kernel': 'liger-kernel',
  'huggingface-hub': 'huggingface-hub',
  numpy: 'numpy',
  wandb: 'wandb',
  mlflow: 'mlflow',
  tensorboard: 'tensorboard',
  'rouge-score': 'rouge-score',
  sacrebleu: 'sacrebleu',
  nltk: 'nltk',
  timm: 'timm',
  diffusers: 'diffusers',
  jax: 'jax',
  flax: 'flax',
  optax: 'optax',
  keras: 'keras',
  tensorflow: 'tensorflow',
  'tf-keras': 'tf-keras',
  'nvidia-cudnn-cu12': 'cuDNN',
  'nvidia-cudnn-cu11': 'cuDNN',
  cudnn: 'cuDNN',
  'nvidia-nccl-cu12': 'NCCL',
  'nvidia-nccl-cu11': 'NCCL',
  nccl: 'NCCL',
  python: 'Python',
};

const frameworks: readonly [string, string][] = [
  ['torch', 'PyTorch'],
  ['pytorch', 'PyTorch'],
  ['tensorflow', 'TensorFlow'],
  ['tensorflow-gpu', 'TensorFlow'],
  ['jax', 'JAX'],
];

/** `cu124` → `12.4`, `cu92` → `9.2`. */
function cudaFromTag(tag: string): string | null {
  const digits = /^cu(?:da)?(\d{2,3})$/u.exec(tag)?.[1];
  if (digits === undefined) return null;
  return `${digits.slice(0, -1)}.${digits.slice(-1)}`;
}

/** Conda builds: `cuda112py39h3ad47f5_1` → `11.2`, `py3.10_cuda12.1_cudnn8.9.2_0` → `12.1`. */
function cudaFromBuild(build: string): string | null {
  const dotted = /cuda(\d+\.\d+)/u.exec(build)?.[1];
  if (dotted !== undefined) return dotted;
  const digits = /cuda(\d{2,3})(?!\d)/u.exec(build)?.[1];
  return digits === undefined ? null : cudaFromTag(`cu${digits}`);
}

/**
 * Installed packages (pip freeze, requirements.txt pins, conda environment.yml, collect_env's
 * list): the framework and its version, the CUDA version PyTorch was built for (the `+cu124`
 * local tag, the conda build string or the CUDA runtime wheel) and the key libraries.
 */
export function readPackageList(
  packages: readonly InstalledPackage[],
  context: RunFileContext,
): void {
  const byName = new Map<string, InstalledPackage>();
  for (const installed of packages) {
    const normalized = normalizePackageName(installed.name);
    if (!byName.has(normalized)) byName.set(normalized, installed);
  }

  const framework = frameworks.find(([name]) => byName.has(name));
  if (framework !== undefined) {
    const installed = byName.get(framework[0]);
    if (installed !== undefined) {
      const [version = '', localTag = ''] = installed.version.split('+');
      context.reportField('setup.framework', framework[1], installed.key);
      context.reportField('setup.frameworkVersion', version, installed.key);
      const cuda = cudaFromTag(localTag) ?? cudaFromBuild(installed.build);
      if (cuda !== null) context.reportField('setup.cudaVersion', cuda, installed.key);
      if (localTag === 'cpu' || installed.build.startsWith('cpu')) {
        context.note('PyTorch build', 'CPU only', installed.key);
      }
    }
  }

  const runtime = [...byName.entries()].find(([name]) => /^nvidia-cuda-runtime-cu\d+$/u.test(name));
  if (runtime !== undefined) {
    const [major, minor] = runtime[1].version.split('.');
    if (major !== undefined && minor !== undefined) {
      context.reportField('setup.cudaVersion', `${major}.${minor}`, runtime[1].key, 'derived');
    }
  }
  for (const name of [
    'pytorch-cuda',
    'cuda-version',
    'cudatoolkit',
    'cuda-runtime',
    'cuda-cudart',
  ]) {
    const installed = byName.get(name);
    const [major, minor] = installed?.version.split('.') ?? [];
    if (installed !== undefined && major !== undefined && minor !== undefined) {
      context.reportField('setup.cudaVersion', `${major}.${minor}`, installed.key, 'derived');
    }
  }

  const seen = new Set<string>(framework === undefined ? [] : [framework[0]]);
  for (const [normalized, installed] of byName) {
    const display = keyLibraries[normalized];
    if (display === undefined || seen.has(display) || seen.has(normalized)) continue;
    seen.add(display);
    context.libraryVersion(display, installed.version, installed.key);
  }
}
