import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Probes for the import boundaries in `.oxlintrc.json`. Each probe is a tiny file that breaks one
 * rule (or none); they are written beside a copy of the real config in a temporary folder laid out
 * like the repository, so the config's globs treat them exactly as files in `src/`, and the working
 * tree, which other tools read meanwhile, never holds them.
 */
type BoundaryRule = 'no-restricted-imports' | 'no-restricted-globals';

interface Probe {
  path: string;
  source: string;
  /** The one rule the probe must break, or `undefined` for a file that must pass. */
  rule: BoundaryRule | undefined;
}

const repositoryRoot = join(import.meta.dirname, '..', '..');
const coreFolders = ['model', 'export', 'import', 'plot'] as const;
const shellFolders = [
  'store',
  'features',
  'app',
  'storage',
  'session',
  'files',
  'platform',
  'components',
  'context',
] as const;
const browserPackages = [
  '@tiptap/core',
  '@tiptap/pm/state',
  '@tiptap/react',
  'dompurify',
  'react',
  'react/jsx-runtime',
  'react-dom/client',
  'zustand',
  'zustand/vanilla',
  'idb-keyval',
  'file-saver',
];
const pageGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
];

function capitalize(word: string): string {
  return word.replace(/^[a-z]/u, (letter) => letter.toUpperCase());
}

function importing(specifier: string): string {
  return `import { probe } from '${specifier}';\n\nexport const used = probe;\n`;
}

function coreImportProbes(): Probe[] {
  return coreFolders.flatMap((core) =>
    shellFolders.flatMap((shell): Probe[] => [
      {
        path: `src/${core}/probeAlias${capitalize(shell)}.ts`,
        source: importing(`@/${shell}/probe`),
        rule: 'no-restricted-imports',
      },
      {
        path: `src/${core}/probeRelative${capitalize(shell)}.ts`,
        source: importing(`../${shell}/probe`),
        rule: 'no-restricted-imports',
      },
      {
        path: `src/${core}/nested/probeRelative${capitalize(shell)}.ts`,
        source: importing(`../../${shell}/probe`),
        rule: 'no-restricted-imports',
      },
    ]),
  );
}

function corePackageProbes(): Probe[] {
  return browserPackages.map((name, index) => ({
    path: `src/${coreFolders[index % coreFolders.length]}/probePackage${index}.ts`,
    source: importing(name),
    rule: 'no-restricted-imports',
  }));
}

function coreGlobalProbes(): Probe[] {
  return coreFolders.flatMap((core) =>
    pageGlobals.flatMap((name): Probe[] => [
      {
        path: `src/${core}/probeGlobal${capitalize(name)}.ts`,
        source: `export const used: unknown = ${name};\n`,
        rule: 'no-restricted-globals',
      },
      {
        path: `src/${core}/probeGlobalThis${capitalize(name)}.ts`,
        source: `export const used: unknown = globalThis.${name};\n`,
        rule: 'no-restricted-globals',
      },
    ]),
  );
}

const otherProbes: Probe[] = [
  {
    path: 'src/model/probeTypeOnly.ts',
    source:
      "import type { ReportSession } from '@/session/reportSession';\n\nexport type Used = ReportSession;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/export/probeReexport.ts',
    source: "export { probe } from '../storage/probe';\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/plot/probeDynamicImport.ts',
    source: "export const used = import('../store/probe');\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/features/form/probeAppAlias.ts',
    source: importing('@/app/App'),
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/features/form/probeAppRelative.ts',
    source: importing('../../app/App'),
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/features/probeAppRelative.ts',
    source: importing('../app/App'),
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/model/probeClean.ts',
    source: [
      "import { z } from 'zod';",
      "import { parseNumberInput } from '@/model/numberInput';",
      "import { isRecord } from './isRecord';",
      '',
      '// A parameter named like a page global is not the global.',
      'export function probe(document: string): unknown[] {',
      '  const counters = (globalThis as { probeCounters?: unknown }).probeCounters;',
      '  return [z, parseNumberInput, isRecord, document, counters];',
      '}',
      '',
    ].join('\n'),
    rule: undefined,
  },
  {
    path: 'src/export/nested/probeClean.ts',
    source: [
      "import { isRecord } from '../../model/isRecord';",
      "import { renderPlotSvg } from '@/plot/renderPlotSvg';",
      "import { stringify } from 'yaml';",
      '',
      'export const used = [isRecord, renderPlotSvg, stringify];',
      '',
    ].join('\n'),
    rule: undefined,
  },
  {
    path: 'src/features/form/probeClean.ts',
    source: [
      "import { useAppServices } from '@/context/AppContext';",
      "import { createReportStore } from '@/store/reportStore';",
      "import { useDraftText } from './useDraftText';",
      '',
      'export const used = [useAppServices, createReportStore, useDraftText, window, document];',
      '',
    ].join('\n'),
    rule: undefined,
  },
];

const probes = [
  ...coreImportProbes(),
  ...corePackageProbes(),
  ...coreGlobalProbes(),
  ...otherProbes,
];

interface Diagnostic {
  code: string;
  filename: string;
  help?: string;
}

/** Runs oxlint with the repository's config over the probes; returns the rules each file broke. */
function lintProbes(): Map<string, Diagnostic[]> {
  const root = mkdtempSync(join(tmpdir(), 'lint-boundaries-'));
  try {
    copyFileSync(join(repositoryRoot, '.oxlintrc.json'), join(root, '.oxlintrc.json'));
    for (const probe of probes) {
      mkdirSync(dirname(join(root, probe.path)), { recursive: true });
      writeFileSync(join(root, probe.path), probe.source);
    }
    const result = spawnSync(
      join(repositoryRoot, 'node_modules', '.bin', 'oxlint'),
      ['-c', '.oxlintrc.json', '-f', 'json', 'src'],
      { cwd: root, encoding: 'utf8' },
    );
    if (result.error !== undefined) throw result.error;
    const output = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
    const byFile = new Map<string, Diagnostic[]>();
    for (const diagnostic of output.diagnostics) {
      byFile.set(diagnostic.filename, [...(byFile.get(diagnostic.filename) ?? []), diagnostic]);
    }
    return byFile;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('lint boundaries (.oxlintrc.json)', () => {
  let diagnostics = new Map<string, Diagnostic[]>();

  beforeAll(() => {
    diagnostics = lintProbes();
  });

  it('lints every probe it was given', () => {
    const unknownFiles = [...diagnostics.keys()].filter(
      (file) => !probes.some((probe) => probe.path === file),
    );
    expect(unknownFiles).toEqual([]);
    expect(probes.length).toBeGreaterThan(150);
  });

  it.each(probes.filter((probe) => probe.rule !== undefined).map((probe) => [probe.path, probe]))(
    '%s breaks exactly its rule',
    (_path, probe) => {
      const found = diagnostics.get(probe.path) ?? [];
      expect(found.map((diagnostic) => diagnostic.code)).toEqual([`eslint(${probe.rule})`]);
    },
  );

  it.each(probes.filter((probe) => probe.rule === undefined).map((probe) => [probe.path, probe]))(
    '%s passes',
    (_path, probe) => {
      expect(diagnostics.get(probe.path) ?? []).toEqual([]);
    },
  );

  it('says why: the core messages name the pure core, the features message names src/context', () => {
    const help = (path: string) => diagnostics.get(path)?.[0]?.help ?? '';
    expect(help('src/model/probeRelativeStore.ts')).toContain('by alias or by relative path');
    expect(help('src/model/probePackage0.ts')).toContain('Tiptap, DOMPurify');
    expect(help('src/features/form/probeAppAlias.ts')).toContain('src/context');
    expect(diagnostics.get('src/plot/probeGlobalWindow.ts')?.[0]).toMatchObject({
      code: 'eslint(no-restricted-globals)',
    });
  });
});
