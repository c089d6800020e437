import { Children, type ReactNode } from 'react';
import { linkAddressToPrint } from '@/export/linkAddressToPrint';
import { useIsPrintMedium } from '@/context/PrintMedium';
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

function leadingHeaderRows(table: RichTextNode): number {
  const rows = table.content ?? [];
  const firstBodyRow = rows.findIndex(
    (row) =>
      (row.content ?? []).length === 0 ||
      (row.content ?? []).some((cell) => cell.type !== 'tableHeader'),
  );
  return firstBodyRow === -1 ? rows.length : firstBodyRow;
}

function createNodeRenderers(
  sectionDepth: number,
  withTableHeads: boolean,
): { [Type in RichTextNodeType]: NodeRenderer } {
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
    table: (node, children, key) => {
      // Leading rows of header cells are the table's head, which paper repeats on every page.
      const headerRows = withTableHeads ? leadingHeaderRows(node) : 0;
      const rows = Children.toArray(children);
      return (
        <table key={key}>
          {headerRows === 0 ? null : <thead>{rows.slice(0, headerRows)}</thead>}
          <tbody>{rows.slice(headerRows)}</tbody>
        </table>
      );
    },
    tableRow: (_node, children, key) => <tr key={key}>{children}</tr>,
    tableHeader: (_node, children, key) => (
      <th key={key} scope="col">
        {children}
      </th>
    ),
    tableCell: (_node, children, key) => <td key={key}>{children}</td>,
  };
}

interface MarkContext {
  /** The text the marks wrap. */
  text: string;
  printed: boolean;
}

const markRenderers: {
  [Type in RichTextMarkType]: (
    content: ReactNode,
    mark: RichTextMark,
    context: MarkContext,
  ) => ReactNode;
} = {
  bold: (content) => <strong>{content}</strong>,
  italic: (content) => <em>{content}</em>,
  underline: (content) => <u>{content}</u>,
  strike: (content) => <s>{content}</s>,
  code: (content) => <code>{content}</code>,
  link: (content, mark, { text, printed }) => {
    const href = safeLinkHref(mark.attrs?.['href']);
    if (href === undefined) return content;
    const address = printed ? linkAddressToPrint(text, href) : undefined;
    return (
      <>
        <a href={href} rel="noreferrer noopener" target="_blank">
          {content}
        </a>
        {address === undefined ? null : <span className="print-link-address"> ({address})</span>}
      </>
    );
  },
};

function TextWithMarks({ text, marks }: { text: string; marks: readonly RichTextMark[] }) {
  const context: MarkContext = { text, printed: useIsPrintMedium() };
  return marks.reduce<ReactNode>(
    (content, mark) => markRenderers[mark.type](content, mark, context),
    text,
  );
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
  withTableHeads = false,
}: {
  value: RichText;
  sectionDepth?: number;
  /**
   * Leading header rows in a `thead`, as documents have them; off where the view stands in for
   * the editor, whose tables keep every row in the body.
   */
  withTableHeads?: boolean;
}) {
  const renderers = createNodeRenderers(sectionDepth, withTableHeads);
  return <>{value.content?.map((node, index) => renderNode(node, index, renderers))}</>;
}
