import { describe, expect, it } from 'vitest';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { ProposedChange, RunFileInput, RunFileResult } from '@/import/runImportTypes';
import { createEmptyReport } from '@/model/createEmptyReport';
import { summarizeRunFile } from './support/runFileSummary';

/** What `BitsAndBytesConfig(load_in_4bit=True, …).to_dict()` writes, as json.dump saves it. */
const fourBitToDict = {
  _load_in_4bit: true,
  _load_in_8bit: false,
  bnb_4bit_compute_dtype: 'bfloat16',
  bnb_4bit_quant_storage: 'uint8',
  bnb_4bit_quant_type: 'nf4',
  bnb_4bit_use_double_quant: true,
  llm_int8_enable_fp32_cpu_offload: false,
  llm_int8_has_fp16_weight: false,
  llm_int8_skip_modules: null,
  llm_int8_threshold: 6.0,
  load_in_4bit: true,
  load_in_8bit: false,
  quant_method: 'bitsandbytes',
};

const loraAdapterConfig: RunFileInput = {
  path: 'run/adapter_config.json',
  text: JSON.stringify({
    peft_type: 'LORA',
    task_type: 'CAUSAL_LM',
    base_model_name_or_path: 'meta-llama/Llama-3.1-8B',
    r: 16,
    lora_alpha: 32,
    lora_dropout: 0.05,
    target_modules: ['q_proj', 'v_proj'],
  }),
};

const bitsAndBytesConfig: RunFileInput = {
  path: 'run/bnb_config.json',
  text: JSON.stringify(fourBitToDict),
};

function parseOne(path: string, values: Record<string, unknown>): RunFileResult {
  const [result] = parseRunFiles([{ path, text: JSON.stringify(values) }]).files;
  if (result === undefined) throw new Error(`${path} was not parsed`);
  return result;
}

function byId(changes: readonly ProposedChange[], id: string): ProposedChange {
  const change = changes.find((candidate) => candidate.id === id);
  if (change === undefined)
    throw new Error(`no change ${id} in ${changes.map((entry) => entry.id).join(', ')}`);
  return change;
}

describe('a standalone bitsandbytes config', () => {
  it('reads what to_dict() writes as 4-bit quantization, which makes the method QLoRA', () => {
    const result = parseOne('bnb_config.json', fourBitToDict);
    expect(result).toMatchObject({
      status: 'parsed',
      format: 'bitsandbytes-config',
      formatLabel: 'bitsandbytes quantization config (BitsAndBytesConfig)',
    });
    expect(summarizeRunFile(result).model).toEqual({
      'quantization.bits': 4,
      'quantization.type': 'nf4',
      'quantization.doubleQuantization': true,
      'quantization.computeDtype': 'bfloat16',
      method: 'qlora',
    });
    expect(
      result.findings.find(
        (finding) => finding.kind === 'model-field' && finding.field === 'method',
      ),
    ).toMatchObject({
      source: { file: 'bnb_config.json', key: 'load_in_4bit' },
      precedence: 'derived',
    });
  });

  it('reads a hand-written 8-bit config, which says nothing about the method', () => {
    const result = parseOne('bnb_config.json', { load_in_8bit: true, llm_int8_threshold: 6.0 });
    expect(result.format).toBe('bitsandbytes-config');
    expect(summarizeRunFile(result).model).toEqual({
      'quantization.bits': 8,
      'quantization.type': 'int8',
    });
  });

  it('takes a compute dtype written as torch.float16 and an fp4 quant type', () => {
    const result = parseOne('bnb_config.json', {
      load_in_4bit: true,
      bnb_4bit_quant_type: 'fp4',
      bnb_4bit_compute_dtype: 'torch.float16',
    });
    expect(summarizeRunFile(result).model).toEqual({
      'quantization.bits': 4,
      'quantization.type': 'fp4',
      'quantization.computeDtype': 'float16',
      method: 'qlora',
    });
  });

  it('recognises the file by its content, whatever its name', () => {
    expect(
      parseOne('upload-7.dat', { load_in_4bit: true, bnb_4bit_quant_type: 'nf4' }).format,
    ).toBe('bitsandbytes-config');
  });

  it('says so when the config does not quantize', () => {
    const result = parseOne('bnb_config.json', { load_in_4bit: false, load_in_8bit: false });
    expect(result.format).toBe('bitsandbytes-config');
    expect(result.findings).toEqual([]);
    expect(result.message).toBe(
      'bnb_config.json was read as bitsandbytes quantization config (BitsAndBytesConfig), but it holds nothing to import.',
    );
  });

  it('leaves a model config, and training arguments that carry bitsandbytes keys, to their readers', () => {
    expect(
      parseOne('config.json', {
        model_type: 'llama',
        load_in_4bit: true,
        transformers_version: '4.46.2',
      }).format,
    ).toBe('hf-model-config');
    expect(
      parseOne('args.json', { output_dir: 'out', learning_rate: 2e-4, load_in_4bit: true }).format,
    ).toBe('hf-training-arguments');
  });

  it('gives the same values as the quantization_config of a model config', () => {
    const fromModelConfig = summarizeRunFile(
      parseOne('config.json', {
        model_type: 'llama',
        architectures: ['LlamaForCausalLM'],
        quantization_config: fourBitToDict,
      }),
    ).model;
    const fromBitsAndBytes = summarizeRunFile(parseOne('bnb_config.json', fourBitToDict)).model;
    for (const field of [
      'quantization.bits',
      'quantization.type',
      'quantization.doubleQuantization',
      'quantization.computeDtype',
    ]) {
      expect(fromBitsAndBytes[field]).toBeDefined();
      expect(fromModelConfig[field]).toBe(fromBitsAndBytes[field]);
    }
  });
});

describe('an adapter config with a bitsandbytes config', () => {
  it.each([
    ['adapter first', [loraAdapterConfig, bitsAndBytesConfig]],
    ['bitsandbytes first', [bitsAndBytesConfig, loraAdapterConfig]],
  ])('proposes QLoRA for LoRA on 4-bit weights (%s)', (_order, files) => {
    const parse = parseRunFiles(files);
    expect(parse.files.map((file) => file.format).sort()).toEqual([
      'bitsandbytes-config',
      'peft-adapter-config',
    ]);
    const changes = buildRunImportProposal(parse, createEmptyReport('report-1'), {
      newModelName: 'Llama QLoRA',
    });
    expect(byId(changes, 'model:method')).toMatchObject({
      newValue: 'QLoRA',
      alternatives: [],
      accepted: true,
    });
    expect(
      [
        'model:quantization.bits',
        'model:quantization.type',
        'model:quantization.doubleQuantization',
        'model:quantization.computeDtype',
        'model:lora.rank',
      ].map((id) => byId(changes, id).newValue),
    ).toEqual(['4', 'NF4', 'Yes', 'bfloat16', '16']);
    expect(parse.warnings).toContain(
      'Method set to QLoRA: run/bnb_config.json (load_in_4bit) shows the base model was loaded in 4 bits.',
    );
  });

  it('keeps a method the adapter states that is not LoRA', () => {
    const promptTuning: RunFileInput = {
      path: 'run/adapter_config.json',
      text: JSON.stringify({
        peft_type: 'PROMPT_TUNING',
        base_model_name_or_path: 'meta-llama/Llama-3.1-8B',
        num_virtual_tokens: 20,
      }),
    };
    const changes = buildRunImportProposal(
      parseRunFiles([promptTuning, bitsAndBytesConfig]),
      createEmptyReport('report-1'),
      { newModelName: 'Llama prompt tuning' },
    );
    expect(byId(changes, 'model:method')).toMatchObject({
      newValue: 'Prompt tuning',
      alternatives: [{ value: 'QLoRA', source: { file: 'run/bnb_config.json' } }],
    });
  });
});
