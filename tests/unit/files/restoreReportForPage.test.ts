import { describe, expect, it } from 'vitest';
import { serializeReport } from '@/export/serializeReport';
import { restoreReportForPage } from '@/files/restoreReportForPage';
import type { ReportImportWorkerMessage } from '@/files/reportImportWorkerProtocol';
import { createExampleReport } from '@/model/createExampleReport';
import { packedPointAt, withSeriesPoints } from '@/model/packedPlotPoints';
import type { PlotPoint, Report } from '@/model/reportSchema';
import { restoreReportFromText } from '@/model/restoreReport';

const exportedAt = '2025-03-14T09:00:00.000Z';

/** What the import worker sends for `text`, as the page receives it (buffers transferred). */
function messagesFor(text: string): ReportImportWorkerMessage[] {
  const received: ReportImportWorkerMessage[] = [];
  restoreReportForPage(new TextEncoder().encode(text), (message, transfer = []) =>
    received.push(structuredClone(message, { transfer })),
  );
  return received;
}

function unpack(values: Float64Array): PlotPoint[] {
  return Array.from({ length: values.length / 2 }, (_, index) => packedPointAt(values, index));
}

/** The report as the page puts it together from the worker's messages. */
function reportFrom(messages: readonly ReportImportWorkerMessage[]): Report | undefined {
  const before = messages.flatMap((message) =>
    message.type === 'points' ? message.packedPoints : [],
  );
  const restored = messages.find((message) => message.type === 'restored');
  if (restored === undefined) return undefined;
  const lists = [...before, ...restored.packedPoints].map(unpack);
  return withSeriesPoints(
    restored.report,
    restored.pointListOfSeries.map((index) => lists[index]),
  );
}

/** The example with a series added whose draft has no `points`, which restoreReport fills in. */
function exampleDraftWithSeriesWithoutPoints(): string {
  const draft = JSON.parse(serializeReport(createExampleReport(), exportedAt)) as {
    report: { results: { plots: { series: Record<string, unknown>[] }[] } };
  };
  draft.report.results.plots[0]?.series.push({ id: 'series-without-points', label: 'Empty' });
  return JSON.stringify(draft);
}

describe('restoreReportForPage', () => {
  it('sends each list of points as soon as it is read, then the report without them: together, what restoreReportFromText gives', () => {
    const text = serializeReport(createExampleReport(), exportedAt);
    const messages = messagesFor(text);
    const seriesCount = createExampleReport().results.plots.reduce(
      (total, plot) => total + plot.series.length,
      0,
    );
    expect(messages.map((message) => message.type)).toEqual([
      ...Array.from({ length: seriesCount }, () => 'points'),
      'restored',
    ]);
    const restored = messages.at(-1);
    if (restored?.type !== 'restored') throw new Error('Not restored');
    expect(
      restored.report.results.plots.every((plot) =>
        plot.series.every((series) => series.points.length === 0),
      ),
    ).toBe(true);
    expect(restored.packedPoints).toEqual([]);
    const expected = restoreReportFromText(text);
    expect(expected.ok && reportFrom(messages)).toEqual(expected.ok && expected.report);
  });

  it('packs after the checks a list restoreReport made, not one read from the text', () => {
    const text = exampleDraftWithSeriesWithoutPoints();
    const messages = messagesFor(text);
    const restored = messages.find((message) => message.type === 'restored');
    expect(restored?.type === 'restored' && restored.packedPoints).toHaveLength(1);
    const expected = restoreReportFromText(text);
    expect(expected.ok && reportFrom(messages)).toEqual(expected.ok && expected.report);
  });

  it('refuses a draft that would grow past the cap once exported, its lists already sent', () => {
    // Sent lists are transferred, so the worker's copies are empty by the time the draft's
    // exported size is measured. 700,000 points written as 1e20 come back as 21 digits each.
    const draft = JSON.parse(serializeReport(createExampleReport(), exportedAt)) as {
      report: { results: { plots: { series: { points: unknown }[] }[] } };
    };
    const series = draft.report.results.plots[0]?.series[0];
    if (series === undefined) throw new Error('The example has no series');
    series.points = 'POINTS';
    const text = JSON.stringify(draft).replace(
      '"POINTS"',
      `[${Array.from({ length: 700_000 }, () => '[1e20,1e20]').join(',')}]`,
    );
    const messages = messagesFor(text);
    expect(messages.at(-1)).toEqual({ type: 'refused', failure: restoreReportFromText(text) });
    expect(messages.at(-1)).toMatchObject({ failure: { ok: false } });
  }, 60_000);

  it('sends the reason a draft is refused, after its points when they were read', () => {
    const invalid = JSON.parse(serializeReport(createExampleReport(), exportedAt)) as {
      report: { titlePage: { title: unknown } };
    };
    invalid.report.titlePage.title = 42;
    const refusedAfterReading = messagesFor(JSON.stringify(invalid));
    expect(refusedAfterReading.at(0)?.type).toBe('points');
    expect(refusedAfterReading.at(-1)?.type).toBe('refused');

    const notJson = messagesFor('{"format": "ml-report", ');
    expect(notJson).toEqual([
      expect.objectContaining({
        type: 'refused',
        failure: expect.objectContaining({
          message: 'This file is not valid JSON (it may be cut off or damaged).',
        }),
      }),
    ]);
  });
});
