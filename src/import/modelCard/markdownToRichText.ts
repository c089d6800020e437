import type { PhrasingContent, RootContent, Table } from 'mdast';
import {
  maximumTableGridCells,
  richTextAttributeRanges,
  safeLinkHref,
  sanitizeRichText,
  textNode,
  type RichText,
  type RichTextMark,
  type RichTextNode,
} from '@/model/richText';
import { markdownPlainText } from './markdownPlainText';

function withMark(marks: readonly RichTextMark[], mark: RichTextMark): RichTextMark[] {
  return marks.some((existing) => existing.type === mark.type) ? [...marks] : [...marks, mark];
}

function textWithMarks(text: string, marks: readonly RichTextMark[]): RichTextNode[] {
  if (text === '') return [];
  return [marks.length === 0 ? textNode(text) : textNode(text, [...marks])];
}

function inlineNodes(
  nodes: readonly PhrasingContent[],
  marks: readonly RichTextMark[],
): RichTextNode[] {
  return nodes.flatMap((node): RichTextNode[] => {
    switch (node.type) {
      case 'text':
      // Raw HTML is shown as the text it is, never interpreted.
      case 'html':
        return textWithMarks(node.value, marks);
      case 'inlineCode':
        return textWithMarks(node.value, withMark(marks, { type: 'code' }));
      case 'emphasis':
        return inlineNodes(node.children, withMark(marks, { type: 'italic' }));
      case 'strong':
        return inlineNodes(node.children, withMark(marks, { type: 'bold' }));
      case 'delete':
        return inlineNodes(node.children, withMark(marks, { type: 'strike' }));
      case 'break':
        return [{ type: 'hardBreak' }];
      case 'link': {
        const href = safeLinkHref(node.url);
        const linked =
          href === undefined ? marks : withMark(marks, { type: 'link', attrs: { href } });
        const children = inlineNodes(node.children, linked);
        // A link whose address is not kept keeps the address as text, so nothing is lost.
        if (href === undefined && node.url !== '' && markdownPlainText(node) !== node.url)
          return [...children, ...textWithMarks(` (${node.url})`, marks)];
        return children;
      }
      case 'image': {
        const href = safeLinkHref(node.url);
        const alt = node.alt ?? '';
        const label = alt === '' ? 'image' : alt;
        return href === undefined
          ? textWithMarks(label, marks)
          : textWithMarks(label, withMark(marks, { type: 'link', attrs: { href } }));
      }
      case 'footnoteReference':
        return textWithMarks(`[^${node.identifier}]`, marks);
      default:
        return 'children' in node
          ? inlineNodes(node.children as PhrasingContent[], marks)
          : textWithMarks(markdownPlainText(node), marks);
    }
  });
}

function paragraphOf(content: RichTextNode[]): RichTextNode {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content };
}

// The attributes the editor writes on every cell, so imported tables equal typed ones.
const cellAttributes = { colspan: 1, rowspan: 1, colwidth: null };

function tableNodes(table: Table): RichTextNode[] {
  const columns = Math.max(1, ...table.children.map((row) => row.children.length));
  if (columns * table.children.length > maximumTableGridCells) {
    return table.children.map((row) =>
      paragraphOf(
        textWithMarks(row.children.map((cell) => markdownPlainText(cell)).join(' | '), []),
      ),
    );
  }
  const rows = table.children.map((row, rowIndex): RichTextNode => {
    const cells = row.children.map((cell): RichTextNode => ({
      type: rowIndex === 0 ? 'tableHeader' : 'tableCell',
      attrs: { ...cellAttributes },
      content: [paragraphOf(inlineNodes(cell.children, []))],
    }));
    // The editor needs rectangular tables; GFM lets a row have fewer cells.
    while (cells.length < columns)
      cells.push({
        type: rowIndex === 0 ? 'tableHeader' : 'tableCell',
        attrs: { ...cellAttributes },
        content: [paragraphOf([])],
      });
    return { type: 'tableRow', content: cells.slice(0, columns) };
  });
  return [{ type: 'table', content: rows }];
}

function blockNodes(nodes: readonly RootContent[]): RichTextNode[] {
  return nodes.flatMap((node): RichTextNode[] => {
    switch (node.type) {
      case 'paragraph':
        return [paragraphOf(inlineNodes(node.children, []))];
      case 'heading': {
        const [minimum, maximum] = richTextAttributeRanges.level;
        const level = Math.min(maximum, Math.max(minimum, node.depth));
        return [{ type: 'heading', attrs: { level }, content: inlineNodes(node.children, []) }];
      }
      case 'thematicBreak':
        return [{ type: 'horizontalRule' }];
      case 'blockquote':
        return [{ type: 'blockquote', content: orParagraph(blockNodes(node.children)) }];
      case 'list': {
        const items = node.children.map((item): RichTextNode => {
          const blocks = blockNodes(item.children);
          if (typeof item.checked === 'boolean') {
            const box = item.checked ? '[x] ' : '[ ] ';
            const [first, ...rest] = blocks;
            if (first?.type === 'paragraph')
              return {
                type: 'listItem',
                content: [
                  { ...first, content: [textNode(box), ...(first.content ?? [])] },
                  ...rest,
                ],
              };
          }
          return { type: 'listItem', content: orParagraph(blocks) };
        });
        if (node.ordered !== true) return [{ type: 'bulletList', content: items }];
        const [minimum, maximum] = richTextAttributeRanges.start;
        const start = Math.min(maximum, Math.max(minimum, node.start ?? 1));
        return [{ type: 'orderedList', attrs: { start }, content: items }];
      }
      case 'code':
        return [
          {
            type: 'codeBlock',
            attrs: { language: node.lang ?? null },
            ...(node.value === '' ? {} : { content: [textNode(node.value)] }),
          },
        ];
      case 'html':
        return [paragraphOf(textWithMarks(node.value, []))];
      case 'table':
        return tableNodes(node);
      case 'definition':
        return [paragraphOf(textWithMarks(`[${node.label ?? node.identifier}]: ${node.url}`, []))];
      case 'footnoteDefinition':
        return [
          paragraphOf(textWithMarks(`[^${node.identifier}]:`, [])),
          ...blockNodes(node.children),
        ];
      case 'yaml':
        return [
          { type: 'codeBlock', attrs: { language: 'yaml' }, content: [textNode(node.value)] },
        ];
      default:
        return 'children' in node
          ? blockNodes(node.children as RootContent[])
          : [paragraphOf(textWithMarks(markdownPlainText(node), []))];
    }
  });
}

function orParagraph(blocks: RichTextNode[]): RichTextNode[] {
  return blocks.length === 0 ? [{ type: 'paragraph' }] : blocks;
}

/**
 * Markdown blocks (mdast from a real parser) as the app's rich text. Links keep only addresses the
 * app links (http, https, mailto, DOI), other addresses stay as text; raw HTML stays as its text.
 */
export function markdownToRichText(nodes: readonly RootContent[]): RichText {
  return sanitizeRichText({ type: 'doc', content: orParagraph(blockNodes(nodes)) });
}
