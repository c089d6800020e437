import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RunFileInput } from '@/import/runImportTypes';

export const runFixturesRoot = join(import.meta.dirname, '../../../fixtures/run-files');

/** A fixture under tests/fixtures/run-files, with its path relative to that folder. */
export function readRunFixture(relativePath: string): RunFileInput {
  return { path: relativePath, text: readFileSync(join(runFixturesRoot, relativePath), 'utf8') };
}

/** Every file under a folder (recursively), paths relative to `root` with `/` separators. */
export function listFiles(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder))
    .sort()
    .flatMap((name) => {
      const path = join(root, folder, name);
      return statSync(path).isDirectory()
        ? listFiles(root, join(folder, name))
        : [relative(root, path).split(sep).join('/')];
    });
}
