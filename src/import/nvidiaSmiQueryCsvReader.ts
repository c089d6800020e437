import { formatNumber } from '@/model/numberInput';
import { describeGpus } from './describeGpus';
import { forEachLine } from './forEachLine';
import type { RunFileReader } from './runFileReader';

/** nvidia-smi counts memory in MiB; the form's GB are GiB, as GPU specifications count them. */
const mebibytesPerGigabyte = 1024;
const identityColumns = ['index', 'uuid', 'pci.bus_id'] as const;

/** `memory.used [MiB]` → `memory.used`: the query field, without the unit nvidia-smi appends. */
function headerColumns(text: string): string[] {
  const end = text.indexOf('\n');
  const line = end === -1 ? text : text.slice(0, end);
  return line.split(',').map((cell) =>
    cell
      .trim()
      .replace(/\s*\[[^\]]*\]$/u, '')
      .toLowerCase(),
  );
}

/**
 * A log of `nvidia-smi --query-gpu=…,memory.used,… --format=csv -l <seconds>` kept during
 * training: the GPUs, and the highest memory.used of any GPU in any sample as the peak GPU memory
 * in GB of 1024 MiB (an "80GB" A100 holds 81920 MiB). One sample is a moment, not a peak, so it
 * fills nothing.
 */
export const nvidiaSmiQueryCsvReader: RunFileReader = {
  container: 'text',
  format: 'nvidia-smi',
  matches: (text) => headerColumns(text.slice(0, 2000)).includes('memory.used'),
  read(text, context) {
    const columns = headerColumns(text);
    const usedColumn = columns.indexOf('memory.used');
    const identityName = identityColumns.find((name) => columns.includes(name));
    const identityColumn = identityName === undefined ? -1 : columns.indexOf(identityName);
    const nameColumn = columns.indexOf('name');
    const timestampColumn = columns.indexOf('timestamp');
    const namesByGpu = new Map<string, string>();
    const timestamps = new Set<string>();
    let rows = 0;
    const peak = { mebibytes: -1, gpu: '', line: 0 };
    let unreadable = 0;

    forEachLine(text, (line, lineNumber) => {
      if (lineNumber === 1 || line.trim() === '') return;
      const cells = line.split(',').map((cell) => cell.trim());
      const mebibytes = Number(/^\d+(\.\d+)?/u.exec(cells[usedColumn] ?? '')?.[0] ?? Number.NaN);
      if (!Number.isFinite(mebibytes)) {
        unreadable += 1;
        return;
      }
      rows += 1;
      const gpu = cells[identityColumn] ?? '';
      const name = cells[nameColumn] ?? '';
      if (gpu !== '' && name !== '') namesByGpu.set(gpu, name);
      if (timestampColumn !== -1) timestamps.add(cells[timestampColumn]?.slice(0, 19) ?? '');
      if (mebibytes > peak.mebibytes) {
        peak.mebibytes = mebibytes;
        peak.gpu = gpu;
        peak.line = lineNumber;
      }
    });

    const gpuCount = namesByGpu.size;
    if (gpuCount > 0) {
      context.reportField('setup.gpuType', describeGpus([...namesByGpu.values()]), 'name');
      context.reportField('setup.gpuCount', gpuCount, identityName ?? 'name');
    }
    if (unreadable > 0) {
      context.warn(
        `${unreadable} ${unreadable === 1 ? 'row' : 'rows'} without a memory.used number ${unreadable === 1 ? 'was' : 'were'} skipped.`,
      );
    }
    const samples = timestampColumn === -1 ? rows / Math.max(1, gpuCount) : timestamps.size;
    if (rows === 0) return;
    if (samples < 2) {
      context.warn(
        'One nvidia-smi sample is the memory in use at one moment, not the peak; log it during training (-l 60) for the peak GPU memory.',
      );
      return;
    }
    const onGpu = peak.gpu === '' ? '' : ` on GPU ${peak.gpu}`;
    context.modelField(
      'measured.peakGpuMemoryGigabytes',
      Number((peak.mebibytes / mebibytesPerGigabyte).toPrecision(4)),
      `memory.used, line ${peak.line}`,
      'derived',
      `The highest memory.used in ${formatNumber(samples)} samples: ${formatNumber(peak.mebibytes)} MiB${onGpu} ÷ 1024. GB here are GiB (1 GB = 1024 MiB; an "80GB" A100 holds 81920 MiB). Samples can miss a shorter peak, and memory.used counts every process on the GPU.`,
    );
  },
};
