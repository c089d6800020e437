import { formatByteSize } from './formatByteSize';
import { isRecord } from '@/model/isRecord';
import { readFiniteNumber } from './readFiniteNumber';
import { repositoryUrl } from './repositoryUrl';
import type { RunFileReader } from './runFileReader';

/**
 * wandb-metadata.json (0.12 to 0.19): GPU model and count, CUDA, OS, Python, program, git commit
 * and remote. The user name, email and host are never read.
 */
export const wandbMetadataReader: RunFileReader = {
  container: 'json',
  format: 'wandb-metadata',
  matches: (value) =>
    isRecord(value) &&
    ('startedAt' in value || 'heartbeatAt' in value) &&
    ('program' in value || 'python' in value || 'os' in value),
  read(value, context) {
    if (!isRecord(value)) return;
    const nvidia = Array.isArray(value['gpu_nvidia']) ? value['gpu_nvidia'].filter(isRecord) : [];
    const gpu =
      typeof value['gpu'] === 'string'
        ? value['gpu']
        : typeof nvidia[0]?.['name'] === 'string'
          ? nvidia[0]['name']
          : '';
    if (gpu !== '') context.reportField('setup.gpuType', gpu, 'gpu');
    const gpuCount =
      readFiniteNumber(value['gpu_count']) ?? (nvidia.length > 0 ? nvidia.length : null);
    if (gpuCount !== null && gpuCount > 0)
      context.reportField('setup.gpuCount', gpuCount, 'gpu_count');
    const gpuMemory = readFiniteNumber(nvidia[0]?.['memoryTotal']);
    if (gpuMemory !== null)
      context.note('GPU memory', `${formatByteSize(gpuMemory)} each`, 'gpu_nvidia[0].memoryTotal');
    const cuda =
      typeof value['cuda'] === 'string'
        ? value['cuda']
        : typeof value['cudaVersion'] === 'string'
          ? value['cudaVersion']
          : '';
    if (cuda !== '')
      context.reportField(
        'setup.cudaVersion',
        cuda,
        'cuda' in value ? 'cuda' : 'cudaVersion',
        'hint',
      );
    if (typeof value['os'] === 'string')
      context.reportField('setup.operatingSystem', value['os'], 'os', 'derived');
    if (typeof value['python'] === 'string') {
      const version = /(\d+\.\d+(\.\d+)?)/u.exec(value['python'])?.[1];
      if (version !== undefined) context.libraryVersion('Python', version, 'python');
    }
    const cpuCount = readFiniteNumber(value['cpu_count']);
    if (cpuCount !== null)
      context.reportField('setup.cpu', `${cpuCount} cores`, 'cpu_count', 'hint');
    const memory = value['memory'];
    const totalMemory = isRecord(memory) ? readFiniteNumber(memory['total']) : null;
    if (totalMemory !== null)
      context.reportField('setup.memory', formatByteSize(totalMemory), 'memory.total', 'derived');
    const program = typeof value['codePath'] === 'string' ? value['codePath'] : value['program'];
    if (typeof program === 'string' && program !== '') context.note('Program', program, 'program');
    if (Array.isArray(value['args']) && value['args'].length > 0) {
      context.note(
        'Command-line arguments',
        value['args'].filter((item) => typeof item === 'string').join(' '),
        'args',
      );
    }
    if (typeof value['docker'] === 'string' && value['docker'] !== '') {
      context.reportField('setup.containerImage', value['docker'], 'docker');
    }
    const git = value['git'];
    if (isRecord(git)) {
      if (typeof git['commit'] === 'string' && /^[0-9a-f]{7,40}$/iu.test(git['commit'])) {
        context.reportField('setup.commitHash', git['commit'], 'git.commit');
      }
      const url = typeof git['remote'] === 'string' ? repositoryUrl(git['remote']) : '';
      if (url !== '') context.reportField('appendix.repositoryUrl', url, 'git.remote');
    }
    context.loggingTool('Weights & Biases', 'wandb-metadata.json');
  },
};
