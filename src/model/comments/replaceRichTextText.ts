import type { RichText, RichTextNode } from '../richText';

interface TextPlace {
  /** Child indexes from the doc down to the text node. */
  indexes: readonly number[];
  start: number;
  text: string;
}

const textBlocks: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock']);

/** The field's text as a Word file shows it (a line per paragraph), and where each text node sits in it. */
function flatten(richText: RichText): { text: string; places: TextPlace[] } {
  let text = '';
  const places: TextPlace[] = [];
  const visit = (node: RichTextNode, indexes: readonly number[]): void => {
    if (node.type === 'text') {
      places.push({ indexes, start: text.length, text: node.text ?? '' });
      text += node.text ?? '';
      return;
    }
    if (node.type === 'hardBreak') {
      text += '\n';
      return;
    }
    (node.content ?? []).forEach((child, index) => visit(child, [...indexes, index]));
    if (textBlocks.has(node.type)) text += '\n';
  };
  (richText.content ?? []).forEach((child, index) => visit(child, [index]));
  return { text: text.replace(/\n+$/u, ''), places };
}

function withText(node: RichTextNode, indexes: readonly number[], text: string): RichTextNode {
  const [first, ...rest] = indexes;
  if (first === undefined) return { ...node, text };
  const content = [...(node.content ?? [])];
  const child = content[first];
  if (child === undefined) return node;
  content[first] = withText(child, rest, text);
  return { ...node, content };
}

/**
 * The rich text with a reviewer's edit made in place, its formatting kept: `before` must be the
 * field's text as it is now, and the edit (`before` → `after`, compared from both ends) must fall
 * within one run of text. Undefined when it does not: the field changed, or the edit crosses
 * formatting or paragraphs, and is then left to the author.
 */
export function replaceRichTextText(
  richText: RichText,
  before: string,
  after: string,
): RichText | undefined {
  const { text, places } = flatten(richText);
  if (text !== before) return undefined;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix])
    prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix += 1;
  const removedEnd = before.length - suffix;
  const inserted = after.slice(prefix, after.length - suffix);
  const place = places.find(
    (candidate) =>
      candidate.start <= prefix && removedEnd <= candidate.start + candidate.text.length,
  );
  if (place === undefined) return undefined;
  const changed =
    place.text.slice(0, prefix - place.start) +
    inserted +
    place.text.slice(removedEnd - place.start);
  if (changed === '') return undefined;
  const [first, ...rest] = place.indexes;
  const content = [...(richText.content ?? [])];
  const child = first === undefined ? undefined : content[first];
  if (first === undefined || child === undefined) return undefined;
  content[first] = withText(child, rest, changed);
  return { ...richText, content };
}
