import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { RunImportProgress } from '@/import/runImportTypes';
import { listFiles, readRunFixture, runFixturesRoot } from './support/readRunFixture';

const runFolder = listFiles(runFixturesRoot, 'own/hf-qlora-run').map(readRunFixture);

describe('parseRunFiles over a whole run folder', () => {
  const progress: RunImportProgress[] = [];
  const parse = parseRunFiles(runFolder, { onProgress: (update) => progress.push(update) });

  it('reads every file', () => {
    expect(parse.files.map((file) => [file.path.split('/').at(-1), file.format])).toEqual([
      ['adapter_config.json', 'peft-adapter-config'],
      ['all_results.json', 'hf-results'],
      ['config.json', 'hf-model-config'],
      ['gpu-memory.csv', 'nvidia-smi'],
      ['nvidia-smi.txt', 'nvidia-smi'],
      ['requirements.txt', 'pip-requirements'],
      ['trainer_state.json', 'hf-trainer-state'],
      ['training_args.json', 'hf-training-arguments'],
    ]);
  });

  it('makes the LoRA adapter QLoRA because config.json loads the base model in 4 bits', () => {
    const methods = parse.findings.filter(
      (finding) => finding.kind === 'model-field' && finding.field === 'method',
    );
    expect(methods.map((finding) => finding.kind === 'model-field' && finding.value)).toEqual([
      'qlora',
    ]);
    expect(parse.warnings).toEqual([
      'Method set to QLoRA: own/hf-qlora-run/config.json (quantization_config.load_in_4bit) shows the base model was loaded in 4 bits.',
    ]);
    const perFile = parse.files[0]?.findings.find(
      (finding) => finding.kind === 'model-field' && finding.field === 'method',
    );
    expect(perFile?.kind === 'model-field' && perFile.value).toBe('lora');
  });

  it('works out the effective batch size from three files', () => {
    const note = parse.findings.find((finding) => finding.label === 'Effective batch size');
    expect(note).toEqual({
      kind: 'note',
      label: 'Effective batch size',
      value: '32 (4 per device × 4 accumulation steps × 2 GPUs)',
      source: { file: 'own/hf-qlora-run/training_args.json', key: 'per_device_train_batch_size' },
      precedence: 'derived',
    });
  });

  it('gives every series a unique id', () => {
    const ids = parse.series.map((series) => series.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(5);
  });

  it('reports progress at the start and end of every file', () => {
    expect(
      progress.filter((update) => update.fileFraction === 0).map((update) => update.fileIndex),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(progress.at(-1)).toEqual({
      fileIndex: 7,
      fileCount: 8,
      path: 'own/hf-qlora-run/training_args.json',
      fileFraction: 1,
    });
  });

  it('returns plain data a worker can post', () => {
    expect(structuredClone(parse)).toEqual(parse);
  });
});
