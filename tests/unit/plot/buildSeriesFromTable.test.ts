import { describe, expect, it } from 'vitest';
import { plotSeriesSchema } from '@/model/reportSchema';
import { buildSeriesFromTable } from '@/plot/buildSeriesFromTable';
import { parseDelimitedText } from '@/plot/parseDelimitedText';
import { suggestColumnMapping } from '@/plot/suggestColumnMapping';

function seriesFrom(text: string) {
  const table = parseDelimitedText(text);
  const mapping = suggestColumnMapping(table);
  if (mapping === null) throw new Error('no mapping');
  return { table, mapping, ...buildSeriesFromTable(table, mapping) };
}

describe('buildSeriesFromTable', () => {
  it('maps a CSV with a byte order mark to one series per y column', () => {
    const { mapping, series, problems } = seriesFrom(
      '\uFEFFstep,train/loss,eval/loss\n0,2.5,2.6\n100,1.2,1.4\n200,0.8,1.1\n',
    );
    expect(mapping).toEqual({ xColumn: 'step', yColumns: ['train/loss', 'eval/loss'] });
    expect(problems).toEqual([]);
    expect(series).toEqual([
      {
        id: 'train-loss',
        label: 'train/loss',
        modelId: '',
        points: [
          [0, 2.5],
          [100, 1.2],
          [200, 0.8],
        ],
      },
      {
        id: 'eval-loss',
        label: 'eval/loss',
        modelId: '',
        points: [
          [0, 2.6],
          [100, 1.4],
          [200, 1.1],
        ],
      },
    ]);
    for (const entry of series) expect(plotSeriesSchema.safeParse(entry).success).toBe(true);
  });

  it('reads decimal commas in a semicolon-separated file', () => {
    const { series } = seriesFrom('Epoch;Genauigkeit\n1;0,912\n2;0,934\n3;1.234,5\n');
    expect(series[0]?.points).toEqual([
      [1, 0.912],
      [2, 0.934],
      [3, 1234.5],
    ]);
  });

  it('does not read commas as decimals in a comma-separated file', () => {
    const { series } = seriesFrom('step,tokens\n1,"1,024"\n2,"2,048"\n');
    expect(series[0]?.points).toEqual([
      [1, 1024],
      [2, 2048],
    ]);
  });

  it('reads a TSV with quoted fields', () => {
    const { series, mapping } = seriesFrom(
      '"run name"\titeration\tloss\n"a\tb"\t1\t0.5\n"c"\t2\t0.25\n',
    );
    expect(mapping.xColumn).toBe('iteration');
    expect(series.map((entry) => entry.points)).toEqual([
      [
        [1, 0.5],
        [2, 0.25],
      ],
    ]);
  });

  it('leaves gaps for missing cells and NaN, and reports unreadable values', () => {
    const table = parseDelimitedText('step,loss\n1,0.5\n2,\n3,NaN\n4,oops\n5,0.1\n6\n');
    const { series, problems } = buildSeriesFromTable(table, {
      xColumn: 'step',
      yColumns: ['loss'],
    });
    expect(series[0]?.points).toEqual([
      [1, 0.5],
      [2, null],
      [3, null],
      [4, null],
      [5, 0.1],
      [6, null],
    ]);
    expect(problems).toEqual(['Line 5: "oops" in "loss" is not a number; it is left as a gap.']);
  });

  it('skips and reports lines whose x is not a number, by line', () => {
    const table = parseDelimitedText('step,loss\n1,0.5\nfinal,0.4\n\n,0.3\n3,0.2\n');
    const { series, problems } = buildSeriesFromTable(table, {
      xColumn: 'step',
      yColumns: ['loss'],
    });
    expect(series[0]?.points).toEqual([
      [1, 0.5],
      [3, 0.2],
    ]);
    expect(problems).toEqual([
      'Line 3: the x value "final" is not a number; the line is skipped.',
      'Line 5 has no x value; the line is skipped.',
    ]);
  });

  it('uses labels and model ids from the mapping and makes ids unique and valid', () => {
    const table = parseDelimitedText('x,loss (A),loss [A],Überblick ✓,😀\n1,2,3,4,5\n');
    const { series } = buildSeriesFromTable(table, {
      xColumn: 'x',
      yColumns: ['loss (A)', 'loss [A]', 'Überblick ✓', '😀'],
      seriesLabels: { 'loss (A)': 'Model A' },
      modelIds: { 'loss (A)': 'model-a' },
    });
    expect(series.map(({ id }) => id)).toEqual(['loss-A', 'loss-A-2', 'Uberblick', 'series-4']);
    expect(series[0]).toMatchObject({ label: 'Model A', modelId: 'model-a' });
    expect(series[1]).toMatchObject({ label: 'loss [A]', modelId: '' });
  });

  it('joins a column that is only filled every few lines', () => {
    const rows = Array.from(
      { length: 20 },
      (_, index) => `${index},${1 / (index + 1)},${index % 5 === 0 ? 2 / (index + 1) : ''}`,
    );
    const { series, problems } = seriesFrom(`step,loss,eval_loss\n${rows.join('\n')}\n`);
    expect(series[1]?.points.map(([x]) => x)).toEqual([0, 5, 10, 15]);
    expect(problems).toEqual([
      '"eval_loss" is filled only on some lines; its points are joined across the empty ones.',
    ]);
  });

  it('reports unknown columns, the x column as y, columns without numbers and x going back', () => {
    const table = parseDelimitedText('step,loss,note\n1,0.5,a\n2,0.4,b\n1,0.45,c\n');
    const { series, problems } = buildSeriesFromTable(table, {
      xColumn: 'step',
      yColumns: ['loss', 'missing', 'step', 'note'],
    });
    expect(series).toHaveLength(1);
    expect(problems).toEqual([
      'The x values in "step" decrease at line 4; lines may double back (e.g. a resumed run).',
      'There is no column "missing".',
      '"step" is the x column; it is not also plotted as y.',
      '"note" has no numbers; no series was made from it.',
      'Line 2: "a" in "note" is not a number; it is left as a gap.',
      'Line 3: "b" in "note" is not a number; it is left as a gap.',
      'Line 4: "c" in "note" is not a number; it is left as a gap.',
    ]);
    expect(buildSeriesFromTable(table, { xColumn: 'nope', yColumns: ['loss'] }).problems).toEqual([
      'There is no column "nope" for x.',
    ]);
  });
});

describe('suggestColumnMapping', () => {
  it('prefers a column named like a step and leaves out bookkeeping', () => {
    const table = parseDelimitedText(
      '_runtime,train/epoch,train/global_step,loss,name\n1,0.1,10,0.5,a\n',
    );
    expect(suggestColumnMapping(table)).toEqual({
      xColumn: 'train/global_step',
      yColumns: ['loss'],
    });
  });

  it('falls back to the first numeric column', () => {
    const table = parseDelimitedText('model,size,accuracy\nA,125,90.1\nB,350,91.2\n');
    expect(suggestColumnMapping(table)).toEqual({ xColumn: 'size', yColumns: ['accuracy'] });
  });

  it('returns null when no column holds numbers', () => {
    expect(suggestColumnMapping(parseDelimitedText('a,b\nx,y\n'))).toBeNull();
    expect(suggestColumnMapping(parseDelimitedText(''))).toBeNull();
  });
});
