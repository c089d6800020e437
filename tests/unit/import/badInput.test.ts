import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { ModelFieldFinding, RunImportProgress } from '@/import/runImportTypes';
import { readRunFixture } from './support/readRunFixture';

function parseFixture(path: string) {
  const [result] = parseRunFiles([readRunFixture(path)]).files;
  if (result === undefined) throw new Error('no result');
  return result;
}

describe('a clear message per file for bad input', () => {
  it.each([
    ['own/bad/empty.json', 'empty', 'own/bad/empty.json is empty.'],
    ['own/bad/blank-requirements.txt', 'empty', 'own/bad/blank-requirements.txt is empty.'],
    [
      'own/bad/trainer_state-truncated.json',
      'partial',
      'own/bad/trainer_state-truncated.json is cut off: it ends early at line 76, column 17. The values before that point were read.',
    ],
    [
      'own/bad/training_args-corrupt.json',
      'partial',
      'own/bad/training_args-corrupt.json is damaged: it has an unexpected "]" at line 4, column 25. The values before that point were read.',
    ],
    [
      'own/bad/tokenizer_config.json',
      'unrecognized',
      'own/bad/tokenizer_config.json is JSON (keys add_bos_token, bos_token, model_max_length, tokenizer_class) but not a run file this importer reads.',
    ],
    [
      'own/bad/weights.safetensors',
      'unrecognized',
      'own/bad/weights.safetensors is a binary file (weights, an image or an archive), not a run log.',
    ],
    [
      'own/bad/wandb-history.jsonl',
      'unrecognized',
      'own/bad/wandb-history.jsonl is JSON Lines (one record per line, like wandb-history.jsonl), which is not imported; export the chart as CSV instead.',
    ],
  ] as const)('%s: %s', (path, status, message) => {
    const result = parseFixture(path);
    expect(result.status).toBe(status);
    expect(result.message).toBe(message);
  });

  it('names the YAML error and its line', () => {
    const result = parseFixture('own/bad/broken-config.yaml');
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(
      /^own\/bad\/broken-config\.yaml is not valid YAML: .*line 2, column 1/u,
    );
  });

  it('lists the formats it reads when a text file is not one of them', () => {
    expect(parseFixture('own/bad/notes.txt').message).toMatch(
      /^own\/bad\/notes\.txt is not a run file this importer reads \(trainer_state\.json/u,
    );
  });

  it('fails a .json file that is not JSON at all, without throwing', () => {
    const [result] = parseRunFiles([
      { path: 'run/trainer_state.json', text: '<html>404</html>' },
    ]).files;
    expect(result?.status).toBe('failed');
    expect(result?.message).toBe(
      'run/trainer_state.json is not valid JSON: it has an unexpected "<" at line 1, column 1.',
    );
  });

  it('keeps a cut-off file that holds nothing usable as failed, not partial', () => {
    const [result] = parseRunFiles([{ path: 'x.json', text: '{"log_hist' }]).files;
    expect(result?.status).toBe('failed');
    expect(result?.message).toBe('x.json is not valid JSON: it ends early at line 1, column 11.');
  });
});

describe('strings from files stay plain text', () => {
  it('keeps markup as literal text, strips control characters and caps length', () => {
    const text = JSON.stringify({
      output_dir: 'out',
      learning_rate: 1e-4,
      lr_scheduler_type: '<img src=x onerror=alert(1)>\u0000\u0007linear',
      run_name: 'r'.repeat(5000),
    });
    const [result] = parseRunFiles([{ path: 'training_args.json', text }]).files;
    const scheduler = result?.findings.find(
      (finding): finding is ModelFieldFinding =>
        finding.kind === 'model-field' && finding.field === 'hyperparameters.scheduler',
    );
    expect(scheduler?.value).toBe('<img src=x onerror=alert(1)>linear');
    const runName = result?.findings.find((finding) => finding.label === 'Run name');
    expect(runName?.kind === 'note' && runName.value.length).toBe(500);
  });

  it('does not let a __proto__ key change any prototype', () => {
    const text = '{"__proto__": {"polluted": 1}, "peft_type": "LORA", "r": NaN, "lora_alpha": 16}';
    const [result] = parseRunFiles([{ path: 'adapter_config.json', text }]).files;
    expect(result?.format).toBe('peft-adapter-config');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('big logs', () => {
  it('streams a 300,000-line MLflow metric into a bounded series with progress', () => {
    const lines: string[] = [];
    for (let step = 0; step < 300_000; step += 1) {
      lines.push(`${1_700_000_000_000 + step} ${(2 / (1 + step / 1000)).toFixed(6)} ${step}`);
    }
    const progress: RunImportProgress[] = [];
    const parse = parseRunFiles(
      [{ path: 'mlruns/0/abc/metrics/train_loss', text: `${lines.join('\n')}\n` }],
      { onProgress: (update) => progress.push(update) },
    );
    const [series] = parse.series;
    expect(series?.totalPoints).toBe(300_000);
    expect(series?.points.length).toBeLessThanOrEqual(2000);
    expect(series?.points.at(-1)).toEqual([299_999, 0.006645]);
    expect(parse.files[0]?.warnings).toEqual([
      `train_loss: kept ${series?.points.length.toLocaleString('en-US')} of 300,000 points, evenly spaced.`,
    ]);
    const fractions = progress.map((update) => update.fileFraction);
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions).toEqual([...fractions].sort((left, right) => left - right));
    expect(fractions.at(-1)).toBe(1);
  });

  it('names ten thinned series and counts the rest, however many columns a log has', () => {
    const columns = Array.from({ length: 30 }, (_, index) => `metric_${index}`);
    const rows = [['step', ...columns].join(',')];
    for (let step = 0; step < 5_000; step += 1)
      rows.push([step, ...columns.map((_, index) => (index + step / 5_000).toFixed(4))].join(','));
    const parse = parseRunFiles([
      { path: 'lightning_logs/version_0/metrics.csv', text: `${rows.join('\n')}\n` },
    ]);
    const warnings = parse.files[0]?.warnings ?? [];
    expect(parse.series.length).toBe(30);
    expect(warnings.filter((warning) => warning.endsWith('points, evenly spaced.'))).toHaveLength(
      10,
    );
    expect(warnings).toContain('20 more series were thinned to evenly spaced points the same way.');
  });

  it('streams a 200,000-row Lightning CSV into bounded series', () => {
    const rows = ['epoch,step,train_loss,val_loss'];
    for (let step = 0; step < 200_000; step += 1) {
      rows.push(`${Math.floor(step / 20_000)},${step},${(1 / (1 + step)).toFixed(8)},`);
      if (step % 20_000 === 19_999) rows.push(`${Math.floor(step / 20_000)},${step},,0.5`);
    }
    const parse = parseRunFiles([{ path: 'metrics.csv', text: rows.join('\r\n') }]);
    const training = parse.series.find((series) => series.name === 'train_loss');
    const validation = parse.series.find((series) => series.name === 'val_loss');
    expect(training?.totalPoints).toBe(200_000);
    expect(training?.points.length).toBeLessThanOrEqual(2000);
    expect(validation?.points).toHaveLength(10);
    expect(validation?.byEpoch?.at(-1)).toEqual([9, 0.5]);
  });
});
