import { yieldToMainThread } from '@/platform/yieldToMainThread';

/** The SVG with its root's size set to the target, so the browser draws it at full resolution instead of scaling up pixels. */
function resizedSvg(svg: string, width: number, height: number): string {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = document.documentElement;
  if (root.nodeName !== 'svg') throw new Error('The figure is not an SVG image.');
  if (!root.hasAttribute('viewBox')) {
    const original = `0 0 ${root.getAttribute('width') ?? width} ${root.getAttribute('height') ?? height}`;
    root.setAttribute('viewBox', original);
  }
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(document);
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) =>
        blob === null
          ? reject(new Error('The figure could not be turned into a PNG.'))
          : resolve(blob),
      'image/png',
    );
  });
}

/** Draws an SVG document into a PNG at the size its rasterizer was made for. */
export type SvgRasterizer = (svg: string) => Promise<Uint8Array>;

/**
 * A rasterizer for SVG documents at one size, through an image and a canvas. It needs a page (a
 * worker cannot decode SVG images), so Word figures are made here and sent to the worker. All its
 * figures share one canvas, made ready here: the browser's first drawing on a new canvas of Word's
 * figure size sets up its pixels, which took longer than drawing a figure.
 */
export function createSvgRasterizer(width: number, height: number): SvgRasterizer {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  context?.fillRect(0, 0, 1, 1);
  return async (svg) => {
    if (context === null) throw new Error('This browser cannot draw figures (no canvas).');
    const url = URL.createObjectURL(
      new Blob([resizedSvg(svg, width, height)], { type: 'image/svg+xml' }),
    );
    try {
      const image = new Image(width, height);
      image.src = url;
      await image.decode();
      // The image's document is read and laid out in the task that decodes it: draw in the next.
      await yieldToMainThread();
      context.clearRect(0, 0, width, height);
      context.drawImage(image, 0, 0, width, height);
      return new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
    } finally {
      URL.revokeObjectURL(url);
    }
  };
}
