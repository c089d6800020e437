import type { BlockContent, RootContent } from 'mdast';

/** Block (flow) types; mdast-util-phrasing counts none of them as phrasing. */
const blockTypes: ReadonlySet<string> = new Set<BlockContent['type']>([
  'blockquote',
  'code',
  'heading',
  'html',
  'list',
  'paragraph',
  'table',
  'thematicBreak',
]);

export function isMarkdownBlock(node: RootContent): node is BlockContent {
  return blockTypes.has(node.type);
}
