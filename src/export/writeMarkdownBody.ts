import type {
  BlockContent,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Report } from '@/model/reportSchema';
import { describePlotImage } from '@/plot/describePlotImage';
import { resolvePlot } from '@/plot/resolvePlot';
import {
  richTextToPlainText,
  safeLinkHref,
  type RichTextMark,
  type RichTextMarkType,
  type RichTextNode,
  type RichTextNodeType,
} from '@/model/richText';
import { sanitizeExportText } from './sanitizeExportText';
import { isMarkdownBlock } from './isMarkdownBlock';
import { rootWithPresentUnsafePatterns } from './rootWithPresentUnsafePatterns';
import type { OutlineBlock, OutlineFigure, OutlineTable, OutlineText } from './reportOutline';

interface RichTextContext {
  /** The outline level that rich-text headings nest below. */
  level: number;
}

interface OutlineContext {
  /** The image of a figure: its address and text alternative; undefined leaves the caption alone. */
  figureImage: (figure: OutlineFigure) => { url: string; alt: string } | undefined;
}

type NodeRenderer = (node: RichTextNode, context: RichTextContext) => RootContent[];
type MarkRenderer = (children: PhrasingContent[], mark: RichTextMark) => PhrasingContent[];

const phrasingTypes: ReadonlySet<string> = new Set<PhrasingContent['type']>([
  'break',
  'delete',
  'emphasis',
  'footnoteReference',
  'html',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'strong',
  'text',
]);

function isPhrasing(node: RootContent): node is PhrasingContent {
  return phrasingTypes.has(node.type);
}

/** Outline level 1 (a section) is `##`; the document title alone is `#`. */
function markdownDepth(level: number): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(1, level + 1)) as 1 | 2 | 3 | 4 | 5 | 6;
}

function headingLevelOf(node: RichTextNode): number {
  const level = node.attrs?.['level'];
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 ? level : 1;
}

/** Joins `**a****b**` into `**ab**`, which every Markdown reader parses the same way. */
function mergeAdjacent(children: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const child of children) {
    const previous = merged.at(-1);
    if (
      previous !== undefined &&
      (previous.type === 'strong' || previous.type === 'emphasis' || previous.type === 'delete') &&
      previous.type === child.type
    ) {
      previous.children = mergeAdjacent([...previous.children, ...child.children]);
    } else if (previous?.type === 'link' && child.type === 'link' && previous.url === child.url) {
      previous.children = mergeAdjacent([...previous.children, ...child.children]);
    } else {
      merged.push(child);
    }
  }
  return merged;
}

function phrasingOf(
  nodes: readonly RichTextNode[] | undefined,
  context: RichTextContext,
): PhrasingContent[] {
  const children = (nodes ?? []).flatMap((node): PhrasingContent[] =>
    nodeRenderers[node.type](node, context).flatMap((rendered) =>
      isPhrasing(rendered) ? [rendered] : [{ type: 'text', value: richTextToPlainText(node) }],
    ),
  );
  return mergeAdjacent(children);
}

/** Blocks of a container; stray inline nodes are gathered into paragraphs so the tree stays valid. */
function blocksOf(
  nodes: readonly RichTextNode[] | undefined,
  context: RichTextContext,
): BlockContent[] {
  const blocks: BlockContent[] = [];
  let inline: PhrasingContent[] = [];
  const flushInline = () => {
    if (inline.length > 0) blocks.push({ type: 'paragraph', children: mergeAdjacent(inline) });
    inline = [];
  };
  for (const node of nodes ?? []) {
    for (const rendered of nodeRenderers[node.type](node, context)) {
      if (isPhrasing(rendered) && rendered.type !== 'html') {
        inline.push(rendered);
        continue;
      }
      flushInline();
      if (isMarkdownBlock(rendered)) blocks.push(rendered);
      else if (rendered.type === 'listItem')
        blocks.push({ type: 'list', spread: false, children: [rendered] });
      else
        blocks.push({
          type: 'paragraph',
          children: [{ type: 'text', value: richTextToPlainText(node) }],
        });
    }
  }
  flushInline();
  return blocks;
}

function listItemsOf(node: RichTextNode, context: RichTextContext): ListItem[] {
  return (node.content ?? []).map((child) =>
    child.type === 'listItem'
      ? { type: 'listItem', spread: false, children: blocksOf(child.content, context) }
      : { type: 'listItem', spread: false, children: blocksOf([child], context) },
  );
}

/** A GFM cell holds one line of inline content: the cell's paragraphs are joined by spaces. */
function cellOf(node: RichTextNode, context: RichTextContext): TableCell {
  const children: PhrasingContent[] = [];
  for (const block of node.content ?? []) {
    if (children.length > 0) children.push({ type: 'text', value: ' ' });
    if (block.type === 'paragraph' || block.type === 'heading')
      children.push(...phrasingOf(block.content, context));
    else children.push({ type: 'text', value: richTextToPlainText(block).replaceAll('\n', ' ') });
  }
  return { type: 'tableCell', children: mergeAdjacent(children) };
}

function rowOf(node: RichTextNode, context: RichTextContext): TableRow {
  return { type: 'tableRow', children: (node.content ?? []).map((cell) => cellOf(cell, context)) };
}

/** GFM tables need rows of equal width with the first row as header. */
function richTable(node: RichTextNode, context: RichTextContext): Table[] {
  const rows = (node.content ?? [])
    .filter((row) => row.type === 'tableRow')
    .map((row) => rowOf(row, context));
  const width = Math.max(0, ...rows.map((row) => row.children.length));
  if (rows.length === 0 || width === 0) return [];
  for (const row of rows) {
    while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
  }
  return [{ type: 'table', align: rows[0]?.children.map(() => null) ?? [], children: rows }];
}

const markOrder: { readonly [Type in RichTextMarkType]: number } = {
  code: 0,
  underline: 1,
  strike: 2,
  italic: 3,
  bold: 4,
  link: 5,
};

const markRenderers: { readonly [Type in RichTextMarkType]: MarkRenderer } = {
  bold: (children) => [{ type: 'strong', children }],
  italic: (children) => [{ type: 'emphasis', children }],
  // Markdown has no underline: the text is kept, the underline is lost.
  underline: (children) => children,
  strike: (children) => [{ type: 'delete', children }],
  code: (children) => [
    {
      type: 'inlineCode',
      value: children.map((child) => (child.type === 'text' ? child.value : '')).join(''),
    },
  ],
  link: (children, mark) => {
    const href = safeLinkHref(mark.attrs?.['href']);
    return href === undefined ? children : [{ type: 'link', url: href, children }];
  },
};

const nodeRenderers: { readonly [Type in RichTextNodeType]: NodeRenderer } = {
  doc: (node, context) => blocksOf(node.content, context),
  paragraph: (node, context) => {
    const children = phrasingOf(node.content, context);
    return children.length === 0 ? [] : [{ type: 'paragraph', children }];
  },
  heading: (node, context) => [
    {
      type: 'heading',
      depth: markdownDepth(context.level + headingLevelOf(node)),
      children: phrasingOf(node.content, context),
    },
  ],
  text: (node) => {
    const marks = [...(node.marks ?? [])].sort((a, b) => markOrder[a.type] - markOrder[b.type]);
    return marks.reduce<PhrasingContent[]>(
      (children, mark) => markRenderers[mark.type](children, mark),
      [{ type: 'text', value: node.text ?? '' }],
    );
  },
  hardBreak: () => [{ type: 'break' }],
  bulletList: (node, context) => [
    { type: 'list', ordered: false, spread: false, children: listItemsOf(node, context) },
  ],
  orderedList: (node, context) => {
    const start = node.attrs?.['start'];
    return [
      {
        type: 'list',
        ordered: true,
        // CommonMark reads at most nine digits as a list number.
        start:
          typeof start === 'number' && Number.isInteger(start) && start >= 0 && start <= 999_999_999
            ? start
            : 1,
        spread: false,
        children: listItemsOf(node, context),
      },
    ];
  },
  listItem: (node, context) => [
    { type: 'listItem', spread: false, children: blocksOf(node.content, context) },
  ],
  blockquote: (node, context) => [
    { type: 'blockquote', children: blocksOf(node.content, context) },
  ],
  codeBlock: (node) => {
    const language = node.attrs?.['language'];
    return [
      {
        type: 'code',
        lang: typeof language === 'string' && /^[\w+#.-]+$/u.test(language) ? language : null,
        value: richTextToPlainText(node),
      },
    ];
  },
  horizontalRule: () => [{ type: 'thematicBreak' }],
  table: richTable,
  tableRow: (node, context) => [rowOf(node, context)],
  tableHeader: (node, context) => [cellOf(node, context)],
  tableCell: (node, context) => [cellOf(node, context)],
};

function phrasingOfText(text: OutlineText): PhrasingContent[] {
  return text.flatMap((span): PhrasingContent[] => {
    const lines = span.text.split('\n');
    let children: PhrasingContent[] = lines.flatMap((line, index): PhrasingContent[] =>
      index === 0
        ? [{ type: 'text', value: line }]
        : [{ type: 'break' }, { type: 'text', value: line }],
    );
    if (span.strong === true) children = [{ type: 'strong', children }];
    if (span.href !== undefined) children = [{ type: 'link', url: span.href, children }];
    return children;
  });
}

function tableBlocks(table: OutlineTable): BlockContent[] {
  const rows: TableRow[] = [
    {
      type: 'tableRow',
      children: table.columns.map((column) => ({
        type: 'tableCell',
        children: [{ type: 'text', value: column.label }],
      })),
    },
    ...table.rows.map((row): TableRow => ({
      type: 'tableRow',
      // A GFM cell is one line, so a line break in a cell becomes one space.
      children: row.map((cell) => ({
        type: 'tableCell',
        children: phrasingOfText(
          cell.map((span) => ({ ...span, text: span.text.replace(/\s*\n\s*/gu, ' ') })),
        ),
      })),
    })),
  ];
  const blocks: BlockContent[] = [];
  if (table.caption !== undefined)
    blocks.push({
      type: 'paragraph',
      children: [{ type: 'emphasis', children: [{ type: 'text', value: table.caption }] }],
    });
  blocks.push({
    type: 'table',
    align: table.columns.map((column) => column.align),
    children: rows,
  });
  return blocks;
}

/** The one place a figure is written: the plot image, then its numbered caption. */
function figureBlocks(figure: OutlineFigure, context: OutlineContext): BlockContent[] {
  const caption: PhrasingContent[] = [
    {
      type: 'strong',
      children: [{ type: 'text', value: `Figure ${figure.number}: ${figure.title}` }],
    },
  ];
  if (figure.caption.trim() !== '')
    caption.push({ type: 'text', value: ` ${figure.caption.trim()}` });
  const image = context.figureImage(figure);
  if (image !== undefined)
    return [
      { type: 'paragraph', children: [{ type: 'image', url: image.url, alt: image.alt }] },
      { type: 'paragraph', children: caption },
    ];
  return [
    { type: 'paragraph', children: caption },
    ...figure.notes.map((note): BlockContent => ({
      type: 'paragraph',
      children: [{ type: 'emphasis', children: [{ type: 'text', value: note }] }],
    })),
  ];
}

const outlineRenderers: {
  readonly [Kind in OutlineBlock['kind']]: (
    block: Extract<OutlineBlock, { kind: Kind }>,
    context: OutlineContext,
  ) => BlockContent[];
} = {
  heading: (block) => [
    {
      type: 'heading',
      depth: markdownDepth(block.level),
      children: [{ type: 'text', value: block.text }],
    },
  ],
  paragraph: (block) => [{ type: 'paragraph', children: phrasingOfText(block.content) }],
  fields: (block) => [
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: block.fields.map((field): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'strong', children: [{ type: 'text', value: `${field.label}:` }] },
              { type: 'text', value: ' ' },
              ...phrasingOfText(field.value),
            ],
          },
        ],
      })),
    },
  ],
  richText: (block) => blocksOf(block.content.content, { level: block.level }),
  table: (block) => tableBlocks(block.table),
  list: (block, context) => [
    {
      type: 'list',
      ordered: block.ordered,
      spread: false,
      children: block.items.map((item): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          { type: 'paragraph', children: phrasingOfText(item.content) },
          ...item.blocks.flatMap((child) => renderOutlineBlock(child, context)),
        ],
      })),
    },
  ],
  codeBlock: (block) => [{ type: 'code', lang: block.language, value: block.text }],
  figure: (block, context) => figureBlocks(block.figure, context),
};

function renderOutlineBlock(block: OutlineBlock, context: OutlineContext): BlockContent[] {
  const render = outlineRenderers[block.kind] as (
    block: OutlineBlock,
    context: OutlineContext,
  ) => BlockContent[];
  return render(block, context);
}

/** What a Markdown body holds: a `#` title, then each section under a `##` heading. */
export interface MarkdownBodyOutline {
  title: string;
  sections: readonly { heading: string; blocks: readonly OutlineBlock[] }[];
}

/**
 * The outline as GitHub-flavoured Markdown, without front matter. `figureAddress` gives each
 * figure's image address, with the index of its plot in the report; undefined writes the figure as
 * its caption and notes, with no image.
 */
export function writeMarkdownBody(
  report: Report,
  outline: MarkdownBodyOutline,
  figureAddress: ((plotIndex: number, figure: OutlineFigure) => string) | undefined,
): string {
  const context: OutlineContext = {
    figureImage: (figure) => {
      if (figureAddress === undefined) return undefined;
      const plotIndex = report.results.plots.findIndex(
        (candidate) => candidate.id === figure.plotId,
      );
      const plot = report.results.plots[plotIndex];
      if (plot === undefined) return undefined;
      const resolved = resolvePlot(report, plot);
      return {
        url: figureAddress(plotIndex, figure),
        alt: sanitizeExportText(describePlotImage(resolved.plot, resolved.valueTexts)),
      };
    },
  };
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: outline.title }] },
      ...outline.sections.flatMap((section): BlockContent[] => [
        {
          type: 'heading',
          depth: markdownDepth(1),
          children: [{ type: 'text', value: section.heading }],
        },
        ...section.blocks.flatMap((block) => renderOutlineBlock(block, context)),
      ]),
    ],
  };
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    handlers: { root: rootWithPresentUnsafePatterns },
    bullet: '-',
    emphasis: '_',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
  });
}
