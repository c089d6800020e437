import { describe, expect, it } from 'vitest';
import { escapeXmlText } from '@/plot/escapeXmlText';
import { fitIdentifier } from '@/plot/fitIdentifier';
import { fitTextToWidth } from '@/plot/fitTextToWidth';
import { formatTickLabels } from '@/plot/formatTickLabels';

describe('formatTickLabels', () => {
  it.each([
    [
      [0, 0.5, 1, 1.5],
      ['0.0', '0.5', '1.0', '1.5'],
    ],
    [
      [92.5, 93, 93.5],
      ['92.5', '93.0', '93.5'],
    ],
    [
      [0, 20_000, 40_000, 60_000],
      ['0', '20k', '40k', '60k'],
    ],
    [
      [0, 500_000, 1_000_000, 1_500_000],
      ['0', '0.5M', '1.0M', '1.5M'],
    ],
    [
      [-2, -1, 0, 1],
      ['\u22122', '\u22121', '0', '1'],
    ],
    [
      [0, 0.05, 0.1],
      ['0.00', '0.05', '0.10'],
    ],
    [
      [1000, 2000, 3000],
      ['1000', '2000', '3000'],
    ],
  ])('writes linear ticks %j as %j', (values, expected) => {
    expect(formatTickLabels(values)).toEqual(expected);
  });

  it('writes logarithmic ticks each on its own', () => {
    expect(formatTickLabels([0.05, 0.1, 0.2, 0.5, 1, 2, 10, 100_000, 1e-5], true)).toEqual([
      '0.05',
      '0.1',
      '0.2',
      '0.5',
      '1',
      '2',
      '10',
      '100k',
      '1e\u22125',
    ]);
  });
});

describe('fitIdentifier', () => {
  it('makes ids that fit the schema pattern and do not clash', () => {
    const taken = new Set(['loss']);
    expect(fitIdentifier('loss', taken, 'series-1')).toBe('loss-2');
    expect(fitIdentifier('train/loss (mean)', taken, 'series-1')).toBe('train-loss-mean');
    expect(fitIdentifier('Genauigkeit ä', taken, 'series-1')).toBe('Genauigkeit-a');
    expect(fitIdentifier('✓✓', taken, 'series-3')).toBe('series-3');
    const long = fitIdentifier('x'.repeat(100), new Set(['x'.repeat(64)]), 'series-1');
    expect(long).toMatch(/^[A-Za-z0-9_-]{1,64}$/u);
    expect(long.endsWith('-2')).toBe(true);
  });
});

describe('fitTextToWidth', () => {
  it('wraps at word boundaries and ends a cut text with an ellipsis', () => {
    expect(fitTextToWidth('Training and validation loss', 120, 12, 2)).toEqual([
      'Training and',
      'validation loss',
    ]);
    const cut = fitTextToWidth('one two three four five six seven eight', 60, 12, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('\u2026')).toBe(true);
    expect(fitTextToWidth('  \n ', 100, 12, 2)).toEqual([]);
    expect(fitTextToWidth('Supercalifragilistic', 50, 12, 1)[0]?.endsWith('\u2026')).toBe(true);
  });
});

describe('escapeXmlText', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXmlText('<a href="x">&\'</a>]]>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;]]&gt;',
    );
    expect(escapeXmlText('a\u0000b\u0008c\td\ne\r\nf\uFFFE\uFFFFg\uD800h\uDC00i\uD83D\uDE00')).toBe(
      'abc\td\ne\nfghi\uD83D\uDE00',
    );
  });
});
