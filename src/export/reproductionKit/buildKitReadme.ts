import type { FineTuningMethod, Report } from '@/model/reportSchema';
import { fineTuningMethodOptions } from '@/model/reportSchema';
import type { ReproductionGap } from './reproductionGap';
import type { TransformersTarget } from './transformersTarget';

export interface KitReadmeInput {
  report: Report;
  target: TransformersTarget;
  models: readonly { name: string; folder: string; method: FineTuningMethod }[];
  seeds: readonly number[];
  pythonVersion: string | null;
  gaps: readonly ReproductionGap[];
  /** Every file of the kit but the README. */
  paths: readonly string[];
}

interface TreeNode {
  name: string;
  children: TreeNode[];
}

/** The kit's files as `tree` draws them, folders first. */
export function drawFileTree(root: string, paths: readonly string[]): string {
  const top: TreeNode = { name: root, children: [] };
  for (const path of paths) {
    let node = top;
    for (const part of path.split('/')) {
      let child = node.children.find((candidate) => candidate.name === part);
      if (child === undefined) {
        child = { name: part, children: [] };
        node.children.push(child);
      }
      node = child;
    }
  }
  const lines = [`${root}/`];
  const draw = (node: TreeNode, prefix: string): void => {
    const children = [...node.children].sort(
      (left, right) =>
        Number(right.children.length > 0) - Number(left.children.length > 0) ||
        left.name.localeCompare(right.name),
    );
    for (const [index, child] of children.entries()) {
      const last = index === children.length - 1;
      lines.push(
        `${prefix}${last ? '└── ' : '├── '}${child.name}${child.children.length > 0 ? '/' : ''}`,
      );
      draw(child, `${prefix}${last ? '    ' : '│   '}`);
    }
  };
  draw(top, '');
  return lines.join('\n');
}

function methodLabel(method: FineTuningMethod): string {
  return fineTuningMethodOptions.find((option) => option.value === method)?.label ?? method;
}

/** A Markdown table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/\|/gu, '\\|').trim();
}

/** The kit's README.md: what is in it, how to run it, what is pinned and what the report lacks. */
export function buildKitReadme(input: KitReadmeInput): string {
  const { report, target, models, seeds, gaps } = input;
  const title = report.titlePage.title.trim() || 'Untitled report';
  const version = report.titlePage.version.trim();
  const firstModel = models[0]?.folder ?? 'models/<model>';
  const transformers =
    target.version === null
      ? `The report gives no transformers version, so the keys follow transformers ${target.reference}.`
      : `Keys are named as in transformers ${target.version} (checked against the field list of ${target.reference}): \`${target.evaluationStrategyKey}\`, and a warmup share as \`${target.warmupRatioKey}\`.`;
  const lines = [
    `# Reproduction kit: ${title}`,
    '',
    `Written by ML Report Studio from the report “${title}”${version === '' ? '' : ` (version ${version})`}. It reruns the training of each model the report describes, with the settings the report gives.`,
    '',
    '## What is here',
    '',
    '```text',
    drawFileTree('reproduction-kit', ['README.md', ...input.paths]),
    '```',
    '',
    '- `training_args.json`: the model’s `transformers.TrainingArguments`, only the keys that differ from their defaults, plus `output_dir`, `seed` and an evaluation each epoch.',
    '- `run_config.json`: the base model, dataset and revision, task, text and label columns and the maximum sequence length.',
    '- `adapter_config.json` (LoRA and QLoRA): `LoraConfig(**json)`. `bnb_config.json` (QLoRA): `BitsAndBytesConfig(**json)`.',
    '- `requirements.txt`: the versions the report gives, pinned. `train.py` reads a model’s folder and trains it; `run.sh` runs every model once per seed.',
    '',
    '## How to run it',
    '',
    '```bash',
    `python -m venv .venv && . .venv/bin/activate${input.pythonVersion === null ? '' : `   # Python ${input.pythonVersion}, as the report gives`}`,
    'pip install -r requirements.txt',
    'bash run.sh',
    '```',
    '',
    `One model with one seed: \`accelerate launch train.py ${firstModel} --seed ${seeds[0] ?? 42}\`.`,
    '',
    '## Models',
    '',
    '| Model | Folder | Method |',
    '| --- | --- | --- |',
    ...models.map(
      (model) => `| ${cell(model.name)} | \`${model.folder}\` | ${methodLabel(model.method)} |`,
    ),
    '',
    '## What is pinned',
    '',
    `- ${transformers}`,
    '- The packages and versions in `requirements.txt`; torch with its CUDA build where the report gives one.',
    `- Seeds: ${seeds.join(', ')}; \`run.sh\` runs each.`,
    '- Each dataset at the revision `run_config.json` names, where the report gives one.',
    '',
    '## What is not pinned',
    '',
    '- The base model’s revision: the report has no field for it, so `from_pretrained` loads the latest; set `base_model_revision` in `run_config.json` to pin it.',
    '- The text and label columns are taken to be `text` and `label`; check them against the dataset.',
    '- The report’s own splits (such as a validation set cut from train) are not rebuilt: the script uses the dataset’s splits named in `run_config.json`, and evaluates only when its validation split exists.',
    '- GPU kernels: cuDNN and bitsandbytes are not bit-exact, so metrics may differ in the last digits.',
    '',
    '## What the report lacks for an exact rerun',
    '',
    ...(gaps.length === 0
      ? ['Nothing: the report gives every value the kit needs.']
      : gaps.map(
          (gap) =>
            `- **${gap.location}${gap.fieldLabel === '' ? '' : ` › ${gap.fieldLabel}`}**: ${gap.message}`,
        )),
    '',
  ];
  return lines.join('\n');
}
