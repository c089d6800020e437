import { useDeferredValue } from 'react';
import { buildReportOutline } from '@/export/buildReportOutline';
import { splitTitlePage } from '@/export/splitTitlePage';
import { useReportSelector } from '@/context/AppContext';
import { OutlineBlocks } from './OutlineBlocks';

/** The rendered report, from the same outline the Markdown and Word exporters write. */
export default function ReportPreview() {
  const report = useDeferredValue(useReportSelector((state) => state.document.report));
  const layout = splitTitlePage(buildReportOutline(report));
  return (
    <aside className="preview" aria-label="Preview">
      <h1 className="preview-title">{layout.title}</h1>
      {layout.subtitle === '' ? null : <p className="preview-subtitle">{layout.subtitle}</p>}
      <OutlineBlocks blocks={layout.blocks} />
      {layout.sections.map((section) => (
        <section key={section.id}>
          <h2>{section.heading}</h2>
          <OutlineBlocks blocks={section.blocks} />
        </section>
      ))}
    </aside>
  );
}
