import { listItemFieldPath } from '@/model/listItemFieldPath';
import type { Report } from '@/model/reportSchema';
import { createReproductionGap } from './createReproductionGap';
import type { ReproductionGap } from './reproductionGap';

/** Entries of Key library versions that pip does not install. */
const notPipPackages = new Set(['python', 'cuda', 'cudnn', 'nccl', 'cuda toolkit', 'driver']);
const packageName = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/u;
const exactVersion = /^\d+(?:\.\d+)*(?:(?:a|b|rc|\.post|\.dev)\d+)*(?:\+[A-Za-z0-9.]+)?$/u;

/** pip compares names with `-`, `_` and `.` as one and in any case. */
function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/gu, '-');
}

/** `12.4` → `cu124`, the local tag of PyTorch's wheels for that CUDA. */
function cudaTag(version: string): string | null {
  const match = /^(\d{1,2})\.(\d)(?:\.\d+)?$/u.exec(version.trim());
  return match === null ? null : `cu${match[1]}${match[2]}`;
}

export interface Requirements {
  text: string;
  /** Python's version, which pip cannot pin, for the README. */
  pythonVersion: string | null;
}

/**
 * requirements.txt pinned from the report: torch from Framework version with its CUDA build
 * (`torch==2.5.1+cu124` from PyTorch's own index), every pip package in Key library versions, and
 * what the kit's script needs, unpinned and listed as a gap where the report gives no version.
 */
export function buildRequirements(
  report: Report,
  needed: readonly string[],
  gaps: ReproductionGap[],
): Requirements {
  const { setup } = report;
  const lines: string[] = [];
  const written = new Set<string>();
  let pythonVersion: string | null = null;

  const framework = setup.framework.trim().toLowerCase();
  if (framework !== '' && framework !== 'pytorch' && framework !== 'torch')
    gaps.push(
      createReproductionGap(
        report,
        'setup.framework',
        `The framework is ${setup.framework.trim()}; the kit’s script trains with PyTorch.`,
      ),
    );
  const torchVersion = setup.frameworkVersion.trim();
  const tag = cudaTag(setup.cudaVersion);
  if (torchVersion !== '' && exactVersion.test(torchVersion) && !torchVersion.includes('+')) {
    if (tag !== null) {
      lines.push(`--extra-index-url https://download.pytorch.org/whl/${tag}`);
      lines.push(`torch==${torchVersion}+${tag}`);
    } else {
      lines.push(`torch==${torchVersion}`);
      gaps.push(
        createReproductionGap(
          report,
          'setup.cudaVersion',
          'No CUDA version; requirements.txt pins torch without its CUDA build.',
        ),
      );
    }
  } else {
    lines.push('torch');
    gaps.push(
      createReproductionGap(
        report,
        'setup.frameworkVersion',
        torchVersion === ''
          ? 'No framework version; requirements.txt leaves torch unpinned.'
          : `The framework version “${torchVersion}” is not one exact release; requirements.txt leaves torch unpinned.`,
      ),
    );
  }
  written.add('torch');

  for (const library of setup.libraryVersions) {
    const name = library.name.trim();
    const normalized = normalizeName(name);
    if (name === '' || written.has(normalized)) continue;
    if (normalized === 'python') pythonVersion = library.version.trim() || null;
    if (notPipPackages.has(normalized) || !packageName.test(name)) continue;
    written.add(normalized);
    const version = library.version.trim();
    if (exactVersion.test(version)) lines.push(`${name}==${version}`);
    else {
      lines.push(name);
      gaps.push(
        createReproductionGap(
          report,
          listItemFieldPath('setup.libraryVersions', library.id, 'version'),
          version === ''
            ? `${name} has no version; requirements.txt leaves it unpinned.`
            : `${name}’s version “${version}” is not one exact release; requirements.txt leaves it unpinned.`,
        ),
      );
    }
  }
  for (const name of needed) {
    if (written.has(normalizeName(name))) continue;
    written.add(normalizeName(name));
    lines.push(name);
    gaps.push(
      createReproductionGap(
        report,
        'setup.libraryVersions',
        `No version of ${name}, which the kit’s script needs; requirements.txt leaves it unpinned.`,
      ),
    );
  }
  return { text: `${lines.join('\n')}\n`, pythonVersion };
}
