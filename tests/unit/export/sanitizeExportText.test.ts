import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeExportText } from '@/export/sanitizeExportText';
import { xmlInvalidCharacter } from './support/xmlInvalidCharacter';

const cases: readonly { name: string; input: string; output: string }[] = [
  { name: 'plain text stays', input: 'Model A: 94.2 % ± 0.2', output: 'Model A: 94.2 % ± 0.2' },
  { name: 'tab and newline stay', input: 'a\tb\nc', output: 'a\tb\nc' },
  { name: 'CRLF and CR become LF', input: 'a\r\nb\rc', output: 'a\nb\nc' },
  { name: 'NUL is dropped', input: 'a\u0000b', output: 'ab' },
  {
    name: 'every other C0 control is dropped',
    input: `x${Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('')}y`,
    output: 'x\t\n\ny',
  },
  { name: 'U+FFFE and U+FFFF are dropped', input: 'a\uFFFEb\uFFFFc', output: 'abc' },
  { name: 'a lone high surrogate is dropped', input: 'a\uD800b', output: 'ab' },
  { name: 'a lone low surrogate is dropped', input: 'a\uDC00b', output: 'ab' },
  { name: 'reversed surrogates are both dropped', input: '\uDE00\uD83D', output: '' },
  { name: 'a surrogate pair stays', input: 'smile 😀', output: 'smile 😀' },
  {
    name: 'DEL and C1 controls stay (XML allows them)',
    input: 'a\u007F\u0085b',
    output: 'a\u007F\u0085b',
  },
  {
    name: 'markup stays literal',
    input: '<b>A | B</b> & "C" ]]>',
    output: '<b>A | B</b> & "C" ]]>',
  },
];

describe('sanitizeExportText', () => {
  it.each(cases)('$name', ({ input, output }) => {
    expect(sanitizeExportText(input)).toBe(output);
  });

  it(
    'always gives text XML accepts, and changes nothing in text that is already clean',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          const clean = sanitizeExportText(text);
          expect(clean).not.toMatch(xmlInvalidCharacter);
          expect(clean).not.toContain('\r');
          expect(sanitizeExportText(clean)).toBe(clean);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('strips a megabyte of text quickly', () => {
    const text = 'abc\u0000\uFFFF\uD800 '.repeat(150_000);
    const started = performance.now();
    expect(sanitizeExportText(text)).toBe('abc '.repeat(150_000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
