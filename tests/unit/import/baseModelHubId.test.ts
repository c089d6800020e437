import { describe, expect, it } from 'vitest';
import { applyRunImport } from '@/import/applyRunImport';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import { isHubModelId } from '@/model/isHubModelId';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { RunImportParse } from '@/import/runImportTypes';
import { createEmptyReport } from '@/model/createEmptyReport';
import { summarizeRunFile } from './support/runFileSummary';

function parseAdapterConfig(baseModel: string | null): RunImportParse {
  return parseRunFiles([
    {
      path: 'adapter_config.json',
      text: JSON.stringify({
        peft_type: 'LORA',
        base_model_name_or_path: baseModel,
        r: 16,
        lora_alpha: 32,
        target_modules: ['q_proj', 'v_proj'],
      }),
    },
  ]);
}

function modelValues(parse: RunImportParse): Record<string, unknown> {
  const [file] = parse.files;
  if (file === undefined) throw new Error('no file parsed');
  return summarizeRunFile(file).model;
}

describe('isHubModelId', () => {
  it.each([
    'meta-llama/Llama-3.1-8B',
    'unsloth/mistral-7b-v0.3-bnb-4bit',
    'FacebookAI/roberta-large',
    'Qwen/Qwen2.5-0.5B_Instruct',
  ])('takes %s for a Hub id', (name) => {
    expect(isHubModelId(name)).toBe(true);
  });

  it.each([
    ['a bare name', 'gpt2'],
    ['a relative path', './results/model'],
    ['a parent folder', '../model'],
    ['an absolute path', '/data/model'],
    ['a home folder', '~/models/llama'],
    ['a Windows path', 'C:\\models\\llama'],
    ['a path of three parts', 'output/llama/final'],
    ['a Trainer checkpoint folder', 'output/checkpoint-500'],
    ['an empty owner', '/llama'],
    ['an empty name', 'meta-llama/'],
    ['a space', 'meta llama/Llama 3'],
    ['a name the Hub refuses', 'owner/name--x'],
  ])('refuses %s (%s)', (_description, name) => {
    expect(isHubModelId(name)).toBe(false);
  });
});

describe('the base model on the Hub from adapter_config.json', () => {
  it('proposes a Hub id as the base model on the Hub and, as before, as the architecture', () => {
    const parse = parseAdapterConfig('meta-llama/Llama-3.1-8B');
    expect(modelValues(parse)).toMatchObject({
      architecture: 'meta-llama/Llama-3.1-8B',
      baseModelHubId: 'meta-llama/Llama-3.1-8B',
    });
    const finding = parse.findings.find(
      (candidate) => candidate.kind === 'model-field' && candidate.field === 'baseModelHubId',
    );
    expect(finding).toMatchObject({
      label: 'Base model on the Hub',
      source: { file: 'adapter_config.json', key: 'base_model_name_or_path' },
      precedence: 'stated',
    });
  });

  it('keeps a bare model name as the architecture only', () => {
    const values = modelValues(parseAdapterConfig('gpt2'));
    expect(values).toMatchObject({ architecture: 'gpt2' });
    expect(values).not.toHaveProperty('baseModelHubId');
  });

  it('proposes neither for a local checkpoint', () => {
    const values = modelValues(parseAdapterConfig('./results/checkpoint-500'));
    expect(values).not.toHaveProperty('architecture');
    expect(values).not.toHaveProperty('baseModelHubId');
  });

  it('writes the Hub id into the new model on apply', () => {
    const report = createEmptyReport('report-1');
    const changes = buildRunImportProposal(parseAdapterConfig('google/gemma-2-2b'), report, {
      newModelName: 'Gemma LoRA',
    });
    expect(changes.find((change) => change.id === 'model:baseModelHubId')).toMatchObject({
      kind: 'new',
      targetLabel: 'Gemma LoRA › Base model on the Hub',
      newValue: 'google/gemma-2-2b',
      accepted: true,
    });
    let counter = 0;
    const applied = applyRunImport(report, changes, () => {
      counter += 1;
      return `id${counter}`;
    });
    expect(applied.models.models[0]).toMatchObject({
      name: 'Gemma LoRA',
      architecture: 'google/gemma-2-2b',
      baseModelHubId: 'google/gemma-2-2b',
    });
  });
});
