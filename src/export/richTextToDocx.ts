import {
  ExternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import {
  richTextToPlainText,
  safeLinkHref,
  type RichText,
  type RichTextMark,
  type RichTextMarkType,
  type RichTextNode,
  type RichTextNodeType,
} from '@/model/richText';
import { docxColumnWidths, textWidth } from './docxColumnWidths';
import { docxHeadingLevel } from './docxHeadingLevel';
import { estimateRowHeight, tableRowsKeptWithNext } from './docxTableRowsKept';
import { docxTextRuns as textRuns } from './docxTextRuns';
import { docxTheme } from './docxTheme';

type InlinePiece = TextRun | ExternalHyperlink;
type BlockPiece = Paragraph | Table;
type Piece = InlinePiece | BlockPiece;

interface ListItemNumbering {
  reference: 'bullet-list' | 'ordered-list';
  level: number;
  instance: number;
}

export interface DocxRichTextContext {
  /** The outline level that rich-text headings nest below: level 1 is Heading 1. */
  level: number;
  /** Shared by the whole document: each list gets its own numbering instance so it starts at 1. */
  lists: { nextInstance: number };
  listLevel: number;
  /** The item whose first paragraph still has to carry the number or bullet. */
  pendingItem?: { numbering: ListItemNumbering; used: boolean };
  indent?: number;
  style?: string;
  /** Inside a table row that must stay on the page of the row after it. */
  keepNext?: boolean;
  /**
   * Markers that open the field (its bookmark, comment ranges), written at the start of the first
   * paragraph and then emptied; shared by every nested context.
   */
  leading?: { children: ParagraphChild[] };
}

interface RunState {
  run: IRunOptions;
  link?: string;
}

type NodeRenderer = (node: RichTextNode, context: DocxRichTextContext) => Piece[];
type MarkRenderer = (state: RunState, mark: RichTextMark) => RunState;

function isBlockPiece(piece: Piece): piece is BlockPiece {
  return piece instanceof Paragraph || piece instanceof Table;
}

const markRenderers: { readonly [Type in RichTextMarkType]: MarkRenderer } = {
  bold: (state) => ({ ...state, run: { ...state.run, bold: true } }),
  italic: (state) => ({ ...state, run: { ...state.run, italics: true } }),
  underline: (state) => ({ ...state, run: { ...state.run, underline: {} } }),
  strike: (state) => ({ ...state, run: { ...state.run, strike: true } }),
  code: (state) => ({
    ...state,
    run: {
      ...state.run,
      font: docxTheme.fonts.code,
      size: 20,
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: docxTheme.colors.codeFill },
    },
  }),
  link: (state, mark) => {
    // Only http, https, mailto and DOIs become hyperlinks; Word would follow a javascript: target.
    const href = safeLinkHref(mark.attrs?.['href']);
    return href === undefined ? state : { link: href, run: { ...state.run, style: 'Hyperlink' } };
  },
};

function inlineOf(
  nodes: readonly RichTextNode[] | undefined,
  context: DocxRichTextContext,
): InlinePiece[] {
  return (nodes ?? []).flatMap((node) =>
    nodeRenderers[node.type](node, context).flatMap((piece) =>
      isBlockPiece(piece) ? textRuns(richTextToPlainText(node), {}) : [piece],
    ),
  );
}

function withLeading(
  context: DocxRichTextContext,
  children: readonly ParagraphChild[] | undefined,
): readonly ParagraphChild[] | undefined {
  const leading = context.leading;
  if (leading === undefined || leading.children.length === 0) return children;
  const opened = [...leading.children, ...(children ?? [])];
  leading.children = [];
  return opened;
}

function paragraphOptions(
  context: DocxRichTextContext,
  unmarkedOptions: IParagraphOptions,
): IParagraphOptions {
  const children = withLeading(context, unmarkedOptions.children);
  const options = children === undefined ? unmarkedOptions : { ...unmarkedOptions, children };
  const pending = context.pendingItem;
  if (pending !== undefined && !pending.used) {
    pending.used = true;
    return { ...options, numbering: pending.numbering };
  }
  const styled = context.style === undefined ? options : { style: context.style, ...options };
  const withStyle = context.keepNext === true ? { ...styled, keepNext: true } : styled;
  return context.indent === undefined
    ? withStyle
    : { ...withStyle, indent: { left: context.indent } };
}

/** Blocks of a container; stray inline nodes are gathered into paragraphs so Word gets a valid body. */
function blocksOf(
  nodes: readonly RichTextNode[] | undefined,
  context: DocxRichTextContext,
): BlockPiece[] {
  const blocks: BlockPiece[] = [];
  let inline: InlinePiece[] = [];
  const flushInline = () => {
    if (inline.length > 0)
      blocks.push(new Paragraph(paragraphOptions(context, { children: inline })));
    inline = [];
  };
  for (const node of nodes ?? []) {
    for (const piece of nodeRenderers[node.type](node, context)) {
      if (isBlockPiece(piece)) {
        flushInline();
        blocks.push(piece);
      } else {
        inline.push(piece);
      }
    }
  }
  flushInline();
  return blocks;
}

function listOf(reference: ListItemNumbering['reference']): NodeRenderer {
  return (node, context) => {
    const instance = context.lists.nextInstance;
    context.lists.nextInstance += 1;
    const level = Math.min(8, context.listLevel + 1);
    return (node.content ?? []).flatMap((item) => {
      const itemContext: DocxRichTextContext = {
        ...context,
        listLevel: level,
        pendingItem: { numbering: { reference, level, instance }, used: false },
        indent: 360 * (level + 1),
      };
      const children = item.type === 'listItem' ? item.content : [item];
      const blocks = blocksOf(children, itemContext);
      return blocks.length > 0 ? blocks : [new Paragraph(paragraphOptions(itemContext, {}))];
    });
  };
}

const richCellMargins = { top: 40, bottom: 40, left: 100, right: 100 } as const;

// Word tables hold at most 63 columns; a larger span from an imported file would only cost memory.
const maximumColumnSpan = 63;

function spanOf(value: unknown, maximum: number): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 1) return undefined;
  return Math.min(value, maximum);
}

function cellOf(
  node: RichTextNode,
  context: DocxRichTextContext,
  isHeader: boolean,
  rowsLeft: number,
  keepNext: boolean,
): TableCell {
  const cellContext: DocxRichTextContext = {
    level: context.level,
    lists: context.lists,
    listLevel: -1,
    style: isHeader ? 'TableHeaderText' : 'TableText',
    keepNext,
  };
  const children = blocksOf(node.content, cellContext);
  const columnSpan = spanOf(node.attrs?.['colspan'], maximumColumnSpan);
  const rowSpan = spanOf(node.attrs?.['rowspan'], rowsLeft);
  return new TableCell({
    // Word refuses a cell without a paragraph.
    children: children.length > 0 ? children : [new Paragraph({ style: 'TableText', keepNext })],
    margins: richCellMargins,
    ...(isHeader
      ? {
          shading: {
            type: ShadingType.CLEAR,
            color: 'auto',
            fill: docxTheme.colors.tableHeaderFill,
          },
        }
      : {}),
    ...(columnSpan === undefined ? {} : { columnSpan }),
    ...(rowSpan === undefined ? {} : { rowSpan }),
  });
}

/**
 * Each column's texts, row by row, to size the columns by: a cell spanning columns counts for
 * none of them, and the widest row gives the number of columns.
 */
function columnTexts(rowNodes: readonly RichTextNode[]): string[][] {
  const columns: string[][] = [];
  for (const row of rowNodes) {
    let column = 0;
    for (const cell of row.content ?? []) {
      if (cell.type !== 'tableCell' && cell.type !== 'tableHeader') continue;
      const span = spanOf(cell.attrs?.['colspan'], maximumColumnSpan) ?? 1;
      while (columns.length < column + span) columns.push([]);
      if (span === 1) columns[column]?.push(richTextToPlainText(cell));
      column += span;
    }
  }
  return columns;
}

function cellsOf(row: RichTextNode): RichTextNode[] {
  return (row.content ?? []).filter(
    (cell) => cell.type === 'tableCell' || cell.type === 'tableHeader',
  );
}

function isHeaderRow(row: RichTextNode): boolean {
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader');
}

/** About how tall a row is laid out in columns of these widths, each cell as wide as its span. */
function rowHeight(row: RichTextNode, widths: readonly number[]): number {
  let column = 0;
  const cells = cellsOf(row).map((cell) => {
    const span = spanOf(cell.attrs?.['colspan'], maximumColumnSpan) ?? 1;
    const width = widths.slice(column, column + span).reduce((total, each) => total + each, 0);
    column += span;
    return {
      text: richTextToPlainText(cell),
      width: width - richCellMargins.left - richCellMargins.right,
    };
  });
  return estimateRowHeight(
    cells,
    docxTheme.tableTextSize,
    richCellMargins.top + richCellMargins.bottom,
  );
}

function rowOf(
  node: RichTextNode,
  context: DocxRichTextContext,
  rowsLeft: number,
  keepNext: boolean,
): TableRow | undefined {
  const cells = cellsOf(node);
  if (cells.length === 0) return undefined;
  const isHeader = isHeaderRow(node);
  return new TableRow({
    children: cells.map((cell) =>
      cellOf(cell, context, cell.type === 'tableHeader', rowsLeft, keepNext),
    ),
    ...(isHeader ? { tableHeader: true } : {}),
    cantSplit: true,
  });
}

const nodeRenderers: { readonly [Type in RichTextNodeType]: NodeRenderer } = {
  doc: (node, context) => blocksOf(node.content, context),
  paragraph: (node, context) => [
    new Paragraph(paragraphOptions(context, { children: inlineOf(node.content, context) })),
  ],
  heading: (node, context) => {
    const level = node.attrs?.['level'];
    const depth = typeof level === 'number' && Number.isInteger(level) && level >= 1 ? level : 1;
    return [
      new Paragraph({
        heading: docxHeadingLevel(context.level + depth),
        children: [...(withLeading(context, inlineOf(node.content, context)) ?? [])],
      }),
    ];
  },
  text: (node) => {
    const state = (node.marks ?? []).reduce<RunState>(
      (current, mark) => markRenderers[mark.type](current, mark),
      {
        run: {},
      },
    );
    const runs = textRuns(node.text ?? '', state.run);
    return state.link === undefined
      ? runs
      : [new ExternalHyperlink({ link: state.link, children: runs })];
  },
  hardBreak: () => [new TextRun({ break: 1 })],
  bulletList: listOf('bullet-list'),
  orderedList: listOf('ordered-list'),
  listItem: (node, context) => blocksOf(node.content, context),
  blockquote: (node, context) => blocksOf(node.content, { ...context, style: 'Quote' }),
  codeBlock: (node, context) => [
    new Paragraph({
      style: 'SourceCode',
      children: [...(withLeading(context, textRuns(richTextToPlainText(node), {})) ?? [])],
    }),
  ],
  horizontalRule: () => [new Paragraph({ thematicBreak: true })],
  table: (node, context) => {
    const rowNodes = (node.content ?? []).filter(
      (row) => row.type === 'tableRow' && cellsOf(row).length > 0,
    );
    const widths = docxColumnWidths(columnTexts(rowNodes), docxTheme.tableTextSize);
    const headerRows = rowNodes.findIndex((row) => !isHeaderRow(row));
    const headerCount = headerRows === -1 ? rowNodes.length : headerRows;
    const keptWithNext = [
      ...rowNodes.slice(0, headerCount).map(() => true),
      ...tableRowsKeptWithNext(
        rowNodes.slice(0, headerCount).reduce((total, row) => total + rowHeight(row, widths), 0),
        rowNodes.slice(headerCount).map((row) => rowHeight(row, widths)),
      ),
    ];
    const rows = rowNodes.flatMap((row, index) => {
      const tableRow = rowOf(row, context, rowNodes.length - index, keptWithNext[index] ?? false);
      return tableRow === undefined ? [] : [tableRow];
    });
    if (rows.length === 0) return [];
    return [
      new Table({
        rows,
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: docxTheme.tableBorders,
      }),
      new Paragraph({}),
    ];
  },
  tableRow: (node, context) => blocksOf(node.content, context),
  tableHeader: (node, context) => blocksOf(node.content, context),
  tableCell: (node, context) => blocksOf(node.content, context),
};

/** Word paragraphs and tables for a rich-text field, through one renderer per node and mark type. */
export function richTextToDocx(richText: RichText, context: DocxRichTextContext): BlockPiece[] {
  return blocksOf(richText.content, context);
}
