import { useLayoutEffect, type ComponentType } from 'react';
import { getSectionDefinition, type SectionId } from '@/model/sectionRegistry';
import { useReportSelector, useUiSelector } from '@/context/AppContext';
import { countPerformanceEvent } from '@/model/countPerformanceEvent';
import { FieldList } from '@/features/form/FieldList';
import { ModelSummaryTable } from './ModelSummaryTable';

/** Parts shown above a section's fields that are derived, not edited. */
const sectionExtras: Partial<Record<SectionId, ComponentType>> = { models: ModelSummaryTable };

export function SectionForm() {
  const sectionId = useUiSelector((state) => state.openSectionId);
  const section = getSectionDefinition(sectionId);
  const Extra = sectionExtras[sectionId];
  const reportId = useReportSelector((state) => state.document.report.id);
  countPerformanceEvent(`sectionRender:${sectionId}`);
  // Another section opens at its top. A field that Next issue or Check report names scrolls itself
  // into view afterwards: layout effects run before the fields' focus effects.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [sectionId]);
  return (
    <article
      className="section-form"
      aria-labelledby="section-heading"
      key={`${reportId} ${sectionId}`}
    >
      <header className="section-header">
        <p className="section-kicker">Section {section.number} of 9</p>
        <h1 id="section-heading">{section.title}</h1>
        <p className="section-purpose">{section.purpose}</p>
        <details className="good-looks-like">
          <summary>What good looks like</summary>
          <ul>
            {section.goodLooksLike.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </header>
      {Extra === undefined ? null : <Extra />}
      <FieldList ownerPath={sectionId} specs={section.fields} shapePath={sectionId} />
    </article>
  );
}
