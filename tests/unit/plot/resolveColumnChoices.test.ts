import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '@/plot/parseDelimitedText';
import { tablePlotKinds } from '@/plot/plotKindDefinitions';
import { resolveColumnChoices, toggleYColumn } from '@/plot/resolveColumnChoices';
import { suggestColumnMapping } from '@/plot/suggestColumnMapping';
import { suggestPlotKind } from '@/plot/suggestPlotKind';

const lossLog = 'step,loss,accuracy\n1,2.5,0.61\n2,1.7,0.74\n';

/** Every text a person has in the box while typing `text` a key at a time. */
function typedPrefixes(text: string): string[] {
  return Array.from({ length: text.length }, (_, index) => text.slice(0, index + 1)).filter(
    (prefix) => prefix.trim() !== '',
  );
}

describe('resolveColumnChoices', () => {
  it('suggests the y columns and the kind once numbers arrive under the header', () => {
    expect(resolveColumnChoices(parseDelimitedText('step,loss\n'), {})).toEqual({
      xColumn: 'step',
      yColumns: [],
      kind: 'metric-curve',
    });
    expect(resolveColumnChoices(parseDelimitedText('step,loss\n1,2.5\n'), {})).toEqual({
      xColumn: 'step',
      yColumns: ['loss'],
      kind: 'loss-curve',
    });
  });

  it('ends a CSV typed a key at a time where the same CSV pasted ends', () => {
    const pasted = resolveColumnChoices(parseDelimitedText(lossLog), {});
    const typed = typedPrefixes(lossLog).map((prefix) =>
      resolveColumnChoices(parseDelimitedText(prefix), {}),
    );
    expect(typed.at(-1)).toEqual(pasted);
    expect(pasted).toEqual({
      xColumn: 'step',
      yColumns: ['loss', 'accuracy'],
      kind: 'loss-curve',
    });
  });

  it('keeps what the person chose while more rows are typed', () => {
    const choices = { xColumn: 'accuracy', yColumns: [], kind: 'loss-curve' } as const;
    for (const prefix of typedPrefixes(lossLog).filter((text) => text.includes('\n'))) {
      expect(resolveColumnChoices(parseDelimitedText(prefix), choices)).toEqual({
        xColumn: 'accuracy',
        yColumns: [],
        kind: 'loss-curve',
      });
    }
  });

  it('leaves the x column out of the y columns, and keeps a chosen y in the table order', () => {
    const table = parseDelimitedText(lossLog);
    expect(resolveColumnChoices(table, { xColumn: 'loss' }).yColumns).toEqual(['accuracy']);
    expect(resolveColumnChoices(table, { yColumns: ['accuracy', 'loss'] }).yColumns).toEqual([
      'loss',
      'accuracy',
    ]);
  });

  it('suggests again when a renamed header leaves none of the chosen y columns', () => {
    const renamed = parseDelimitedText('step,train_loss\n1,2.5\n2,1.7\n');
    expect(resolveColumnChoices(renamed, { yColumns: ['loss'], xColumn: 'epoch' })).toEqual({
      xColumn: 'step',
      yColumns: ['train_loss'],
      kind: 'loss-curve',
    });
  });

  it('always names columns of the table, never x as a y, and follows every suggestion not overridden', () => {
    const columnName = fc.constantFrom('step', 'epoch', 'loss', 'eval_loss', 'accuracy', 'note');
    const cell = fc.oneof(
      fc.integer({ min: -5, max: 500 }).map(String),
      fc.constantFrom('', 'n/a', 'fast'),
    );
    const csv = fc.uniqueArray(columnName, { minLength: 1, maxLength: 5 }).chain((columns) =>
      fc
        .array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), {
          maxLength: 6,
        })
        .map((rows) => [columns, ...rows].map((row) => row.join(',')).join('\n')),
    );
    const choices = fc.record(
      {
        xColumn: columnName,
        yColumns: fc.uniqueArray(columnName, { maxLength: 4 }),
        kind: fc.constantFrom(...tablePlotKinds),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(csv, choices, (text, chosen) => {
        const table = parseDelimitedText(text);
        const resolved = resolveColumnChoices(table, chosen);
        expect(table.columns).toContain(resolved.xColumn);
        expect(resolved.yColumns).not.toContain(resolved.xColumn);
        expect(resolved.yColumns).toEqual(
          table.columns.filter((column) => resolved.yColumns.includes(column)),
        );
        expect(resolved.kind).toBe(chosen.kind ?? suggestPlotKind(resolved.yColumns));
        const suggested = suggestColumnMapping(table);
        if (chosen.xColumn === undefined || !table.columns.includes(chosen.xColumn))
          expect(resolved.xColumn).toBe(suggested?.xColumn ?? table.columns[0]);
        else expect(resolved.xColumn).toBe(chosen.xColumn);
        if (chosen.yColumns === undefined)
          expect(resolved.yColumns).toEqual(
            (suggested?.yColumns ?? []).filter((column) => column !== resolved.xColumn),
          );
        else if (chosen.yColumns.length === 0) expect(resolved.yColumns).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toggleYColumn', () => {
  const table = parseDelimitedText(lossLog);

  it('adds a ticked column in the table order and removes an unticked one', () => {
    expect(toggleYColumn(table, ['accuracy'], 'loss', true)).toEqual(['loss', 'accuracy']);
    expect(toggleYColumn(table, ['loss', 'accuracy'], 'loss', false)).toEqual(['accuracy']);
    expect(toggleYColumn(table, [], 'step', false)).toEqual([]);
  });
});
