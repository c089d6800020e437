import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { RunFileResult } from '@/import/runImportTypes';
import { readRunFixture } from './support/readRunFixture';
import { summarizeRunFile } from './support/runFileSummary';

const corpusRoot = join(import.meta.dirname, '../../../../shared/fixtures/real');

function readOne(path: string, text: string): RunFileResult {
  const [file] = parseRunFiles([{ path, text }]).files;
  if (file === undefined) throw new Error('no file');
  return file;
}

describe('peak GPU memory from an nvidia-smi memory log', () => {
  it('takes the highest memory.used of any GPU in any sample, 1 GB = 1024 MiB', () => {
    const [file] = parseRunFiles([readRunFixture('own/hf-qlora-run/gpu-memory.csv')]).files;
    expect(file?.format).toBe('nvidia-smi');
    expect(file === undefined ? {} : summarizeRunFile(file).model).toEqual({
      'measured.peakGpuMemoryGigabytes': 22.27,
    });
  });

  it('reads the --format=csv,nounits form, without GPU index', () => {
    const file = readOne(
      'memory.csv',
      'memory.used [MiB], memory.total [MiB]\n10240, 24564\n15360, 24564\n12288, 24564\n',
    );
    const summary = summarizeRunFile(file);
    expect(summary.model).toEqual({ 'measured.peakGpuMemoryGigabytes': 15 });
    expect(summary.report).toEqual({});
    expect(summary.warnings).toEqual([]);
  });

  it('fills nothing from a single sample, which is a moment and not a peak', () => {
    const file = readOne(
      'smi.csv',
      'timestamp, index, name, memory.used [MiB]\n2025/03/14 09:12:30.411, 0, NVIDIA L4, 20480 MiB\n',
    );
    const summary = summarizeRunFile(file);
    expect(summary.model).toEqual({});
    expect(summary.report).toEqual({ 'setup.gpuType': 'NVIDIA L4', 'setup.gpuCount': 1 });
    expect(summary.warnings).toEqual([
      'One nvidia-smi sample is the memory in use at one moment, not the peak; log it during training (-l 60) for the peak GPU memory.',
    ]);
  });

  it('skips rows without a number and says how many', () => {
    const file = readOne(
      'smi.csv',
      'index, memory.used [MiB]\n0, [N/A]\n0, 2048 MiB\n0, 4096 MiB\n',
    );
    const summary = summarizeRunFile(file);
    expect(summary.model).toEqual({ 'measured.peakGpuMemoryGigabytes': 4 });
    expect(summary.warnings).toEqual(['1 row without a memory.used number was skipped.']);
  });

  it.skipIf(!existsSync(corpusRoot))(
    'fills nothing from a real nvidia-smi table: one python process at 794 MiB is a snapshot',
    () => {
      const file = readOne(
        'nvidia-smi.txt',
        readFileSync(join(corpusRoot, 'environment/nvidia-smi-1x-l40s.txt'), 'utf8'),
      );
      expect(file.format).toBe('nvidia-smi');
      expect(summarizeRunFile(file).model).toEqual({});
    },
  );
});
