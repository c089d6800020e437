// @vitest-environment happy-dom
import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import type { RichText, RichTextNode } from '@/model/richText';
import { readEditableRichText } from '@/features/richText/readEditableRichText';
import { RichTextView } from '@/features/richText/RichTextView';
import { richTextExtensions } from '@/features/richText/richTextExtensions';

const headingDepth = 2;

function render(value: RichText): HTMLDivElement {
  const root = document.createElement('div');
  root.innerHTML = renderToStaticMarkup(<RichTextView value={value} sectionDepth={headingDepth} />);
  return root;
}

/** Adjacent texts with the same marks are one text node, as in ProseMirror. */
function joinTexts(nodes: RichTextNode[]): RichTextNode[] {
  return nodes.reduce<RichTextNode[]>((joined, node) => {
    const last = joined.at(-1);
    if (
      last?.type === 'text' &&
      node.type === 'text' &&
      JSON.stringify(last.marks) === JSON.stringify(node.marks)
    )
      return [...joined.slice(0, -1), { ...last, text: `${last.text ?? ''}${node.text ?? ''}` }];
    return [...joined, node];
  }, []);
}

/** The attributes RichTextView shows; the others only survive through unchanged blocks. */
function withShownAttributes(node: RichTextNode): RichTextNode {
  const copy: RichTextNode = { type: node.type };
  if (node.type === 'heading') copy.attrs = { level: node.attrs?.['level'] ?? 1 };
  if (node.type === 'orderedList' && typeof node.attrs?.['start'] === 'number')
    copy.attrs = { start: node.attrs['start'] };
  if (node.text !== undefined) copy.text = node.text;
  if (node.marks !== undefined) copy.marks = node.marks;
  if (node.content !== undefined && node.content.length > 0)
    copy.content = joinTexts(node.content.map(withShownAttributes));
  return copy;
}

function richTextValues(value: unknown): RichText[] {
  if (typeof value !== 'object' || value === null) return [];
  if ((value as { type?: unknown }).type === 'doc') return [value as RichText];
  return Object.values(value).flatMap(richTextValues);
}

function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    found.push(node as Text);
  return found;
}

const schema = getSchema(richTextExtensions);
const example = createExampleReport();
const text = (value: string, ...marks: RichTextNode['marks'] & object): RichTextNode =>
  marks.length === 0 ? { type: 'text', text: value } : { type: 'text', text: value, marks };
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const everyBlock: RichText = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Setup')] },
    paragraph(
      text('Bold link', { type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org' } }),
      { type: 'hardBreak' },
      text('code', { type: 'code' }),
      text(' and '),
      text('struck', { type: 'strike' }, { type: 'italic' }, { type: 'underline' }),
    ),
    { type: 'paragraph' },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph(text('One'))] },
        {
          type: 'listItem',
          content: [
            paragraph(text('Two')),
            {
              type: 'orderedList',
              attrs: { start: 3 },
              content: [{ type: 'listItem', content: [paragraph(text('Nested'))] }],
            },
          ],
        },
      ],
    },
    { type: 'blockquote', content: [paragraph(text('Quoted'))] },
    { type: 'codeBlock', content: [text('x = 1\ny = 2')] },
    { type: 'horizontalRule' },
    { type: 'heading', attrs: { level: 3 }, content: [text('End')] },
  ],
};
const documents = [
  everyBlock,
  ...richTextValues(example).filter((value) => (value.content ?? []).length > 0),
];

describe('readEditableRichText', () => {
  it('reads back every rich-text field of the example as RichTextView shows it', () => {
    expect(documents.length).toBeGreaterThan(10);
    for (const value of documents) {
      const { content } = readEditableRichText(render(value), [], new Map(), headingDepth);
      expect(content).toEqual(withShownAttributes(value as RichTextNode));
    }
  });

  it('places every caret where ProseMirror would', () => {
    const parser = ProseMirrorParser.fromSchema(schema);
    for (const value of documents) {
      const root = render(value);
      const points = textNodes(root).flatMap((node) =>
        [0, Math.floor(node.data.length / 2), node.data.length].map((offset) => ({
          node: node as Node,
          offset,
        })),
      );
      const expected = points.map((point) => ({ ...point, pos: 0 }));
      parser.parse(root, { findPositions: expected });
      const { positions } = readEditableRichText(root, points, new Map(), headingDepth);
      expect(positions).toEqual(expected.map((point) => point.pos));
    }
  });

  it('keeps the stored node of each block it is told is unchanged, and reads the others', () => {
    const value: RichText = {
      type: 'doc',
      content: [
        {
          type: 'codeBlock',
          attrs: { language: 'python' },
          content: [{ type: 'text', text: 'x = 1' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Edited' }] },
      ],
    };
    const root = render(value);
    const [code, paragraph] = [...root.children];
    if (code === undefined || paragraph === undefined) throw new Error('two blocks rendered');
    paragraph.append(' text');
    const stored = new Map<Node, RichTextNode>([[code, value.content?.[0] as RichTextNode]]);
    const { content } = readEditableRichText(root, [], stored, headingDepth);
    expect(content.content).toEqual([
      value.content?.[0],
      { type: 'paragraph', content: [{ type: 'text', text: 'Edited text' }] },
    ]);
  });

  it('reads what typing in a bare contenteditable leaves: divs, line breaks, b and i', () => {
    const root = document.createElement('div');
    root.innerHTML =
      'First<div>Second <b>bold</b><br>line</div><div><br></div><p>Third<br></p><ul><li>Item</li></ul>';
    const last = root.querySelector('li')?.firstChild as Node;
    const { content, positions } = readEditableRichText(
      root,
      [{ node: last, offset: 4 }],
      new Map(),
      headingDepth,
    );
    expect(content.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Second ' },
          { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'line' },
        ],
      },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Third' }] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }],
          },
        ],
      },
    ]);
    // 7 + 18 + 2 + 7, then the list, its item and paragraph open, then "Item".
    expect(positions).toEqual([34 + 3 + 4]);
  });
});
