import { describeGpus } from './describeGpus';
import { forEachLine } from './forEachLine';
import { readPackageList, type InstalledPackage } from './readPackageList';
import type { RunFileReader } from './runFileReader';

const unknownValue = /^(N\/A|None|Could not collect|No CUDA)$/iu;

/**
 * `python -m torch.utils.collect_env`: PyTorch and the CUDA it was built with, OS, Python, GPUs,
 * driver, cuDNN, CPU model and the "Versions of relevant libraries" list.
 */
export const collectEnvReader: RunFileReader = {
  container: 'text',
  format: 'torch-collect-env',
  matches: (text) =>
    /^PyTorch version: /mu.test(text) &&
    (/^Is debug build: /mu.test(text) || /^CUDA used to build PyTorch: /mu.test(text)),
  read(text, context) {
    const fields = new Map<string, string>();
    const gpus: string[] = [];
    const packages: InstalledPackage[] = [];
    let inGpuList = false;
    let inLibraries = false;
    forEachLine(text, (line, lineNumber) => {
      const trimmed = line.trim();
      const gpu = /^GPU \d+: (.+)$/u.exec(trimmed);
      if (inGpuList && gpu?.[1] !== undefined) {
        gpus.push(gpu[1].replace(/\s*\(UUID:.*\)$/u, ''));
        return;
      }
      inGpuList = false;
      if (inLibraries) {
        const library = /^\[(pip\d*|conda)\]\s+([A-Za-z0-9][\w.-]*)(?:==|\s+)([0-9][^\s]*)/u.exec(
          trimmed,
        );
        if (library?.[2] !== undefined && library[3] !== undefined) {
          packages.push({
            name: library[2],
            version: library[3],
            build: '',
            key: `line ${lineNumber}`,
          });
        }
        return;
      }
      if (trimmed === 'Versions of relevant libraries:') {
        inLibraries = true;
        return;
      }
      const field = /^([A-Za-z][^:]*?):\s*(.*)$/u.exec(trimmed);
      if (field?.[1] === undefined || field[2] === undefined) return;
      if (!fields.has(field[1])) fields.set(field[1], field[2].trim());
      if (field[1] === 'GPU models and configuration') {
        const inline = /^GPU \d+: (.+)$/u.exec(field[2].trim());
        if (inline?.[1] !== undefined) gpus.push(inline[1].replace(/\s*\(UUID:.*\)$/u, ''));
        else if (field[2].trim() !== '' && !unknownValue.test(field[2].trim()))
          gpus.push(field[2].trim());
        inGpuList = true;
      }
    });
    const known = (name: string): string => {
      const value = fields.get(name) ?? '';
      return unknownValue.test(value) ? '' : value;
    };

    const torch = known('PyTorch version');
    if (torch !== '')
      packages.unshift({ name: 'torch', version: torch, build: '', key: 'PyTorch version' });
    const builtWith = known('CUDA used to build PyTorch');
    if (builtWith !== '')
      context.reportField('setup.cudaVersion', builtWith, 'CUDA used to build PyTorch');
    const rocm = known('ROCM used to build PyTorch');
    if (rocm !== '') context.note('ROCm used to build PyTorch', rocm, 'ROCM used to build PyTorch');
    readPackageList(packages, context);

    const operatingSystem = known('OS');
    if (operatingSystem !== '') context.reportField('setup.operatingSystem', operatingSystem, 'OS');
    const python = /^(\d+\.\d+(\.\d+)?)/u.exec(known('Python version'))?.[1];
    if (python !== undefined) context.libraryVersion('Python', python, 'Python version');
    if (gpus.length > 0) {
      context.reportField('setup.gpuType', describeGpus(gpus), 'GPU models and configuration');
      context.reportField('setup.gpuCount', gpus.length, 'GPU models and configuration');
    }
    const driver = known('Nvidia driver version');
    if (driver !== '') context.note('NVIDIA driver', driver, 'Nvidia driver version');
    const cudnn = /^\d+\.\d+(\.\d+)?$/u.exec(known('cuDNN version'))?.[0];
    if (cudnn !== undefined) context.libraryVersion('cuDNN', cudnn, 'cuDNN version');
    const cpu = known('Model name');
    if (cpu !== '') context.reportField('setup.cpu', cpu, 'Model name');
    if (known('Is CUDA available').toLowerCase() === 'false') {
      context.warn(
        'collect_env ran where CUDA was not available: the GPU fields may describe another machine.',
      );
    }
  },
};
