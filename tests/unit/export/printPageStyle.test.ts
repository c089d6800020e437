import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportOutline } from '@/export/buildReportOutline';
import { linkAddressToPrint } from '@/export/linkAddressToPrint';
import {
  buildPrintPageStyle,
  cssStringLiteral,
  paperSizeForLocale,
  runningTitleLength,
} from '@/export/printPageStyle';
import { splitTitlePage } from '@/export/splitTitlePage';
import { createExampleReport } from '@/model/createExampleReport';
import { createEmptyReport } from '@/model/createEmptyReport';

/** Reads a CSS string token back as CSS Syntax Level 3 §4.3.5 does. */
function readCssString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  const body = literal.slice(1, -1);
  let text = '';
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index] ?? '';
    expect(character === '"' || character === '\n' || character === '\r').toBe(false);
    if (character !== '\\') {
      text += character;
      continue;
    }
    const rest = body.slice(index + 1);
    const hex = /^[0-9a-fA-F]{1,6}/u.exec(rest)?.[0];
    if (hex === undefined) {
      text += rest[0] ?? '';
      index += 1;
    } else {
      text += String.fromCodePoint(Number.parseInt(hex, 16));
      index += hex.length + (rest[hex.length] === ' ' ? 1 : 0);
    }
  }
  return text;
}

describe('print page rules', () => {
  it('reads as US Letter where CLDR says so and A4 elsewhere', () => {
    expect(paperSizeForLocale('en-US')).toBe('letter');
    expect(paperSizeForLocale('en')).toBe('letter');
    expect(paperSizeForLocale('es-MX')).toBe('letter');
    expect(paperSizeForLocale('fr-CA')).toBe('letter');
    expect(paperSizeForLocale('en-GB')).toBe('A4');
    expect(paperSizeForLocale('de')).toBe('A4');
    expect(paperSizeForLocale('ja-JP')).toBe('A4');
    expect(paperSizeForLocale('not a locale')).toBe('A4');
  });

  it('writes any title as a CSS string that reads back as the title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (title) => {
        expect(readCssString(cssStringLiteral(title))).toBe(title);
      }),
      { numRuns: 1_000 },
    );
    expect(cssStringLiteral('a "quoted" \\ title\nnext')).toBe(
      '"a \\"quoted\\" \\\\ title\\a next"',
    );
  });

  it('puts the title on top of every page but the first and page numbers below', () => {
    const css = buildPrintPageStyle({ title: 'QLoRA "4-bit"', paperSize: 'A4' });
    expect(css).toContain('size: A4;');
    expect(css).toContain('content: "QLoRA \\"4-bit\\"";');
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(css).toMatch(/@page :first \{\s*@top-right \{\s*content: none;/u);
    expect(buildPrintPageStyle({ title: 'x', paperSize: 'letter' })).toContain('size: letter;');
  });

  it('shortens a running title to one line', () => {
    const long = `${'word '.repeat(40)}\nend`;
    const css = buildPrintPageStyle({ title: long, paperSize: 'A4' });
    const shown = readCssString(
      /@top-right \{\s*content: ("(?:[^"\\]|\\.)*");/u.exec(css)?.[1] ?? '',
    );
    expect([...shown]).toHaveLength(runningTitleLength);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toContain('\n');
  });
});

describe('link addresses on paper', () => {
  it('prints the address only where the text is not already the address', () => {
    expect(linkAddressToPrint('the QLoRA paper', 'https://arxiv.org/abs/2305.14314')).toBe(
      'https://arxiv.org/abs/2305.14314',
    );
    expect(
      linkAddressToPrint('https://arxiv.org/abs/2305.14314', 'https://arxiv.org/abs/2305.14314'),
    ).toBe(undefined);
    expect(
      linkAddressToPrint('arxiv.org/abs/2305.14314/', 'https://arxiv.org/abs/2305.14314'),
    ).toBe(undefined);
    expect(linkAddressToPrint('ana@example.org', 'mailto:ana@example.org')).toBe(undefined);
    expect(linkAddressToPrint('Ana', 'mailto:ana@example.org')).toBe('ana@example.org');
  });
});

describe('the title page', () => {
  it('shows the title and subtitle once, on top, and every other title-page field below', () => {
    const outline = buildReportOutline(createExampleReport());
    const layout = splitTitlePage(outline);
    expect(layout.title).toBe(outline.title);
    expect(layout.subtitle).toBe(outline.titlePage.subtitle);
    const labels = layout.blocks.flatMap((block) =>
      block.kind === 'fields' ? block.fields.map((field) => field.label) : [],
    );
    expect(labels).not.toContain('Title');
    expect(labels).not.toContain('Subtitle');
    const sectionOneLabels = (outline.sections[0]?.blocks ?? []).flatMap((block) =>
      block.kind === 'fields' ? block.fields.map((field) => field.label) : [],
    );
    expect(labels).toEqual(
      sectionOneLabels.filter((label) => label !== 'Title' && label !== 'Subtitle'),
    );
    expect(layout.sections.map((section) => section.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reads "Untitled report" with no subtitle for a blank report', () => {
    const layout = splitTitlePage(buildReportOutline(createEmptyReport('report-blank')));
    expect(layout.title).toBe('Untitled report');
    expect(layout.subtitle).toBe('');
  });
});
