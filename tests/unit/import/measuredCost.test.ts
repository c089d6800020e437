import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { ModelFieldFinding, ProposedChange, RunImportParse } from '@/import/runImportTypes';
import { createEmptyReport } from '@/model/createEmptyReport';
import { readRunFixture } from './support/readRunFixture';

const corpusRoot = join(import.meta.dirname, '../../../../shared/fixtures/real');

function readCorpusFile(path: string): { path: string; text: string } {
  return { path, text: readFileSync(join(corpusRoot, path), 'utf8') };
}

function measured(parse: RunImportParse): Record<string, [number, string, string]> {
  return Object.fromEntries(
    parse.findings
      .filter(
        (finding): finding is ModelFieldFinding =>
          finding.kind === 'model-field' && finding.field.startsWith('measured.'),
      )
      .map((finding) => [
        finding.field,
        [finding.value as number, finding.source.key, finding.precedence],
      ]),
  );
}

function change(parse: RunImportParse, id: string): ProposedChange | undefined {
  return buildRunImportProposal(parse, createEmptyReport('r'), { newModelName: 'M' }).find(
    (candidate) => candidate.id === id,
  );
}

describe('training time from trainer_state.json', () => {
  it("reads train_runtime in log_history's final entry as hours", () => {
    const parse = parseRunFiles([readRunFixture('own/hf-qlora-run/trainer_state.json')]);
    expect(measured(parse)).toEqual({
      'measured.wallClockHours': [0.5095, 'train_runtime', 'stated'],
    });
  });

  it('finds nothing in a log that stopped before its final entry', () => {
    const parse = parseRunFiles([
      readRunFixture('copied/trainer_state/mt5-azerbaijani-news-summarization.json'),
    ]);
    expect(measured(parse)).toEqual({});
  });

  it.skipIf(!existsSync(corpusRoot))('reads a real 100-epoch run: 5938.5496 s is 1.65 h', () => {
    const parse = parseRunFiles([readCorpusFile('trainer_state/bert-weibo-rumor-100-epochs.json')]);
    expect(measured(parse)).toEqual({
      'measured.wallClockHours': [1.65, 'train_runtime', 'stated'],
    });
    expect(change(parse, 'model:measured.wallClockHours')?.detail).toBe(
      '1 h 38 min: train_runtime 5938.5496 s ÷ 3600.',
    );
  });
});

describe('training time from W&B', () => {
  it('takes _runtime, the whole process, as derived and says so', () => {
    const parse = parseRunFiles([readRunFixture('own/wandb/wandb-summary.json')]);
    expect(measured(parse)).toEqual({
      'measured.wallClockHours': [1.034, '_runtime', 'derived'],
    });
    expect(change(parse, 'model:measured.wallClockHours')).toMatchObject({
      newValue: '1.034',
      detail:
        "1 h 2 min: W&B's _runtime 3723.5 s ÷ 3600, the whole process (loading and evaluation count too).",
    });
  });

  it('falls back to _wandb.runtime when _runtime is missing', () => {
    const parse = parseRunFiles([
      { path: 'wandb-summary.json', text: '{"_step": 10, "_wandb": {"runtime": 7200}}' },
    ]);
    expect(measured(parse)).toEqual({
      'measured.wallClockHours': [2, '_wandb.runtime', 'derived'],
    });
  });

  it.skipIf(!existsSync(corpusRoot))(
    'prefers train_runtime to _runtime in one real summary (5793 s of training in a 6484 s process)',
    () => {
      const parse = parseRunFiles([
        readCorpusFile('wandb/deberta-v3-lora-medical-wandb-summary.json'),
      ]);
      expect(measured(parse)).toEqual({
        'measured.wallClockHours': [1.609, 'train_runtime', 'stated'],
      });
    },
  );

  it("lets trainer_state's train_runtime win over W&B's _runtime from another file", () => {
    const parse = parseRunFiles([
      readRunFixture('own/wandb/wandb-summary.json'),
      readRunFixture('own/hf/trainer_state-old-layout-nan-infinity.json'),
    ]);
    expect(change(parse, 'model:measured.wallClockHours')).toMatchObject({
      newValue: '0.02653',
      source: { file: 'own/hf/trainer_state-old-layout-nan-infinity.json', key: 'train_runtime' },
      alternatives: [
        { value: '1.034', source: { file: 'own/wandb/wandb-summary.json', key: '_runtime' } },
      ],
    });
  });
});

describe('GPU-hours', () => {
  it('are left empty when no file gives the GPU count', () => {
    const parse = parseRunFiles([readRunFixture('own/hf-qlora-run/trainer_state.json')]);
    expect(change(parse, 'model:measured.gpuHours')).toBeUndefined();
  });

  it('multiply the training time by the GPU count W&B metadata gives', () => {
    const parse = parseRunFiles([
      readRunFixture('own/wandb/wandb-summary.json'),
      readRunFixture('own/wandb/wandb-metadata.json'),
    ]);
    expect(change(parse, 'model:measured.gpuHours')).toMatchObject({
      newValue: '2.068',
      detail:
        "1.034 h × 2 GPUs: the training time (_runtime, wandb-summary.json) times the GPU count in wandb-metadata.json, which lists the machine's GPUs; check that the run used them all.",
    });
  });

  it.skipIf(!existsSync(corpusRoot))(
    'come out of one real W&B run: summary and metadata of the protein classifier on one V100',
    () => {
      const parse = parseRunFiles([
        readCorpusFile('wandb/distilbert-protein-wandb-summary.json'),
        readCorpusFile('wandb/distilbert-protein-wandb-metadata.json'),
      ]);
      expect(measured(parse)).toEqual({
        'measured.wallClockHours': [0.02408, 'train/train_runtime', 'stated'],
        'measured.gpuHours': [0.02408, 'train/train_runtime', 'derived'],
      });
    },
  );
});
