import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { buildMetricTable } from '@/export/buildMetricTable';
import { packDocx } from '@/export/packDocx';
import { renderExportFigureSvg } from '@/export/renderExportFigureSvg';
import { applyNumberInput } from '@/model/applyNumberInput';
import {
  createEmptyDataset,
  createEmptyMetric,
  createEmptyModel,
  createEmptyReport,
} from '@/model/createEmptyReport';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import { metricResultSchema, type Report } from '@/model/reportSchema';
import { buildMetricBarPlot } from '@/plot/buildMetricBarPlot';
import { describePlotImage } from '@/plot/describePlotImage';
import { resolvePlot } from '@/plot/resolvePlot';
import { docxText } from './support/docxText';
import { unzipDocx } from './support/unzipDocx';

const memoryPath = 'models.models#m1.measured.peakGpuMemoryGigabytes';

/**
 * A QLoRA write-up as typed: a test-only MMLU in % typed "99.3 %" ± "0.2%", a dataset without a
 * test split (its old size still stored), peak memory typed "21.3GB".
 */
function qloraReport(): Report {
  let report = createEmptyReport('units');
  report.models.models = [{ ...createEmptyModel('m1'), name: 'Guanaco-65B' }];
  report.problem.metrics = [
    { ...createEmptyMetric('mmlu'), name: 'MMLU', unit: '%', reportedOn: 'test', primary: true },
  ];
  report.results.metricResults = [
    metricResultSchema.parse({ id: 'r1', modelId: 'm1', metricId: 'mmlu', split: 'test' }),
  ];
  report.setup.datasets = [
    {
      ...createEmptyDataset('d1'),
      name: 'OASST1',
      trainSize: 9846,
      validationSize: 518,
      testSize: 1821,
      noTestSplit: true,
    },
  ];
  report = applyNumberInput(report, metricResultFieldPath('r1', 'value'), '99.3 %');
  report = applyNumberInput(report, metricResultFieldPath('r1', 'spread'), '0.2%');
  report = applyNumberInput(report, memoryPath, '21.3GB');
  report.results.plots = [
    { ...buildMetricBarPlot(report, { plotId: 'bars' }).plot, series: [], yUnit: '' },
  ];
  return report;
}

function countOf(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('a metric unit and a split marked none in the exports', () => {
  const report = qloraReport();

  it('writes the unit once after value and spread in the metric table', () => {
    const table = buildMetricTable(report);
    expect(table?.columns.map((column) => column.label)).toEqual(['Model', 'MMLU ↑ (test)']);
    expect(table?.rows[0]?.map((cell) => cell.map((span) => span.text).join(''))).toEqual([
      'Guanaco-65B',
      '99.3 ± 0.2 %',
    ]);
  });

  it('shows the unit once in Markdown, and the test size as none without the checkbox', () => {
    const markdown = buildMarkdown(report);
    expect(countOf(markdown, '99.3 ± 0.2 %')).toBe(1);
    expect(markdown).not.toMatch(/%\s*%/u);
    expect(markdown).toMatch(/Peak GPU memory \(GB\)\W+21\.3 GB/u);
    expect(markdown).not.toContain('GB GB');
    const lines = markdown.split('\n');
    const header = lines.find((line) => line.startsWith('| Dataset name |')) ?? '';
    const row = lines.find((line) => line.startsWith('| OASST1 |')) ?? '';
    const cells = (line: string) => line.split('|').map((cell) => cell.trim());
    expect(cells(header)).toEqual([
      '',
      'Dataset name',
      'Train size',
      'Validation size',
      'Test size',
      '',
    ]);
    expect(cells(row)).toEqual(['', 'OASST1', '9846', '518', 'none', '']);
    expect(markdown).not.toContain('1821');
  });

  it('shows the same in word/document.xml', async () => {
    const text = docxText(unzipDocx(await packDocx(report)).get('word/document.xml') ?? '');
    expect(text).toContain('99.3 ± 0.2 %');
    expect(text).toContain('21.3 GB');
    expect(text).not.toMatch(/%\s*%/u);
    expect(text).toMatch(/Test size\n[^]*\nnone\n/u);
    expect(text).not.toContain('1821');
  });

  it("puts the metric's unit on a derived figure's axis, and its values without it", () => {
    const [plot] = report.results.plots;
    if (plot === undefined) throw new Error('no plot');
    const resolved = resolvePlot(report, plot);
    expect(resolved.plot.yUnit).toBe('%');
    expect([...resolved.valueTexts.values()]).toEqual(['99.3']);
    expect(describePlotImage(resolved.plot, resolved.valueTexts)).toContain('Guanaco-65B 99.3');
    const svg = renderExportFigureSvg(report, plot, 'light');
    expect(svg).toContain('Test MMLU (%)');
    expect(svg).toContain('>99.3</text>');
    expect(resolvePlot(report, { ...plot, yUnit: 'points' }).plot.yUnit).toBe('points');
  });
});
