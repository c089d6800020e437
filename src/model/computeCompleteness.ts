import type { SectionState } from './sectionState';

export interface SectionShare {
  state: SectionState;
  /** How far the section is, 0–1: 1 only when complete, 0 when not started. */
  share: number;
}

/**
 * Report completeness, 0–100: every section weighs the same. 100 only when every section is
 * complete and 0 only when none is started, whatever the rounding does in between.
 */
export function computeCompleteness(sections: readonly SectionShare[]): number {
  if (sections.every((section) => section.state === 'complete')) return 100;
  if (sections.every((section) => section.state === 'empty')) return 0;
  const total = sections.reduce((sum, section) => sum + section.share, 0);
  // The small epsilon keeps 6 of 9 at 66 when floating point gives 66.66…5 or 65.99…9.
  const percent = Math.floor((100 * total) / sections.length + 1e-9);
  return Math.min(99, Math.max(1, percent));
}
