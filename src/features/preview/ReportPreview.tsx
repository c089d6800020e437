import { lazy, Suspense, useDeferredValue, type ReactNode } from 'react';
import { buildReportOutline } from '@/export/buildReportOutline';
import type { OutlineBlock, OutlineText } from '@/export/reportOutline';
import { useReportSelector } from '@/context/AppContext';
import { RichTextView } from '@/features/richText/RichTextView';

const PreviewFigureImage = lazy(() => import('@/features/plots/PreviewFigureImage'));

function Heading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = `h${Math.min(6, level + 1)}` as 'h2';
  return <Tag>{children}</Tag>;
}

function Text({ content }: { content: OutlineText }) {
  return (
    <>
      {content.map((span, index) => {
        const text = span.strong === true ? <strong>{span.text}</strong> : span.text;
        return span.href === undefined ? (
          <span key={index}>{text}</span>
        ) : (
          <a key={index} href={span.href} target="_blank" rel="noreferrer noopener">
            {text}
          </a>
        );
      })}
    </>
  );
}

const blockRenderers: {
  [Kind in OutlineBlock['kind']]: (block: Extract<OutlineBlock, { kind: Kind }>) => ReactNode;
} = {
  heading: (block) => <Heading level={block.level}>{block.text}</Heading>,
  paragraph: (block) => (
    <p>
      <Text content={block.content} />
    </p>
  ),
  fields: (block) => (
    <dl className="preview-fields">
      {block.fields.map((field) => (
        <div key={field.label} className="preview-field">
          <dt>{field.label}</dt>
          <dd>
            <Text content={field.value} />
          </dd>
        </div>
      ))}
    </dl>
  ),
  richText: (block) => <RichTextView value={block.content} sectionDepth={block.level + 1} />,
  table: (block) => (
    <table className="data-table">
      {block.table.caption === undefined ? null : <caption>{block.table.caption}</caption>}
      <thead>
        <tr>
          {block.table.columns.map((column) => (
            <th key={column.label} className={column.align === 'right' ? 'numeric' : undefined}>
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
                <Text content={cell} />
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
        <Text content={item.content} />
        <Blocks blocks={item.blocks} />
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
      <Suspense fallback={null}>
        <PreviewFigureImage plotId={block.figure.plotId} />
      </Suspense>
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

function Blocks({ blocks }: { blocks: readonly OutlineBlock[] }) {
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

/** The rendered report, from the same outline the Markdown and Word exporters write. */
export default function ReportPreview() {
  const report = useDeferredValue(useReportSelector((state) => state.document.report));
  const outline = buildReportOutline(report);
  return (
    <aside className="preview" aria-label="Preview">
      <h1 className="preview-title">{outline.title}</h1>
      {outline.titlePage.subtitle === '' ? null : (
        <p className="preview-subtitle">{outline.titlePage.subtitle}</p>
      )}
      {outline.sections.map((section) => (
        <section key={section.id}>
          <h2>{section.heading}</h2>
          <Blocks blocks={section.blocks} />
        </section>
      ))}
    </aside>
  );
}
