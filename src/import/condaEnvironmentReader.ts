import { isRecord } from '@/model/isRecord';
import { readPackageList, type InstalledPackage } from './readPackageList';
import type { RunFileReader } from './runFileReader';

/** `conda env export` / environment.yml: `name=version=build` dependencies and a nested pip list. */
export const condaEnvironmentReader: RunFileReader = {
  container: 'yaml',
  format: 'conda-environment',
  matches: (value) =>
    isRecord(value) &&
    Array.isArray(value['dependencies']) &&
    ('channels' in value || 'name' in value || 'prefix' in value),
  read(value, context) {
    if (!isRecord(value) || !Array.isArray(value['dependencies'])) return;
    const packages: InstalledPackage[] = [];
    const pipPackages: InstalledPackage[] = [];
    value['dependencies'].forEach((entry: unknown, index) => {
      if (typeof entry === 'string') {
        const [nameWithChannel = '', version = '', build = ''] = entry
          .trim()
          .split(/\s*=+\s*|\s+/u);
        const name = nameWithChannel.includes('::')
          ? (nameWithChannel.split('::')[1] ?? '')
          : nameWithChannel;
        if (name !== '' && /^\d/u.test(version))
          packages.push({ name, version, build, key: `dependencies[${index}]` });
      } else if (isRecord(entry) && Array.isArray(entry['pip'])) {
        entry['pip'].forEach((line: unknown, pipIndex) => {
          const match =
            typeof line === 'string'
              ? /^([A-Za-z0-9][\w.-]*)\s*===?\s*([^\s;]+)/u.exec(line.trim())
              : null;
          if (match?.[1] !== undefined && match[2] !== undefined) {
            pipPackages.push({
              name: match[1],
              version: match[2],
              build: '',
              key: `dependencies[${index}].pip[${pipIndex}]`,
            });
          }
        });
      }
    });
    readPackageList([...packages, ...pipPackages], context);
  },
};
