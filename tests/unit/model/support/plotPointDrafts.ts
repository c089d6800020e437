import fc from 'fast-check';
import { createExampleReport } from '@/model/createExampleReport';
import type { PlotPoint, Report } from '@/model/reportSchema';

/** The example with its series' points replaced by `lists`, one per series while they last. */
export function exampleWithPointLists(lists: readonly PlotPoint[][]): Report {
  const example = createExampleReport();
  let index = 0;
  const plots = example.results.plots.map((plot) => ({
    ...plot,
    series: plot.series.map((series) => {
      const points = lists[index] ?? [];
      index += 1;
      return { ...series, points };
    }),
  }));
  return { ...example, results: { ...example.results, plots } };
}

/** Numbers as a person or another program might write them: any digits, fraction and exponent. */
export const writtenJsonNumber = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,20}$/u)),
    fc.option(fc.stringMatching(/^[0-9]{1,24}$/u), { nil: undefined }),
    fc.option(
      fc.tuple(fc.constantFrom('e', 'E', 'e+', 'e-', 'E+', 'E-'), fc.integer({ min: 0, max: 400 })),
      { nil: undefined },
    ),
  )
  .map(
    ([negative, whole, fraction, exponent]) =>
      `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `${exponent[0]}${exponent[1]}`}`,
  );
