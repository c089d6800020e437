import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxColumnWidths, textWidth } from '@/export/docxColumnWidths';

/** What the widths allow for a word of `length` characters at 9.5 pt, as docxColumnWidths counts. */
const size = 19;
const wordWidth = (length: number): number => Math.min(40, length) * size * 6 * 1.1 + 240;

describe('docxColumnWidths', () => {
  it('keeps short words whole when long addresses do not fit beside them', () => {
    // The report's metrics table: a 48-character call in the last column.
    const columns = [
      ['Metric name', 'Accuracy', 'Macro-F1', 'Eval loss'],
      ['Unit', '%', '%', 'nats'],
      ['Definition', 'Share of examples whose predicted intent is the gold intent'],
      ['Higher is better', 'Yes', 'Yes', 'No'],
      ['Primary metric', 'Yes', 'No', 'No'],
      ['Reported on', 'Validation and test', 'Validation and test'],
      ['Implementation', 'torch.nn.functional.cross_entropy(reduction="mean")'],
    ];
    const widths = docxColumnWidths(columns, size);
    expect(widths.reduce((total, width) => total + width, 0)).toBeLessThanOrEqual(textWidth);
    expect(widths[3]).toBeGreaterThanOrEqual(Math.floor(wordWidth('Higher'.length)) - 1);
    expect(widths[4]).toBeGreaterThanOrEqual(Math.floor(wordWidth('Primary'.length)) - 1);
    expect(widths[5]).toBeGreaterThanOrEqual(Math.floor(wordWidth('Validation'.length)) - 1);
    expect(widths[6]).toBeLessThan(wordWidth(40));
  });

  it('fills the text width, and gives every column its longest word whenever they fit together', () => {
    const word = fc.stringMatching(/^[a-z0-9@.]{1,50}$/u);
    const cell = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(table, (columns) => {
        const widths = docxColumnWidths(columns, size);
        const total = widths.reduce((sum, width) => sum + width, 0);
        expect(total).toBeLessThanOrEqual(textWidth);
        expect(total).toBeGreaterThanOrEqual(textWidth - columns.length);
        const longest = columns.map((column) =>
          wordWidth(Math.max(...column.flatMap((text) => text.split(' ').map((w) => w.length)))),
        );
        const fits = longest.reduce((sum, width) => sum + width, 0) <= textWidth;
        for (const [index, width] of widths.entries()) {
          if (fits) expect(width).toBeGreaterThanOrEqual(Math.floor(longest[index] ?? 0) - 1);
          // Cut or not, no column is squeezed below an even share of the page or its word.
          else
            expect(width).toBeGreaterThanOrEqual(
              Math.floor(Math.min(longest[index] ?? 0, textWidth / columns.length)) - 1,
            );
        }
      }),
      { numRuns: 500 },
    );
  });
});
