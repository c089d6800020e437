import { memo } from 'react';
import type { SectionState } from '@/model/reportIssues';
import { sectionRegistry, type SectionId } from '@/model/sectionRegistry';
import { useAnalysisSelector, useAppServices, useUiSelector } from '@/context/AppContext';

const stateLabels: Record<SectionState, string> = {
  empty: 'not started',
  incomplete: 'incomplete',
  complete: 'complete',
  'has-errors': 'has problems',
};

const SectionLink = memo(function SectionLink({
  sectionId,
  number,
  title,
}: {
  sectionId: SectionId;
  number: number;
  title: string;
}) {
  const { ui } = useAppServices();
  const isOpen = useUiSelector((state) => state.openSectionId === sectionId);
  const sectionState = useAnalysisSelector((state) => state.analysis?.sections[sectionId].state);
  const warningCount = useAnalysisSelector(
    (state) => state.analysis?.sections[sectionId].warningCount ?? 0,
  );
  // Only a complete section needs the cue; elsewhere the missing fields come first.
  const warned = warningCount > 0 && sectionState === 'complete';
  return (
    <li>
      <a
        href={`#${sectionId}`}
        className={`section-link section-link--${sectionState ?? 'checking'}`}
        aria-current={isOpen ? 'page' : undefined}
        aria-describedby={`section-state-${sectionId}`}
        onClick={(event) => {
          event.preventDefault();
          ui.getState().openSection(sectionId);
          document.getElementById('main-content')?.focus({ preventScroll: true });
        }}
      >
        <span className="section-number" aria-hidden="true">
          {number}
        </span>
        <span className="section-title">{title}</span>
        <span
          className={`section-state section-state--${sectionState ?? 'checking'}${warned ? ' section-state--warned' : ''}`}
          aria-hidden="true"
        />
      </a>
      <span id={`section-state-${sectionId}`} className="visually-hidden">
        {sectionState === undefined ? 'being checked' : stateLabels[sectionState]}
        {warned ? `, ${warningCount} ${warningCount === 1 ? 'warning' : 'warnings'} to review` : ''}
      </span>
    </li>
  );
});

export function SectionNav() {
  return (
    <nav className="section-nav" aria-label="Sections">
      <ol>
        {sectionRegistry.map((section) => (
          <SectionLink
            key={section.id}
            sectionId={section.id}
            number={section.number}
            title={section.title}
          />
        ))}
      </ol>
    </nav>
  );
}
