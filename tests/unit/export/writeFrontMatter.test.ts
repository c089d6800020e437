import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildMarkdown } from '@/export/buildMarkdown';
import { writeFrontMatter } from '@/export/writeFrontMatter';
import { createExampleReport } from '@/model/createExampleReport';

const frontMatterPattern = /^---\n([\s\S]*?)^---\n/mu;

function readFrontMatter(markdown: string, version: '1.1' | '1.2'): unknown {
  const body = frontMatterPattern.exec(markdown)?.[1];
  if (body === undefined) throw new Error('no front matter');
  return parse(body, { version });
}

// Characters YAML readers treat specially, beside arbitrary code points of every plane.
const awkwardCharacter = fc.constantFrom(
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00A0',
  '\uFEFF',
  '\u007F',
  '\u009F',
  '\uFFFE',
  '\uFFFF',
  '\u0000',
  '\t',
  '\n',
  '\r',
  ' ',
  '"',
  "'",
  '\\',
  ':',
  '#',
  '-',
  '---',
  '...',
  '%',
  '&',
  '*',
  '!',
  '|',
  '>',
  '{',
  '[',
  '😀',
);
const anyText = fc.string({
  unit: fc.oneof(awkwardCharacter, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 30,
});
const textLikeAnotherType = fc.constantFrom(
  'yes',
  'no',
  'on',
  'off',
  'null',
  '~',
  '1.0',
  '0x1F',
  '2025-03-14',
  '1_000',
  '.inf',
);

describe('writeFrontMatter', () => {
  it('reads back as exactly the strings given, in YAML 1.2 and 1.1, whatever they hold', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: fc.oneof(anyText, textLikeAnotherType),
          subtitle: anyText,
          authors: fc.array(fc.oneof(anyText, textLikeAnotherType), { maxLength: 4 }),
        }),
        (entries) => {
          const text = writeFrontMatter(entries);
          expect(readFrontMatter(text, '1.2')).toEqual(entries);
          expect(readFrontMatter(text, '1.1')).toEqual(entries);
          // Nothing a YAML 1.1 reader takes for a line end, nothing YAML forbids in a document.
          expect(text).not.toMatch(/[\u0085\u2028\u2029\uFEFF\u007F-\u009F\uFFFE\uFFFF]/u);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps a value that reads as another type a string', () => {
    expect(writeFrontMatter({ title: 'yes', version: '1.0', date: '2025-03-14' })).toBe(
      '---\ntitle: "yes"\nversion: "1.0"\ndate: "2025-03-14"\n---\n',
    );
  });

  it('writes U+2028 and U+2029 as escapes, not raw', () => {
    expect(writeFrontMatter({ title: 'A\u2028B\u2029C' })).toBe(
      '---\ntitle: "A\\u2028B\\u2029C"\n---\n',
    );
  });
});

const pandocFound = spawnSync('pandoc', ['--version']).status === 0;

function pandocMetadata(markdown: string): {
  status: number | null;
  stderr: string;
  meta: unknown;
} {
  const result = spawnSync('pandoc', ['--from', 'gfm', '--to', 'json'], {
    input: markdown,
    encoding: 'utf8',
  });
  const meta =
    result.status === 0 ? (JSON.parse(result.stdout) as { meta: unknown }).meta : undefined;
  return { status: result.status, stderr: result.stderr, meta };
}

describe('pandoc reads the front matter of the exported Markdown', () => {
  // A missing reader fails the run: a test that quietly does not run proves nothing.
  beforeAll(() => {
    if (!pandocFound)
      throw new Error(
        'pandoc is not on PATH; install it with apt-get install pandoc (.ci/run does)',
      );
  });
  const example = createExampleReport();

  it.each([
    ['U+2028 in the title', 'Line\u2028separator'],
    ['U+2029 in the title', 'Paragraph\u2029separator'],
    ['U+0085 in the title', 'Next\u0085line'],
    ['a byte order mark in the title', '\uFEFFTitle'],
    ['a title that reads as a boolean in YAML 1.1', 'yes'],
    ['a title of YAML punctuation', '--- : # & * ! | > { [ "\' \\'],
  ])('with %s', (_, title) => {
    const report = { ...example, titlePage: { ...example.titlePage, title, subtitle: title } };
    const { status, stderr, meta } = pandocMetadata(buildMarkdown(report));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(meta).toHaveProperty('title');
    expect(meta).toHaveProperty('subtitle');
  });

  it('for arbitrary title page texts', () => {
    fc.assert(
      fc.property(anyText, anyText, (title, organization) => {
        const report = {
          ...example,
          titlePage: { ...example.titlePage, title, organization },
        };
        const { status, stderr } = pandocMetadata(buildMarkdown(report));
        expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
      }),
      { numRuns: 25 },
    );
    // 25 pandoc runs: 8 s on a busy 2-core machine.
  }, 60_000);
});
