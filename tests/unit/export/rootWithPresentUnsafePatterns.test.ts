import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { rootWithPresentUnsafePatterns } from '@/export/rootWithPresentUnsafePatterns';

const markdownCharacters = [
  ...'\\`*_{}[]()#+-.!|<>&"\'~=:$%^?/,;@',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '1',
  '1.',
  '1)',
  'a',
  'é',
  '😀',
  'http://x.y',
  '&amp;',
  '&#1;',
  '\u0000',
  '\u001F',
  '\u007F',
];
const awkwardText = fc.string({ unit: fc.constantFrom(...markdownCharacters), maxLength: 12 });

const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    awkwardText.map((value): PhrasingContent => ({ type: 'text', value })),
    fc.constant<PhrasingContent>({ type: 'break' }),
    awkwardText.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
    fc
      .tuple(
        fc.constantFrom('strong', 'emphasis', 'delete'),
        fc.array(tie('node'), { maxLength: 3 }),
      )
      .map(([type, children]): PhrasingContent => ({ type, children })),
    fc
      .tuple(fc.array(tie('node'), { maxLength: 3 }), awkwardText, fc.option(awkwardText))
      .map(([children, url, title]): PhrasingContent => ({ type: 'link', url, title, children })),
    fc
      .tuple(awkwardText, awkwardText, fc.option(awkwardText))
      .map(([alt, url, title]): PhrasingContent => ({ type: 'image', alt, url, title })),
    // A link whose text is its address is written as an autolink, which escapes differently.
    awkwardText.map((text): PhrasingContent => {
      const url = `https://${text}`;
      return { type: 'link', url, children: [{ type: 'text', value: url }] };
    }),
  ),
})).node;

const children = fc.array(phrasing, { maxLength: 4 });
const block: fc.Arbitrary<RootContent> = fc.oneof(
  children.map((content): RootContent => ({ type: 'paragraph', children: content })),
  children.map((content): RootContent => ({ type: 'heading', depth: 2, children: content })),
  children.map((content): RootContent => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: [
      { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: content }] },
    ],
  })),
  fc
    .tuple(awkwardText, fc.option(awkwardText))
    .map(([value, lang]): RootContent => ({ type: 'code', lang, value })),
  children.map((content): RootContent => ({
    type: 'blockquote',
    children: [{ type: 'paragraph', children: content }],
  })),
  fc.tuple(children, children).map(([first, second]): RootContent => ({
    type: 'table',
    align: [null, null],
    children: [
      {
        type: 'tableRow',
        children: [
          { type: 'tableCell', children: first },
          { type: 'tableCell', children: second },
        ],
      },
      {
        type: 'tableRow',
        children: [
          { type: 'tableCell', children: second },
          { type: 'tableCell', children: first },
        ],
      },
    ],
  })),
);

const options: Options = {
  extensions: [gfmToMarkdown({ tablePipeAlign: false })],
  bullet: '-',
  emphasis: '_',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
};

const examples: readonly { name: string; children: PhrasingContent[] }[] = [
  { name: 'a backslash before punctuation', children: [{ type: 'text', value: 'a\\, b\\' }] },
  {
    name: 'a backslash before emphasis',
    children: [
      { type: 'text', value: 'a\\' },
      { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
    ],
  },
  { name: 'a line ending next to a space', children: [{ type: 'text', value: 'a \n b\r\n-' }] },
];

describe('rootWithPresentUnsafePatterns', () => {
  it.each(examples)('writes $name as the default handlers do', ({ children }) => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
    expect(
      toMarkdown(tree, { ...options, handlers: { root: rootWithPresentUnsafePatterns } }),
    ).toBe(toMarkdown(tree, options));
  });

  it('writes the same Markdown as the default handlers', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 4, arbitrary: block }, { weight: 1, arbitrary: phrasing }), {
          minLength: 1,
          maxLength: 4,
        }),
        (blocks) => {
          const tree: Root = { type: 'root', children: blocks };
          expect(
            toMarkdown(tree, { ...options, handlers: { root: rootWithPresentUnsafePatterns } }),
          ).toBe(toMarkdown(tree, options));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
