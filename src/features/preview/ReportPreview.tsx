import { useDeferredValue } from 'react';
import { buildReportOutline } from '@/export/buildReportOutline';
import { splitTitlePage } from '@/export/splitTitlePage';
import { useReportSelector } from '@/context/AppContext';
import { OutlineDocument } from './OutlineDocument';

/** The rendered report, from the same outline the Markdown and Word exporters write. */
export default function ReportPreview() {
  const report = useDeferredValue(useReportSelector((state) => state.document.report));
  const layout = splitTitlePage(buildReportOutline(report));
  return (
    <aside className="preview" aria-label="Preview">
      <OutlineDocument layout={layout} medium="preview" />
    </aside>
  );
}
