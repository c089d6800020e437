/**
 * run.sh: every model once per seed through `accelerate launch`, on as many processes as the report
 * has GPUs. Folders are slugs and seeds integers, so nothing in it needs quoting.
 */
export function buildRunScript(
  folders: readonly string[],
  seeds: readonly number[],
  gpuCount: number | null,
): string {
  const processes =
    gpuCount !== null && Number.isInteger(gpuCount) && gpuCount > 1
      ? ` --multi_gpu --num_processes ${gpuCount}`
      : '';
  return [
    '#!/usr/bin/env bash',
    '# Reruns every model of the report once per seed. Install first: pip install -r requirements.txt',
    'set -euo pipefail',
    'cd "$(dirname "$0")"',
    '',
    `seeds=(${seeds.join(' ')})`,
    `models=(${folders.join(' ')})`,
    '',
    'for model in "${models[@]}"; do',
    '  for seed in "${seeds[@]}"; do',
    `    accelerate launch${processes} train.py "$model" --seed "$seed"`,
    '  done',
    'done',
    '',
  ].join('\n');
}
