import { describe, expect, it } from 'vitest';
import type { Report } from '@/model/reportSchema';
import { diffReports } from '@/model/versionDiff/diffReports';
import { benchProfiles, createBenchReport } from '../../support/benchReports';
import { reviseReport } from '../../support/versionBenchReports';

describe('the large report’s review round for the bench', () => {
  it('differs in every edited rich text, the title, two model moves, cells and one figure', () => {
    const large = createBenchReport(benchProfiles.large, 2, 'bench-large');
    const before = JSON.parse(JSON.stringify(large)) as Report;
    const after = JSON.parse(JSON.stringify(reviseReport(large))) as Report;
    const differences = diffReports(before, after).sections.flatMap(
      (section) => section.differences,
    );
    const items = differences.filter((difference) => difference.kind === 'item');
    expect(items.map((item) => item.kind === 'item' && item.change).sort()).toEqual([
      'moved',
      'removed',
    ]);
    expect(differences.filter((difference) => difference.kind === 'figure')).toHaveLength(1);
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'value', place: ['Title'] }),
    );
    expect(
      differences.filter((difference) => difference.kind === 'richText').length,
    ).toBeGreaterThan(40);
    expect(diffReports(before, JSON.parse(JSON.stringify(large)) as Report).count).toBe(0);
  });
});
