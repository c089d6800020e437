import type * as DocxLayout from 'docx/layout';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { DocxFigures } from '@/export/docxFigureImage';
import { packDocx } from '@/export/packDocx';
import { createExampleReport } from '@/model/createExampleReport';
import { fakeFigureImages } from './support/fakeFigureImages';
import { normalizeBookmarkIds } from './support/normalizeBookmarkIds';
import { packDocxDeterministically } from './support/packDocxDeterministically';
import { unzipDocx } from './support/unzipDocx';

const { layoutCalls } = vi.hoisted(() => ({ layoutCalls: { count: 0 } }));
vi.mock('docx/layout', async (importOriginal) => {
  const layout = await importOriginal<typeof DocxLayout>();
  return {
    ...layout,
    estimatePageNumbers: (...args: Parameters<typeof layout.estimatePageNumbers>) => {
      layoutCalls.count += 1;
      return layout.estimatePageNumbers(...args);
    },
  };
});

const example = createExampleReport();
const figures = fakeFigureImages(example);
const sizes = new Map(
  [...figures].map(([plotId, { widthPx, heightPx }]) => [plotId, { widthPx, heightPx }]),
);

function media(bytes: Uint8Array): Uint8Array[] {
  return Object.entries(unzipSync(bytes))
    .filter(([path]) => path.startsWith('word/media/'))
    .map(([, data]) => data);
}

function textParts(bytes: Uint8Array): [string, string][] {
  return [...unzipDocx(bytes)]
    .filter(([path]) => !path.startsWith('word/media/'))
    .map(([path, xml]) => [path, normalizeBookmarkIds(xml)]);
}

describe('packDocx with figures still being drawn', () => {
  it('gives the same document and images as with the figures drawn first', async () => {
    const drawnFirst = await packDocxDeterministically(example, figures);
    const drawnMeanwhile = await packDocxDeterministically(example, {
      sizes,
      figures: Promise.resolve(figures),
    });
    expect(textParts(drawnMeanwhile)).toEqual(textParts(drawnFirst));
    expect(media(drawnMeanwhile)).toEqual(media(drawnFirst));
    expect(media(drawnMeanwhile)).toEqual([...figures.values()].map(({ png }) => png));
  });

  it('lays the pages out before the figures arrive, and not again after', async () => {
    let deliver: (drawn: DocxFigures) => void = () => {};
    const arriving = new Promise<DocxFigures>((resolve) => {
      deliver = resolve;
    });
    layoutCalls.count = 0;
    const packed = packDocx(example, { sizes, figures: arriving });
    // Were the figures waited for first, the pages would never be laid out and this would time out.
    await vi.waitFor(() => expect(layoutCalls.count).toBe(1), { timeout: 10_000 });
    deliver(figures);
    expect(media(await packed)).toEqual([...figures.values()].map(({ png }) => png));
    expect(layoutCalls.count).toBe(1);
  });

  it('builds the document again without a figure that could not be drawn', async () => {
    const [missingId] = figures.keys();
    const drawn = new Map([...figures].filter(([plotId]) => plotId !== missingId));
    const missing = example.results.plots.find((plot) => plot.id === missingId);
    const bytes = await packDocx(example, { sizes, figures: Promise.resolve(drawn) });
    expect(media(bytes)).toEqual([...drawn.values()].map(({ png }) => png));
    const documentXml = unzipDocx(bytes).get('word/document.xml') ?? '';
    expect(documentXml).toContain(missing?.title);
    expect(documentXml.match(/<w:drawing>/gu)).toHaveLength(drawn.size);
  });
});
