import './configureZod';
import { z } from 'zod';
import { describeInput } from './describeInput';

/** Every node type the editor, the preview and the exporters understand (Tiptap JSON names). */
export const richTextNodeTypes = [
  'doc',
  'paragraph',
  'heading',
  'text',
  'hardBreak',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'horizontalRule',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const;
export type RichTextNodeType = (typeof richTextNodeTypes)[number];

export const richTextMarkTypes = ['bold', 'italic', 'underline', 'strike', 'code', 'link'] as const;
export type RichTextMarkType = (typeof richTextMarkTypes)[number];

export const safeLinkProtocols = ['http:', 'https:', 'mailto:'] as const;

/** HTML's limit on a cell's colspan, which browsers apply too. */
export const maximumColumnSpan = 1000;
/**
 * The whole numbers the editor's nodes take, as [minimum, maximum]: HTML's own limits for headings
 * and spans, and CommonMark's nine digits for a list's first number.
 */
export const richTextAttributeRanges = {
  level: [1, 6],
  start: [-999_999_999, 999_999_999],
  colspan: [1, maximumColumnSpan],
  rowspan: [1, 65_534],
} as const satisfies Record<string, readonly [number, number]>;
/** Columns times rows of one table; the editor builds a map of that many entries when it draws it. */
export const maximumTableGridCells = 100_000;

const attributeValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.number()),
]);

function wholeNumberBetween(minimum: number, maximum: number) {
  const expected = `expected a whole number from ${minimum.toLocaleString('en')} to ${maximum.toLocaleString('en')}`;
  const error = (issue: { input?: unknown }) => `${expected}, got ${describeInput(issue.input)}`;
  // multipleOf rather than int: the import dialog words a wrong type itself and would drop the range.
  return z.number().multipleOf(1, { error }).min(minimum, { error }).max(maximum, { error });
}

/**
 * The numeric attributes of the editor's nodes (richTextExtensions), within HTML's own limits. The
 * editor loops over a cell's columns when it draws a table, so a colspan of 100,000,000 hung the tab.
 */
const nodeAttributesSchema = z
  .object({
    level: wholeNumberBetween(...richTextAttributeRanges.level).optional(),
    start: wholeNumberBetween(...richTextAttributeRanges.start).optional(),
    colspan: wholeNumberBetween(...richTextAttributeRanges.colspan).optional(),
    rowspan: wholeNumberBetween(...richTextAttributeRanges.rowspan).optional(),
    // Pixel widths of the columns a cell spans, written by Tiptap's column resizing.
    colwidth: z.array(z.number().min(0).max(100_000)).max(maximumColumnSpan).nullable().optional(),
  })
  .catchall(attributeValueSchema);

/**
 * The grid a table spans as the editor lays it out (prosemirror-tables' TableMap): a row is as wide
 * as its cells' colspans plus the cells of rows above that reach into it.
 */
function tableGridSize(table: RichTextNode): { columns: number; rows: number } {
  const rows = table.content ?? [];
  const carried = Array.from<number>({ length: rows.length + 1 }).fill(0);
  let reaching = 0;
  let columns = 0;
  rows.forEach((row, rowIndex) => {
    reaching += carried[rowIndex] ?? 0;
    let width = reaching;
    for (const cell of row.content ?? []) {
      const colspan = spanOf(cell.attrs?.['colspan'], maximumColumnSpan);
      width += colspan;
      const rowspan = spanOf(cell.attrs?.['rowspan'], rows.length);
      if (rowspan > 1) {
        carried[rowIndex + 1] = (carried[rowIndex + 1] ?? 0) + colspan;
        const last = Math.min(rowIndex + rowspan, rows.length);
        carried[last] = (carried[last] ?? 0) - colspan;
      }
    }
    columns = Math.max(columns, width);
  });
  return { columns, rows: rows.length };
}

/** A span as the editor would take it, at most its limit (a span over it is refused on its own). */
function spanOf(value: unknown, maximum: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 1
    ? Math.min(value, maximum)
    : 1;
}

const richTextMarkSchema = z.object({
  type: z.enum(richTextMarkTypes),
  attrs: z.record(z.string(), attributeValueSchema).optional(),
});
export type RichTextMark = z.infer<typeof richTextMarkSchema>;

export interface RichTextNode {
  type: RichTextNodeType;
  attrs?: Record<string, string | number | boolean | null | number[] | undefined> | undefined;
  content?: RichTextNode[] | undefined;
  text?: string | undefined;
  marks?: RichTextMark[] | undefined;
}

export const richTextNodeSchema: z.ZodType<RichTextNode> = z
  .lazy(() =>
    z
      .object({
        type: z.enum(richTextNodeTypes),
        attrs: nodeAttributesSchema.optional(),
        content: z.array(richTextNodeSchema).optional(),
        text: z.string().optional(),
        marks: z.array(richTextMarkSchema).optional(),
      })
      .superRefine((node, context) => {
        if (node.type !== 'table') return;
        const { columns, rows } = tableGridSize(node);
        if (columns * rows > maximumTableGridCells) {
          context.addIssue({
            code: 'custom',
            path: ['content'],
            message: `the table spans ${columns.toLocaleString('en')} columns by ${rows.toLocaleString('en')} rows, more than the ${maximumTableGridCells.toLocaleString('en')} cells a table may span`,
            input: node.content,
          });
        }
      }),
  )
  .meta({ id: 'RichTextNode' });

/** A rich-text field: a Tiptap `doc` node. */
export const richTextSchema = z
  .object({
    type: z.literal('doc'),
    content: z.array(richTextNodeSchema).optional(),
  })
  .meta({ id: 'RichText' });
export type RichText = z.infer<typeof richTextSchema>;

export function createEmptyRichText(): RichText {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function textNode(text: string, marks?: RichTextMark[]): RichTextNode {
  return marks === undefined ? { type: 'text', text } : { type: 'text', text, marks };
}

/** Paragraphs of plain text as rich text; used by starter content and importers. */
export function richTextFromParagraphs(...paragraphs: string[]): RichText {
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) =>
      paragraph === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [textNode(paragraph)] },
    ),
  };
}

export function richTextFromBlocks(...blocks: RichTextNode[]): RichText {
  return { type: 'doc', content: blocks };
}

/** Rich text is never changed in place, so its text is kept by node: checks read it many times. */
const plainTextByNode = new WeakMap<RichText | RichTextNode, string>();

export function richTextToPlainText(node: RichText | RichTextNode): string {
  if (node.type === 'text') return 'text' in node ? (node.text ?? '') : '';
  if (node.type === 'hardBreak') return '\n';
  const known = plainTextByNode.get(node);
  if (known !== undefined) return known;
  const children = node.content ?? [];
  const isBlockContainer = children.some(
    (child) => child.type !== 'text' && child.type !== 'hardBreak',
  );
  const text = children
    .map((child) => richTextToPlainText(child))
    .join(isBlockContainer ? '\n' : '');
  plainTextByNode.set(node, text);
  return text;
}

export function isRichTextEmpty(richText: RichText): boolean {
  return richTextToPlainText(richText).trim() === '';
}

export function countRichTextWords(richText: RichText): number {
  const text = richTextToPlainText(richText).trim();
  return text === '' ? 0 : text.split(/\s+/u).length;
}

export function isSafeLink(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  try {
    const url = new URL(href.trim());
    return (safeLinkProtocols as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}

const doiPrefix = /^doi:\s*/iu;
const doiPattern = /^10\.\d{4,9}\/\S+$/u;

/**
 * The address a typed link points to, or undefined when it is not one we link: http, https and
 * mailto as typed; a DOI, bare or as `doi:10.…`, as its https://doi.org/ address.
 */
export function safeLinkHref(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  const doi = trimmed.replace(doiPrefix, '');
  if (doiPattern.test(doi)) {
    try {
      // A DOI may hold characters that end a URL's path (# and ?); doi.org expects them encoded.
      return `https://doi.org/${encodeURI(doi).replace(/[#?]/gu, encodeURIComponent)}`;
    } catch {
      // encodeURI throws on a lone surrogate.
      return undefined;
    }
  }
  return doi === trimmed && isSafeLink(trimmed) ? trimmed : undefined;
}

function sanitizeMarks(marks: RichTextMark[] | undefined): RichTextMark[] | undefined {
  if (marks === undefined) return undefined;
  const kept: RichTextMark[] = [];
  for (const mark of marks) {
    if (mark.type === 'link') {
      const href = safeLinkHref(mark.attrs?.['href']);
      if (href !== undefined) kept.push({ type: 'link', attrs: { href } });
    } else {
      kept.push({ type: mark.type });
    }
  }
  return kept.length > 0 ? kept : undefined;
}

/** ProseMirror refuses a text node without text, and the editor then shows the whole field empty. */
function isEmptyTextNode(node: RichTextNode): boolean {
  return node.type === 'text' && (node.text === undefined || node.text === '');
}

/**
 * Returns a new tree in which links that are not http, https, mailto or a DOI lose their link mark
 * and stay as plain text, DOIs point to https://doi.org, marks keep only the attributes we export,
 * and text nodes without text are dropped (a node left with no content loses its `content`, as the
 * editor writes it).
 */
export function sanitizeRichText<T extends RichText | RichTextNode>(node: T): T {
  const copy: RichTextNode = { type: node.type };
  if ('attrs' in node && node.attrs !== undefined) copy.attrs = { ...node.attrs };
  if ('text' in node && node.text !== undefined) copy.text = node.text;
  const marks = sanitizeMarks('marks' in node ? node.marks : undefined);
  if (marks !== undefined) copy.marks = marks;
  if (node.content !== undefined) {
    const children = node.content.filter((child) => !isEmptyTextNode(child));
    if (children.length > 0 || node.content.length === 0)
      copy.content = children.map((child) => sanitizeRichText(child));
  }
  return copy as T;
}
