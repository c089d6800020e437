import type { OutlineBlock, OutlineFigure, ReportOutline } from './reportOutline';

function figuresIn(blocks: readonly OutlineBlock[]): OutlineFigure[] {
  return blocks.flatMap((block): OutlineFigure[] => {
    if (block.kind === 'figure') return [block.figure];
    if (block.kind === 'list') return block.items.flatMap((item) => figuresIn(item.blocks));
    return [];
  });
}

/** Every figure of an outline in document order, with the numbers the captions show. */
export function listOutlineFigures(outline: ReportOutline): OutlineFigure[] {
  return outline.sections.flatMap((section) => figuresIn(section.blocks));
}
