import { isRecord } from '../isRecord';
import type { RichText, RichTextNode } from '../richText';
import { wellFormedText } from './wellFormedText';

export type RichTextAttributeValue = string | number | boolean | number[] | null;
export type RichTextAttributes = Record<string, RichTextAttributeValue>;

/** A mark as a fragment holds it: Yjs keeps one formatting value per mark name. */
export interface CanonicalMark {
  type: string;
  attrs?: Record<string, string>;
}

/** A node as readRichTextFromFragment gives it; written by writeRichTextChildren. */
export interface CanonicalNode {
  type: string;
  attrs?: RichTextAttributes;
  content?: CanonicalNode[];
  text?: string;
  marks?: CanonicalMark[];
}

export interface CanonicalRichText {
  type: 'doc';
  content: CanonicalNode[];
}

/**
 * The attribute defaults of the editor's node types (richTextExtensions: StarterKit and
 * TableKit), which a ProseMirror schema fills in: y-prosemirror writes no null attribute, so a
 * node read back gets them from here, as the editor would store it. A test holds this table to
 * the editor's schema.
 */
export const richTextNodeAttributeDefaults: Readonly<Record<string, Readonly<RichTextAttributes>>> =
  {
    codeBlock: { language: null },
    heading: { level: 1 },
    orderedList: { start: 1, type: null },
    tableCell: { colspan: 1, rowspan: 1, colwidth: null, align: null },
    tableHeader: { colspan: 1, rowspan: 1, colwidth: null, align: null },
  };

/**
 * The editor schema's order of marks, in which ProseMirror (and so the store) lists a text's
 * marks; Yjs keeps formatting in no fixed order, so marks are sorted into this one.
 */
export const richTextMarkOrder: readonly string[] = [
  'link',
  'bold',
  'code',
  'italic',
  'strike',
  'underline',
];

function markRank(type: string): number {
  const rank = richTextMarkOrder.indexOf(type);
  return rank === -1 ? richTextMarkOrder.length : rank;
}

/** Node attributes as read back: nulls dropped as y-prosemirror drops them, defaults filled. */
export function canonicalAttributes(
  nodeType: string,
  attributes: Readonly<Record<string, unknown>> | undefined,
): RichTextAttributes | undefined {
  const merged: RichTextAttributes = {
    ...richTextNodeAttributeDefaults[nodeType],
  };
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'string') merged[key] = wellFormedText(value);
    else if (typeof value === 'number' || typeof value === 'boolean') merged[key] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'number'))
      merged[key] = value as number[];
  }
  const keys = Object.keys(merged).sort();
  if (keys.length === 0) return undefined;
  const sorted: RichTextAttributes = {};
  for (const key of keys) sorted[key] = merged[key] ?? null;
  return sorted;
}

/**
 * Marks as the store keeps them (sanitizeRichText: a link keeps its href, other marks no
 * attributes), one per type, in the schema's order.
 */
export function canonicalMarks(
  marks: readonly { type: string; attrs?: Readonly<Record<string, unknown>> | undefined }[],
): CanonicalMark[] | undefined {
  const byType = new Map<string, CanonicalMark>();
  for (const mark of marks) {
    const href = mark.attrs?.['href'];
    byType.set(
      mark.type,
      mark.type === 'link' && typeof href === 'string'
        ? { type: mark.type, attrs: { href: wellFormedText(href) } }
        : { type: mark.type },
    );
  }
  if (byType.size === 0) return undefined;
  return [...byType.values()].sort(
    (left, right) =>
      markRank(left.type) - markRank(right.type) || left.type.localeCompare(right.type),
  );
}

export function sameMarks(
  left: readonly CanonicalMark[] | undefined,
  right: readonly CanonicalMark[] | undefined,
): boolean {
  const leftMarks = left ?? [];
  const rightMarks = right ?? [];
  return (
    leftMarks.length === rightMarks.length &&
    leftMarks.every((mark, index) => {
      const other = rightMarks[index];
      return other?.type === mark.type && other.attrs?.['href'] === mark.attrs?.['href'];
    })
  );
}

export function canonicalTextNode(text: string, marks: CanonicalMark[] | undefined): CanonicalNode {
  return marks === undefined ? { type: 'text', text } : { type: 'text', text, marks };
}

export function canonicalElementNode(
  type: string,
  attrs: RichTextAttributes | undefined,
  content: CanonicalNode[],
): CanonicalNode {
  const node: CanonicalNode = { type };
  if (attrs !== undefined) node.attrs = attrs;
  if (content.length > 0) node.content = content;
  return node;
}

/** Appends a text node, joined to the one before when their marks are the same (as Yjs does). */
export function appendText(
  nodes: CanonicalNode[],
  text: string,
  marks: CanonicalMark[] | undefined,
): void {
  if (text === '') return;
  const last = nodes.at(-1);
  if (last?.type === 'text' && sameMarks(last.marks, marks))
    last.text = `${last.text ?? ''}${text}`;
  else nodes.push(canonicalTextNode(text, marks));
}

function canonicalNodes(nodes: readonly RichTextNode[]): CanonicalNode[] {
  const canonical: CanonicalNode[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    if (node.type === 'text') {
      appendText(canonical, wellFormedText(node.text ?? ''), canonicalMarks(node.marks ?? []));
    } else {
      canonical.push(
        canonicalElementNode(
          node.type,
          canonicalAttributes(node.type, node.attrs),
          canonicalNodes(node.content ?? []),
        ),
      );
    }
  }
  return canonical;
}

/**
 * The rich text as a fragment holding it reads back (y-prosemirror's form, as the editor stores
 * it): attribute defaults filled and nulls kept only where a default is null, marks as the store
 * keeps them, adjacent texts with the same marks joined, empty texts and empty content dropped,
 * and marks on nodes other than text dropped (y-prosemirror keeps none there).
 */
export function canonicalRichText(
  richText: RichText | { type: 'doc'; content?: RichTextNode[] },
): CanonicalRichText {
  return { type: 'doc', content: canonicalNodes(richText.content ?? []) };
}
