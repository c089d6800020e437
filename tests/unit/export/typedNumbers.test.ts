import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { buildMetricTable } from '@/export/buildMetricTable';
import { packDocx } from '@/export/packDocx';
import { renderExportFigureSvg } from '@/export/renderExportFigureSvg';
import { serializeReport } from '@/export/serializeReport';
import { applyNumberInput } from '@/model/applyNumberInput';
import { createEmptyMetric, createEmptyModel, createEmptyReport } from '@/model/createEmptyReport';
import { describeTypedNumber } from '@/model/describeTypedNumber';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import { deriveModelSummary } from '@/model/modelSummary';
import type { Report } from '@/model/reportSchema';
import { restoreReportFromText } from '@/model/restoreReport';
import { buildMetricBarPlot } from '@/plot/buildMetricBarPlot';
import { describePlotImage } from '@/plot/describePlotImage';
import { resolvePlot } from '@/plot/resolvePlot';
import { docxText } from './support/docxText';
import { unzipDocx } from './support/unzipDocx';

const learningRatePath = 'models.models#m1.hyperparameters.learningRate';

/** A blank report with one model and one metric, filled as a user types: 0.0002, 87.0 and 0.0. */
function typedReport(): Report {
  const report = createEmptyReport('typed');
  const model = createEmptyModel('m1');
  model.name = 'Guanaco-7B';
  model.parameterCount = '7B';
  model.hyperparameters.learningRate = 0.0002;
  report.models.models = [model];
  report.problem.metrics = [
    { ...createEmptyMetric('vicuna'), name: 'Vicuna score', primary: true },
  ];
  const result = (id: string, split: 'validation' | 'test', value: number) => ({
    id,
    modelId: 'm1',
    metricId: 'vicuna',
    split,
    value,
    spread: null,
    spreadKind: 'std' as const,
    runs: null,
    aggregation: 'mean' as const,
  });
  report.results.metricResults = [
    result('r-validation', 'validation', 87),
    result('r-test', 'test', 0),
  ];
  report.results.plots = [{ ...buildMetricBarPlot(report, { plotId: 'bars' }).plot, series: [] }];
  report.typedNumbers = {
    [learningRatePath]: '0.0002',
    [metricResultFieldPath('r-validation', 'value')]: '87.0',
    [metricResultFieldPath('r-test', 'value')]: '0.0',
  };
  return report;
}

describe('describeTypedNumber', () => {
  it('shows the typed text when it reads as the stored value', () => {
    expect(describeTypedNumber('0.0002', 0.0002)).toBe('0.0002');
    expect(describeTypedNumber('87.0', 87)).toBe('87.0');
    expect(describeTypedNumber('0.0', 0)).toBe('0.0');
    expect(describeTypedNumber('1,024', 1024)).toBe('1,024');
  });

  it('shows the value when nothing was typed or the value was set another way since', () => {
    expect(describeTypedNumber(undefined, 0.0002)).toBe('2e-4');
    expect(describeTypedNumber('0.0002', 0.0003)).toBe('3e-4');
    expect(describeTypedNumber(undefined, null)).toBe('');
  });

  it('keeps text that is not a number yet, as the field shows it', () => {
    expect(describeTypedNumber('eight or so', null)).toBe('eight or so');
  });
});

describe('a number typed as 0.0002, 87.0 or 0.0', () => {
  const report = typedReport();

  it('is shown as typed in the model summary', () => {
    expect(deriveModelSummary(report)[0]?.learningRate).toBe('0.0002');
  });

  it('is shown as typed in the metric table', () => {
    const table = buildMetricTable(report);
    expect(table?.rows[0]?.map((cell) => cell.map((span) => span.text).join(''))).toEqual([
      'Guanaco-7B',
      '87.0',
      '0.0',
    ]);
  });

  it('labels its bar as typed, in the figure and its text alternative', () => {
    const [plot] = report.results.plots;
    if (plot === undefined) throw new Error('no plot');
    const svg = renderExportFigureSvg(report, plot, 'light');
    expect(svg).toContain('>0.0</text>');
    const resolved = resolvePlot(report, plot);
    expect(describePlotImage(resolved.plot, resolved.valueTexts)).toContain('Guanaco-7B 0.0');
  });

  it('is written as typed in Markdown', () => {
    const markdown = buildMarkdown(report);
    expect(markdown).toMatch(/\| Guanaco-7B \|[^\n]*\| 0\.0002 \|/u);
    expect(markdown).toMatch(/\| Guanaco-7B \| 87\.0 \| 0\.0 \|/u);
    expect(markdown).not.toContain('2e-4');
  });

  it('is written as typed in word/document.xml', async () => {
    const xml = unzipDocx(await packDocx(report)).get('word/document.xml') ?? '';
    const lines = docxText(xml).split('\n');
    expect(lines).toContain('0.0002');
    expect(lines).toContain('87.0');
    expect(lines).toContain('0.0');
    expect(lines).not.toContain('2e-4');
    expect(lines).not.toContain('87');
  });

  it('keeps its text and its value through a JSON export and import', () => {
    const restored = restoreReportFromText(serializeReport(report, '2025-03-14T09:00:00.000Z'));
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.report).toEqual(report);
    expect(restored.report.typedNumbers[learningRatePath]).toBe('0.0002');
    expect(restored.report.models.models[0]?.hyperparameters.learningRate).toBe(0.0002);
    expect(deriveModelSummary(restored.report)[0]?.learningRate).toBe('0.0002');
  });

  it('keeps text that is not a number through a JSON export and import', () => {
    const withWords = { ...report, typedNumbers: { 'setup.gpuCount': 'eight or so' } };
    const restored = restoreReportFromText(serializeReport(withWords, '2025-03-14T09:00:00.000Z'));
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.report.typedNumbers['setup.gpuCount']).toBe('eight or so');
  });

  it('writes text that is not a number as typed and marked, never the number it replaced', async () => {
    const withFour = applyNumberInput(
      { ...report, setup: { ...report.setup, gpuType: 'NVIDIA A100 80GB' } },
      'setup.gpuCount',
      '4',
    );
    const typedOver = applyNumberInput(withFour, 'setup.gpuCount', 'eight or so');
    const markdown = buildMarkdown(typedOver);
    expect(markdown).toContain('**GPU count:** eight or so (not a number)');
    expect(markdown).not.toContain('4 × NVIDIA');
    const xml = unzipDocx(await packDocx(typedOver)).get('word/document.xml') ?? '';
    const text = docxText(xml);
    expect(text).toContain('eight or so (not a number)');
    expect(text).not.toContain('4 × NVIDIA');
    expect(buildMarkdown(withFour)).toContain('4 × NVIDIA A100 80GB per run.');
  });
});

describe('a derived figure', () => {
  it('follows a later edit to the metric table', () => {
    const report = typedReport();
    const [plot] = report.results.plots;
    if (plot === undefined) throw new Error('no plot');
    const edited: Report = {
      ...report,
      results: {
        ...report.results,
        metricResults: report.results.metricResults.map((result) =>
          result.id === 'r-test' ? { ...result, value: 88.25 } : result,
        ),
      },
      typedNumbers: { ...report.typedNumbers, [metricResultFieldPath('r-test', 'value')]: '88.25' },
    };
    expect(renderExportFigureSvg(edited, plot, 'light')).toContain('>88.25</text>');
    expect(resolvePlot(edited, plot).plot.series[0]?.points).toEqual([[1, 88.25]]);
  });
});
