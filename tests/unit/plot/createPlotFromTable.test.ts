import { describe, expect, it } from 'vitest';
import { plotSchema } from '@/model/reportSchema';
import { createPlotFromTable } from '@/plot/createPlotFromTable';
import { parseDelimitedText } from '@/plot/parseDelimitedText';
import { suggestColumnMapping } from '@/plot/suggestColumnMapping';
import { suggestPlotKind } from '@/plot/suggestPlotKind';

// What a spreadsheet in a decimal-comma locale exports: a BOM, semicolons, quoted headers and
// cells, Windows line endings and a cell left empty.
const spreadsheetCsv =
  '\uFEFF"Epoch";"train loss";"eval; loss";"Accuracy"\r\n' +
  '1;"2,31";2,40;0,71\r\n' +
  '2;1,87;;0,80\r\n' +
  '3;1,52;1,61;0,84\r\n';

describe('createPlotFromTable', () => {
  const table = parseDelimitedText(spreadsheetCsv);

  it('reads the columns of a CSV with a BOM, semicolons, quoted fields and a missing cell', () => {
    expect(table.columns).toEqual(['Epoch', 'train loss', 'eval; loss', 'Accuracy']);
    expect(table.delimiter).toBe(';');
    expect(suggestColumnMapping(table)).toEqual({
      xColumn: 'Epoch',
      yColumns: ['train loss', 'eval; loss', 'Accuracy'],
    });
  });

  it('makes a valid loss-curve plot with one series per mapped column, the gap kept', () => {
    const { plot, problems } = createPlotFromTable(
      table,
      {
        xColumn: 'Epoch',
        yColumns: ['train loss', 'eval; loss'],
        modelIds: { 'train loss': 'model-a' },
      },
      { plotId: 'plot-csv', kind: 'loss-curve' },
    );
    expect(problems).toEqual([]);
    expect(plotSchema.parse(plot)).toEqual(plot);
    expect(plot).toMatchObject({
      id: 'plot-csv',
      kind: 'loss-curve',
      title: 'Loss curves',
      caption: '',
      xLabel: 'Epoch',
      yLabel: 'Loss',
      logScale: false,
    });
    expect(plot.series).toEqual([
      {
        id: 'train-loss',
        label: 'train loss',
        modelId: 'model-a',
        points: [
          [1, 2.31],
          [2, 1.87],
          [3, 1.52],
        ],
      },
      {
        id: 'eval-loss',
        label: 'eval; loss',
        modelId: '',
        points: [
          [1, 2.4],
          [2, null],
          [3, 1.61],
        ],
      },
    ]);
  });

  it('names a single metric curve after its column and the x axis after the x column', () => {
    const log = parseDelimitedText('train/global_step,eval/exact_match\n100,0.41\n200,0.52\n');
    const { plot } = createPlotFromTable(
      log,
      { xColumn: 'train/global_step', yColumns: ['eval/exact_match'] },
      { plotId: 'plot-em', kind: 'metric-curve' },
    );
    expect(plot).toMatchObject({
      title: 'Exact match curve',
      xLabel: 'Global step',
      yLabel: 'Exact match',
    });
  });

  it('returns the plot without series and says why when nothing can be read', () => {
    const { plot, problems } = createPlotFromTable(
      parseDelimitedText('step,note\n1,fine\n2,good\n'),
      { xColumn: 'step', yColumns: ['note'] },
      { plotId: 'plot-empty', kind: 'metric-curve' },
    );
    expect(plot.series).toEqual([]);
    expect(problems).toContain('"note" has no numbers; no series was made from it.');
  });
});

describe('suggestPlotKind', () => {
  it('suggests loss curves when a chosen column is a loss, else metric curves', () => {
    expect(suggestPlotKind(['train/loss', 'eval/accuracy'])).toBe('loss-curve');
    expect(suggestPlotKind(['eval_LOSS'])).toBe('loss-curve');
    expect(suggestPlotKind(['accuracy', 'f1'])).toBe('metric-curve');
    expect(suggestPlotKind([])).toBe('metric-curve');
  });
});
