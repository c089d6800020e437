import { describe, expect, it } from 'vitest';
import { buildReportOutline } from '@/export/buildReportOutline';
import { createExampleReport } from '@/model/createExampleReport';
import { setValueAtPath } from '@/model/fieldPath';
import { isEmailAddress } from '@/model/isEmailAddress';
import { analyzeReport } from '@/model/reportIssues';

const addresses = [
  'amara.okafor@northwind.ai',
  'first+label@lab.example.org',
  "o'neil@uni-example.de",
  'zoë@例え.jp',
];

const notAddresses = [
  'amara at northwind',
  'amara@northwind',
  'amara@localhost',
  '@northwind.ai',
  'amara@.ai',
  'amara@northwind.',
  'amara@@northwind.ai',
  'amara okafor@northwind.ai',
  '<amara@northwind.ai>',
  'Amara <amara@northwind.ai>',
  'amara@northwind.ai)',
  'amara@north(wind).ai',
];

describe('isEmailAddress', () => {
  it.each(addresses)('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each(notAddresses)('refuses %s', (text) => {
    expect(isEmailAddress(text)).toBe(false);
  });

  it('is the one rule: the form flags exactly the addresses the exports do not link (the outline feeds all three)', () => {
    for (const text of [...addresses, ...notAddresses]) {
      const report = setValueAtPath(
        createExampleReport(),
        'titlePage.authors#author-1.email',
        text,
      );
      const flagged = analyzeReport(report, {}).issues.some(
        (issue) => issue.path === 'titlePage.authors#author-1.email' && issue.severity === 'error',
      );
      const linked = JSON.stringify(buildReportOutline(report)).includes(
        JSON.stringify(`mailto:${text}`),
      );
      expect({ text, flagged, linked }).toEqual({
        text,
        flagged: !isEmailAddress(text),
        linked: isEmailAddress(text),
      });
    }
  });
});
