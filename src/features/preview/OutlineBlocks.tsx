import { lazy, Suspense, type ReactNode } from 'react';
import { linkAddressToPrint } from '@/export/linkAddressToPrint';
import type { OutlineBlock, OutlineText } from '@/export/reportOutline';
import { useIsPrintMedium } from '@/context/PrintMedium';
import { RichTextView } from '@/features/richText/RichTextView';

const PreviewFigureImage = lazy(() => import('@/features/plots/PreviewFigureImage'));

function Heading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = `h${Math.min(6, level + 1)}` as 'h2';
  return <Tag>{children}</Tag>;
}

function Link({ text, href, strong }: { text: string; href: string; strong: boolean }) {
  const printed = useIsPrintMedium();
  const address = printed ? linkAddressToPrint(text, href) : undefined;
  return (
    <>
      <a href={href} target="_blank" rel="noreferrer noopener">
        {strong ? <strong>{text}</strong> : text}
      </a>
      {address === undefined ? null : <span className="print-link-address"> ({address})</span>}
    </>
  );
}

export function OutlineTextView({ content }: { content: OutlineText }) {
  return (
    <>
      {content.map((span, index) =>
        span.href === undefined ? (
          <span key={index}>{span.strong === true ? <strong>{span.text}</strong> : span.text}</span>
        ) : (
          <Link key={index} text={span.text} href={span.href} strong={span.strong === true} />
        ),
      )}
    </>
  );
}

function FigureImage({ plotId }: { plotId: string }) {
  const printed = useIsPrintMedium();
  return (
    <Suspense fallback={null}>
      <PreviewFigureImage plotId={plotId} theme={printed ? 'light' : undefined} />
    </Suspense>
  );
}

const blockRenderers: {
  [Kind in OutlineBlock['kind']]: (block: Extract<OutlineBlock, { kind: Kind }>) => ReactNode;
} = {
  heading: (block) => <Heading level={block.level}>{block.text}</Heading>,
  paragraph: (block) => (
    <p>
      <OutlineTextView content={block.content} />
    </p>
  ),
  fields: (block) => (
    <dl className="preview-fields">
      {block.fields.map((field) => (
        <div key={field.label} className="preview-field">
          <dt>{field.label}</dt>
          <dd>
            <OutlineTextView content={field.value} />
          </dd>
        </div>
      ))}
    </dl>
  ),
  richText: (block) => (
    <RichTextView value={block.content} sectionDepth={block.level + 1} withTableHeads />
  ),
  table: (block) => (
    <table className="data-table">
      {block.table.caption === undefined ? null : <caption>{block.table.caption}</caption>}
      <thead>
        <tr>
          {block.table.columns.map((column) => (
            <th
              key={column.label}
              scope="col"
              className={column.align === 'right' ? 'numeric' : undefined}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.table.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, cellIndex) => (
              <td
                key={cellIndex}
                className={
                  block.table.columns[cellIndex]?.align === 'right' ? 'numeric' : undefined
                }
              >
                <OutlineTextView content={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  ),
  list: (block) => {
    const items = block.items.map((item, index) => (
      <li key={index}>
        <OutlineTextView content={item.content} />
        <OutlineBlocks blocks={item.blocks} />
      </li>
    ));
    return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
  },
  codeBlock: (block) => (
    <pre>
      <code>{block.text}</code>
    </pre>
  ),
  figure: (block) => (
    <figure className="preview-figure">
      <FigureImage plotId={block.figure.plotId} />
      <figcaption>
        Figure {block.figure.number}: {block.figure.title}
        {block.figure.caption === '' ? '' : ` — ${block.figure.caption}`}
      </figcaption>
    </figure>
  ),
};

function renderBlock(block: OutlineBlock): ReactNode {
  return (blockRenderers[block.kind] as (value: OutlineBlock) => ReactNode)(block);
}

/** The blocks of the export outline as the page shows them: the preview and the print view. */
export function OutlineBlocks({ blocks }: { blocks: readonly OutlineBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <div key={index} className={`preview-block preview-block--${block.kind}`}>
          {renderBlock(block)}
        </div>
      ))}
    </>
  );
}
