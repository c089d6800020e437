import { fitTextToWidth } from './fitTextToWidth';
import { joinSvgLines } from './joinSvgLines';
import type { PlotRenderContext } from './plotRenderContext';
import { svgText } from './svgText';

export interface RenderedBlock {
  svg: string;
  /** The y just below the block. */
  bottom: number;
}

/** The figure title (up to two lines, centred) and any notes about the rendering below it. */
export function renderTitleBlock(
  context: PlotRenderContext,
  notes: readonly string[],
): RenderedBlock {
  const { typography, theme, width } = context;
  const { padding, titleSize, noteSize } = typography;
  const maxWidth = width - 2 * padding;
  const parts: string[] = [];
  let y = padding;
  for (const line of fitTextToWidth(context.plot.title, maxWidth, titleSize, 2, true)) {
    y += titleSize * 1.2;
    parts.push(
      svgText(line, {
        x: width / 2,
        y: y - titleSize * 0.25,
        'text-anchor': 'middle',
        'font-size': titleSize,
        'font-weight': 'bold',
        fill: theme.text,
      }),
    );
  }
  for (const note of notes) {
    for (const line of fitTextToWidth(note, maxWidth, noteSize, 2)) {
      y += noteSize * 1.3;
      parts.push(
        svgText(line, {
          x: width / 2,
          y: y - noteSize * 0.3,
          'text-anchor': 'middle',
          'font-size': noteSize,
          'font-style': 'italic',
          fill: theme.mutedText,
        }),
      );
    }
  }
  return { svg: joinSvgLines(parts), bottom: y };
}
