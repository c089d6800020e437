import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '@/plot/parseDelimitedText';

describe('parseDelimitedText', () => {
  it('reads a comma-separated file with a byte order mark', () => {
    const table = parseDelimitedText('\uFEFFstep,loss\n1,0.9\n2,0.7\n');
    expect(table.columns).toEqual(['step', 'loss']);
    expect(table.rows).toEqual([
      ['1', '0.9'],
      ['2', '0.7'],
    ]);
    expect(table.delimiter).toBe(',');
    expect(table.warnings).toEqual([]);
  });

  it('detects semicolons even with decimal commas and only two columns', () => {
    const table = parseDelimitedText('step;loss\r\n1;0,9\r\n2;0,7\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.columns).toEqual(['step', 'loss']);
    expect(table.rows).toEqual([
      ['1', '0,9'],
      ['2', '0,7'],
    ]);
  });

  it('detects tabs', () => {
    const table = parseDelimitedText('epoch\ttrain loss\teval loss\n1\t0.5\t0.6\n');
    expect(table.delimiter).toBe('\t');
    expect(table.columns).toEqual(['epoch', 'train loss', 'eval loss']);
  });

  it('reads quoted fields holding delimiters, quotes and line breaks', () => {
    const table = parseDelimitedText(
      'step,"note, with comma",value\n1,"say ""hi""\nnext line",2\n3,plain,4\n',
    );
    expect(table.columns).toEqual(['step', 'note, with comma', 'value']);
    expect(table.rows).toEqual([
      ['1', 'say "hi"\nnext line', '2'],
      ['3', 'plain', '4'],
    ]);
    expect(table.rowLineNumbers).toEqual([2, 4]);
  });

  it('turns empty and missing cells into null and reports ragged lines', () => {
    const table = parseDelimitedText('step,a,b\n1,,3\n2,5\n3,6,7,8\n');
    expect(table.rows).toEqual([
      ['1', null, '3'],
      ['2', '5', null],
      ['3', '6', '7'],
    ]);
    expect(table.warnings).toEqual([
      'Line 3 has 2 of 3 cells; the missing ones are empty.',
      'Line 4 has 4 cells but the header has 3; the extra ones are ignored.',
    ]);
  });

  it('skips blank lines but keeps line numbers of the text', () => {
    const table = parseDelimitedText('step,loss\n\n1,0.5\n   \n2,0.4');
    expect(table.rows).toHaveLength(2);
    expect(table.rowLineNumbers).toEqual([3, 5]);
  });

  it('names blank and repeated headers', () => {
    const table = parseDelimitedText('step,,loss,loss\n1,2,3,4\n');
    expect(table.columns).toEqual(['step', 'Column 2', 'loss', 'loss (2)']);
  });

  it('summarises many ragged lines', () => {
    const lines = Array.from({ length: 30 }, (_, index) => `${index}`);
    const table = parseDelimitedText(`step,loss\n${lines.join('\n')}\n`);
    expect(table.warnings).toHaveLength(11);
    expect(table.warnings.at(-1)).toBe(
      '20 more lines have a different number of cells than the header.',
    );
  });

  it('reports an unterminated quote and empty input', () => {
    expect(parseDelimitedText('a,b\n1,"2\n').warnings[0]).toMatch(
      /^Line 2: Quoted field unterminated/u,
    );
    expect(parseDelimitedText('').warnings).toEqual(['There is no table in the text.']);
    expect(parseDelimitedText('\uFEFF\n\n').columns).toEqual([]);
  });

  it('warns when only one column is found', () => {
    expect(parseDelimitedText('loss\n0.5\n0.4\n').warnings).toEqual([
      'Only one column was found; separate columns with commas, semicolons or tabs.',
    ]);
  });
});
