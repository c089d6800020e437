import { describe, expect, it } from 'vitest';
import { restoreReport, restoreReportFromText } from '@/model/restoreReport';
import {
  benchProfiles,
  countPlotPoints,
  countReportWords,
  createBenchReport,
  createDraftOfSize,
  fiveMegabytes,
} from '../../support/benchReports';

describe('bench reports', () => {
  for (const name of ['typical', 'large'] as const) {
    const profile = benchProfiles[name];

    it(`${name}: valid, of the promised size, and the same for the same seed`, () => {
      const report = createBenchReport(profile, 7);
      const restored = restoreReport(report);
      expect(restored.ok, JSON.stringify(restored)).toBe(true);
      expect(countReportWords(report)).toBeGreaterThan(profile.words * 0.95);
      expect(countReportWords(report)).toBeLessThan(profile.words * 1.05);
      expect(report.models.models).toHaveLength(profile.models);
      expect(report.results.plots).toHaveLength(profile.plots);
      expect(countPlotPoints(report)).toBe(profile.plots * profile.pointsPerPlot);
      expect(report.appendix.references).toHaveLength(profile.references);
      expect(JSON.stringify(createBenchReport(profile, 7))).toBe(JSON.stringify(report));
      expect(JSON.stringify(createBenchReport(profile, 8))).not.toBe(JSON.stringify(report));
    });
  }

  it('the draft is a valid 5 MB export (±1 %)', () => {
    const text = createDraftOfSize(fiveMegabytes, 3);
    expect(Math.abs(Buffer.byteLength(text) - fiveMegabytes)).toBeLessThan(fiveMegabytes * 0.01);
    expect(restoreReportFromText(text).ok).toBe(true);
  });
});
