import { describe, expect, it } from 'vitest';
import { buildMetricTable } from '@/export/buildMetricTable';
import { createExampleReport } from '@/model/createExampleReport';

function boldCells(report = createExampleReport()): string[][] {
  const table = buildMetricTable(report);
  if (table === undefined) throw new Error('no metric table');
  return table.rows.map((row) =>
    row.flatMap((cell) => (cell.some((span) => span.strong === true) ? [cell[0]?.text ?? ''] : [])),
  );
}

describe('buildMetricTable best values', () => {
  it('sets the best value of each metric and split in bold, lower-is-better included', () => {
    expect(boldCells()).toEqual([
      [],
      [],
      [],
      [
        '94.6 ± 0.2 %',
        '94.2 ± 0.2 %',
        '94.5 ± 0.2 %',
        '94.2 ± 0.2 %',
        '0.221 ± 0.005 nats',
        '0.238 ± 0.006 nats',
      ],
    ]);
    expect(buildMetricTable(createExampleReport())?.legend).toBe(
      'mean ± standard deviation over 3 runs; best in bold',
    );
  });

  it('marks ties alike and nothing when there is only one model to compare', () => {
    const tied = structuredClone(createExampleReport());
    for (const result of tied.results.metricResults)
      if (result.metricId === 'metric-accuracy' && result.split === 'test') result.value = 90;
    expect(
      boldCells(tied).map(
        (row) =>
          row.includes('90 ± 0.2 %') || row.includes('90 ± 0.3 %') || row.includes('90 ± 0.4 %'),
      ),
    ).toEqual([true, true, true, true]);

    const single = structuredClone(createExampleReport());
    single.models.models = single.models.models.slice(0, 1);
    const table = buildMetricTable(single);
    expect(boldCells(single)).toEqual([[]]);
    expect(table?.legend).toBe('mean ± standard deviation over 3 runs');
  });
});
