import { forEachLine } from './forEachLine';
import { normalizePackageName } from './normalizePackageName';
import { readPackageList, type InstalledPackage } from './readPackageList';
import type { RunFileReader } from './runFileReader';

const requirement =
  /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(?:(===?|~=|!=|>=|<=|>|<)\s*([^\s;,#]+)|@\s*\S+)?\s*(?:[;,#].*)?$/u;
const option =
  /^(-e|--editable|-r|--requirement|-c|--constraint|-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--pre|--no-binary|--only-binary|--hash)\b/u;
const keyNames = new Set([
  'torch',
  'transformers',
  'peft',
  'trl',
  'datasets',
  'accelerate',
  'bitsandbytes',
  'deepspeed',
]);

/** `pip freeze` output or a requirements.txt; only exact pins (`==`) count as versions. */
export const pipRequirementsReader: RunFileReader = {
  container: 'text',
  format: 'pip-requirements',
  matches(text) {
    let lines = 0;
    let valid = 0;
    let pinned = 0;
    forEachLine(text, (line) => {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return true;
      lines += 1;
      const match = requirement.exec(trimmed);
      if (match !== null || option.test(trimmed)) valid += 1;
      if (match?.[3] === '==' || match?.[3] === '===') pinned += 1;
      return lines < 400;
    });
    return pinned > 0 && valid * 10 >= lines * 9;
  },
  read(text, context) {
    const packages: InstalledPackage[] = [];
    const unpinned: string[] = [];
    forEachLine(text, (line, lineNumber) => {
      const match = requirement.exec(line.trim());
      const name = match?.[1];
      if (match === null || name === undefined || line.trim().startsWith('#')) return;
      const operator = match[3];
      const version = match[4];
      if (
        (operator === '==' || operator === '===') &&
        version !== undefined &&
        !version.includes('*')
      ) {
        packages.push({ name, version, build: '', key: `line ${lineNumber}` });
      } else if (keyNames.has(normalizePackageName(name))) {
        unpinned.push(line.trim());
      }
    });
    if (unpinned.length > 0) {
      context.warn(
        `Not pinned to one version, so not imported: ${unpinned.slice(0, 8).join(', ')}.`,
      );
    }
    readPackageList(packages, context);
  },
};
