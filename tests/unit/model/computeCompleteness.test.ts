import { describe, expect, it } from 'vitest';
import { computeCompleteness, type SectionShare } from '@/model/computeCompleteness';

const complete: SectionShare = { state: 'complete', share: 1 };
const empty: SectionShare = { state: 'empty', share: 0 };

function sections(...rest: SectionShare[]): SectionShare[] {
  return [...rest, ...Array.from({ length: 9 - rest.length }, () => complete)];
}

describe('computeCompleteness', () => {
  it('reads 100 only when every section is complete', () => {
    expect(computeCompleteness(sections())).toBe(100);
    expect(computeCompleteness(sections({ state: 'incomplete', share: 0.999 }))).toBe(99);
    expect(computeCompleteness(sections({ state: 'has-errors', share: 0.999 }))).toBe(99);
  });

  it('reads 0 only when no section is started', () => {
    const allEmpty = Array.from({ length: 9 }, () => empty);
    expect(computeCompleteness(allEmpty)).toBe(0);
    expect(computeCompleteness([{ state: 'incomplete', share: 0.001 }, ...allEmpty.slice(1)])).toBe(
      1,
    );
    expect(computeCompleteness([{ state: 'has-errors', share: 0 }, ...allEmpty.slice(1)])).toBe(1);
  });

  it('weighs each section a ninth and rounds down', () => {
    expect(computeCompleteness(sections(empty, empty, empty))).toBe(66);
    expect(computeCompleteness([complete, ...Array.from({ length: 8 }, () => empty)])).toBe(11);
    expect(computeCompleteness(sections(empty))).toBe(88);
  });
});
