import type { ReactNode } from 'react';
import {
  safeLinkHref,
  type RichText,
  type RichTextMark,
  type RichTextMarkType,
  type RichTextNode,
  type RichTextNodeType,
} from '@/model/richText';

type NodeRenderer = (node: RichTextNode, children: ReactNode, key: number) => ReactNode;

function headingLevel(node: RichTextNode, sectionDepth: number): number {
  const level = typeof node.attrs?.['level'] === 'number' ? node.attrs['level'] : 1;
  return Math.min(6, sectionDepth + level);
}

function createNodeRenderers(sectionDepth: number): { [Type in RichTextNodeType]: NodeRenderer } {
  return {
    doc: (_node, children, key) => <div key={key}>{children}</div>,
    paragraph: (_node, children, key) => <p key={key}>{children}</p>,
    heading: (node, children, key) => {
      const Tag = `h${headingLevel(node, sectionDepth)}` as 'h3';
      return <Tag key={key}>{children}</Tag>;
    },
    text: (node, _children, key) => (
      <TextWithMarks key={key} text={node.text ?? ''} marks={node.marks ?? []} />
    ),
    hardBreak: (_node, _children, key) => <br key={key} />,
    bulletList: (_node, children, key) => <ul key={key}>{children}</ul>,
    orderedList: (node, children, key) => (
      <ol
        key={key}
        start={typeof node.attrs?.['start'] === 'number' ? node.attrs['start'] : undefined}
      >
        {children}
      </ol>
    ),
    listItem: (_node, children, key) => <li key={key}>{children}</li>,
    blockquote: (_node, children, key) => <blockquote key={key}>{children}</blockquote>,
    codeBlock: (_node, children, key) => (
      <pre key={key}>
        <code>{children}</code>
      </pre>
    ),
    horizontalRule: (_node, _children, key) => <hr key={key} />,
    table: (_node, children, key) => (
      <table key={key}>
        <tbody>{children}</tbody>
      </table>
    ),
    tableRow: (_node, children, key) => <tr key={key}>{children}</tr>,
    tableHeader: (_node, children, key) => <th key={key}>{children}</th>,
    tableCell: (_node, children, key) => <td key={key}>{children}</td>,
  };
}

const markRenderers: {
  [Type in RichTextMarkType]: (content: ReactNode, mark: RichTextMark) => ReactNode;
} = {
  bold: (content) => <strong>{content}</strong>,
  italic: (content) => <em>{content}</em>,
  underline: (content) => <u>{content}</u>,
  strike: (content) => <s>{content}</s>,
  code: (content) => <code>{content}</code>,
  link: (content, mark) => {
    const href = safeLinkHref(mark.attrs?.['href']);
    return href !== undefined ? (
      <a href={href} rel="noreferrer noopener" target="_blank">
        {content}
      </a>
    ) : (
      content
    );
  },
};

function TextWithMarks({ text, marks }: { text: string; marks: readonly RichTextMark[] }) {
  return marks.reduce<ReactNode>((content, mark) => markRenderers[mark.type](content, mark), text);
}

function renderNode(
  node: RichTextNode,
  key: number,
  renderers: { [Type in RichTextNodeType]: NodeRenderer },
): ReactNode {
  const children = node.content?.map((child, index) => renderNode(child, index, renderers));
  return renderers[node.type](node, children, key);
}

/** Renders stored rich text with React elements only (never HTML strings). */
export function RichTextView({
  value,
  sectionDepth = 2,
}: {
  value: RichText;
  sectionDepth?: number;
}) {
  const renderers = createNodeRenderers(sectionDepth);
  return <>{value.content?.map((node, index) => renderNode(node, index, renderers))}</>;
}
