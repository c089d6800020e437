import { describeGpus } from './describeGpus';
import { forEachLine } from './forEachLine';
import type { RunFileReader } from './runFileReader';

const gpuRow =
  /^\|\s+(\d+)\s+(.+?)\s+(On|Off)\s+\|\s+[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.\d/u;
const memoryCell = /(\d+)\s*MiB\s*\/\s*(\d+)\s*MiB/u;
const listRow = /^GPU (\d+): (.+?) \(UUID: [^)]+\)\s*$/u;

/**
 * `nvidia-smi` output (the table, old and new layouts) or `nvidia-smi -L`: GPU model, count and
 * memory, the driver, and the CUDA version the driver supports (a hint; the CUDA PyTorch was
 * built with, from pip freeze or collect_env, wins over it).
 */
export const nvidiaSmiReader: RunFileReader = {
  container: 'text',
  format: 'nvidia-smi',
  matches: (text) =>
    (/NVIDIA-SMI\s+\d/u.test(text.slice(0, 4000)) && /Driver Version/u.test(text.slice(0, 4000))) ||
    listRow.test(text.slice(0, 400).split('\n')[0]?.trim() ?? ''),
  read(text, context) {
    const names: string[] = [];
    const memories: number[] = [];
    let awaitingMemory = false;
    let shortened = false;
    forEachLine(text, (line) => {
      const row = gpuRow.exec(line);
      const listed = listRow.exec(line.trim());
      if (row?.[2] !== undefined || listed?.[2] !== undefined) {
        const name = (row?.[2] ?? listed?.[2] ?? '').trim();
        if (name.endsWith('...')) shortened = true;
        names.push(name);
        awaitingMemory = row !== null;
        return;
      }
      const memory = awaitingMemory ? memoryCell.exec(line) : null;
      if (memory?.[2] !== undefined) {
        memories.push(Number(memory[2]));
        awaitingMemory = false;
      }
    });
    const header = /Driver Version:\s*([\d.]+)\s+CUDA Version:\s*([\d.]+)/u.exec(text);
    if (names.length > 0) {
      context.reportField('setup.gpuType', describeGpus(names), 'GPU table');
      context.reportField('setup.gpuCount', names.length, 'GPU table');
    } else {
      context.warn('No GPU rows found in the nvidia-smi table.');
    }
    if (shortened) context.warn('nvidia-smi shortened a GPU name ("…"); check the GPU type.');
    const distinctMemories = [...new Set(memories)];
    if (distinctMemories.length === 1 && distinctMemories[0] !== undefined) {
      const mebibytes = distinctMemories[0];
      context.note(
        'GPU memory',
        `${mebibytes} MiB (${(mebibytes / 1024).toFixed(1)} GiB)${names.length > 1 ? ' each' : ''}`,
        'Memory-Usage',
      );
    } else if (distinctMemories.length > 1) {
      context.note(
        'GPU memory',
        memories.map((mebibytes) => `${mebibytes} MiB`).join(', '),
        'Memory-Usage',
      );
    }
    if (header?.[1] !== undefined) context.note('NVIDIA driver', header[1], 'Driver Version');
    if (header?.[2] !== undefined) {
      context.reportField('setup.cudaVersion', header[2], 'CUDA Version', 'hint');
      context.note('Highest CUDA version the driver supports', header[2], 'CUDA Version');
    }
  },
};
