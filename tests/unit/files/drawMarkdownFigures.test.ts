import { describe, expect, it } from 'vitest';
import { markdownFigureDataUri } from '@/export/markdownFigureDataUri';
import { drawMarkdownFigures } from '@/files/drawMarkdownFigures';
import { createExampleReport } from '@/model/createExampleReport';

describe('drawMarkdownFigures', () => {
  it('gives every plot its Markdown figure address, by plot index', async () => {
    const example = createExampleReport();
    expect(await drawMarkdownFigures(example)).toEqual(
      example.results.plots.map((plot) => markdownFigureDataUri(example, plot)),
    );
  });
});
