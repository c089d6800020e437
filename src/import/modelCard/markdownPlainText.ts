import type { Nodes } from 'mdast';

/** The text a reader sees in a Markdown node: raw HTML as its source text, images as their alt. */
export function markdownPlainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
    case 'html':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'break':
      return '\n';
    default:
      return 'children' in node
        ? (node.children as Nodes[]).map((child) => markdownPlainText(child)).join('')
        : '';
  }
}
