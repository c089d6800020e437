import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoadChunk {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstLoadReport {
  chunks: FirstLoadChunk[];
  gzipBytes: number;
  /** Heavy code found in the first load, e.g. `docx (marker "…" in assets/index-x.js)`. */
  forbidden: string[];
  /** Chunks anywhere in the build that hold each marker: proves the markers still detect something. */
  markerHomes: Record<string, string[]>;
}

/**
 * Code that must load only on demand. Markers are strings that survive minification: namespace
 * URIs, error messages and texts from each library or module.
 */
export const lazyOnlyCode: readonly { name: string; fileName: RegExp; markers: string[] }[] = [
  {
    name: 'docx',
    fileName: /docx/iu,
    markers: ['schemas.openxmlformats.org/wordprocessingml/2006/main'],
  },
  {
    name: 'live co-editing (Yjs, Hocuspocus, y-tiptap)',
    fileName: /liveSessionControl|LiveShareDialog|liveConnection/iu,
    markers: ['Yjs was already imported', 'ml-report-studio-live:'],
  },
  { name: 'papaparse', fileName: /papaparse/iu, markers: ['__parsed_extra'] },
  { name: 'd3', fileName: /(^|\/)d3-/iu, markers: ['negative radius: ', 'invalid format: '] },
  { name: 'plot renderer', fileName: /plot/iu, markers: ['No data to plot yet'] },
  {
    name: 'run-file importer',
    fileName: /runImport|parseRunFile/iu,
    markers: ['is not a run file this importer reads'],
  },
  {
    name: 'model card builder',
    fileName: /buildModelCard|ModelCardChoices|listModelCardProblems/iu,
    markers: [
      'quantization config was used during training',
      'is not one of the Hub’s pipeline tags',
    ],
  },
];

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1];
}

/** The entry script and modulepreloads index.html names, as paths relative to the build. */
function htmlScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gu)) {
    const source = attribute(tag, 'src');
    if (source !== undefined && attribute(tag, 'type') === 'module') found.push(source);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gu)) {
    const href = attribute(tag, 'href');
    if (href !== undefined && attribute(tag, 'rel') === 'modulepreload') found.push(href);
  }
  return found.map((path) => path.replace(/^\//u, ''));
}

/** Static imports of a built chunk (`import … from"./x.js"`, `import"./x.js"`), not `import()`. */
function staticImports(code: string, chunkPath: string): string[] {
  const directory = chunkPath.includes('/') ? chunkPath.slice(0, chunkPath.lastIndexOf('/')) : '';
  const imports: string[] = [];
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/gu)) {
    const specifier = match[1];
    if (specifier === undefined) continue;
    const parts = directory === '' ? [] : directory.split('/');
    for (const segment of specifier.split('/')) {
      if (segment === '..') parts.pop();
      else if (segment !== '.') parts.push(segment);
    }
    imports.push(parts.join('/'));
  }
  return imports;
}

/** What the browser must fetch before the app runs: entry, modulepreloads and their static imports. */
export function measureFirstLoadJs(distDirectory: string): FirstLoadReport {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  const pending = htmlScripts(html);
  const seen = new Set<string>();
  const chunks: FirstLoadChunk[] = [];
  const forbidden: string[] = [];
  while (pending.length > 0) {
    const file = pending.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDirectory, file));
    const text = code.toString('utf8');
    chunks.push({ file, bytes: code.length, gzipBytes: gzipSync(code).length });
    for (const { name, fileName, markers } of lazyOnlyCode) {
      if (fileName.test(file)) forbidden.push(`${name} (file name ${file})`);
      const marker = markers.find((candidate) => text.includes(candidate));
      if (marker !== undefined) forbidden.push(`${name} (marker "${marker}" in ${file})`);
    }
    pending.push(...staticImports(text, file));
  }
  chunks.sort((first, second) => second.gzipBytes - first.gzipBytes);
  return {
    chunks,
    gzipBytes: chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0),
    forbidden,
    markerHomes: findMarkerHomes(distDirectory),
  };
}

function findMarkerHomes(distDirectory: string): Record<string, string[]> {
  const assets = join(distDirectory, 'assets');
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const texts = files.map((file) => ({ file, text: readFileSync(join(assets, file), 'utf8') }));
  return Object.fromEntries(
    lazyOnlyCode.map(({ name, markers }) => [
      name,
      texts
        .filter(({ text }) => markers.some((marker) => text.includes(marker)))
        .map(({ file }) => `assets/${file}`),
    ]),
  );
}
