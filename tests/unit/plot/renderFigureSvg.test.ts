import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { renderFigureSvg } from '@/plot/renderFigureSvg';
import { renderPlotSvg } from '@/plot/renderPlotSvg';
import { parseSvg } from './support/parseSvg';

describe('renderFigureSvg', () => {
  const report = createExampleReport();
  const options = { width: 720, height: 450, theme: 'light' } as const;

  it('draws every example plot without its title, which the numbered caption carries', () => {
    for (const plot of report.results.plots) {
      const svg = renderFigureSvg(plot, report.models.models, options);
      const document = parseSvg(svg);
      const texts = [...document.getElementsByTagName('text')].map((node) => node.textContent);
      expect(texts).not.toContain(plot.title);
      expect(document.getElementsByTagName('title')).toHaveLength(0);
      expect(document.getElementsByTagName('desc')[0]?.textContent).toBe(plot.caption);
      expect(renderPlotSvg(plot, report.models.models, options)).toContain(
        `font-weight="bold" fill="#1c2430">${plot.title}</text>`,
      );
    }
  });

  it('leaves the plot it is given unchanged', () => {
    const plot = structuredClone(report.results.plots[0]);
    if (plot === undefined) throw new Error('no plot');
    const before = structuredClone(plot);
    renderFigureSvg(plot, report.models.models, options);
    expect(plot).toEqual(before);
  });
});
