import type { Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse } from 'yaml';

export interface ParsedMarkdown {
  frontMatter: unknown;
  tree: Root;
}

/** Reads an exported Markdown file as GitHub does: YAML front matter, then GFM. */
export function parseExportedMarkdown(markdown: string): ParsedMarkdown {
  const match = /^---\n([\s\S]*?\n)---\n/u.exec(markdown);
  if (match === null) throw new Error('The Markdown has no front matter');
  const body = markdown.slice(match[0].length);
  return {
    frontMatter: parse(match[1] ?? ''),
    tree: fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  };
}

export function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}

export function nodesOfType<Type extends Nodes['type']>(
  root: Nodes,
  type: Type,
): Extract<Nodes, { type: Type }>[] {
  const found: Extract<Nodes, { type: Type }>[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === type) found.push(node as Extract<Nodes, { type: Type }>);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

/** The cells of a table as text, row by row. */
export function tableTexts(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => textOf(cell)));
}

export function findTableByHeader(root: Root, header: readonly string[]): Table | undefined {
  return nodesOfType(root, 'table').find(
    (table) => JSON.stringify(tableTexts(table)[0]) === JSON.stringify(header),
  );
}
