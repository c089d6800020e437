import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportFileName } from '@/export/reportFileName';
import { createEmptyReport } from '@/model/createEmptyReport';

function named(title: string, version: string) {
  const report = createEmptyReport('file-name-report');
  report.titlePage.title = title;
  report.titlePage.version = version;
  return report;
}

const cases: readonly {
  name: string;
  title: string;
  version: string;
  extension: string;
  fileName: string;
}[] = [
  {
    name: 'title and version',
    title: 'Four strategies for SST-2',
    version: '1.2',
    extension: 'docx',
    fileName: 'four-strategies-for-sst-2-v1.2.docx',
  },
  {
    name: 'a leading v in the version is not doubled',
    title: 'Report',
    version: 'v2.0',
    extension: 'md',
    fileName: 'report-v2.0.md',
  },
  {
    name: 'no version, no -v part',
    title: 'Intent routing',
    version: '',
    extension: 'json',
    fileName: 'intent-routing.json',
  },
  {
    name: 'blank title falls back to report',
    title: '   ',
    version: '1',
    extension: 'md',
    fileName: 'report-v1.md',
  },
  {
    name: 'accents become ASCII',
    title: 'Évaluation à grande échelle',
    version: '1.0',
    extension: 'md',
    fileName: 'evaluation-a-grande-echelle-v1.0.md',
  },
  {
    name: 'a title with no Latin letters falls back',
    title: '日本語のレポート',
    version: '',
    extension: 'docx',
    fileName: 'report.docx',
  },
  {
    name: 'path separators and dots cannot escape',
    title: '../../etc/passwd',
    version: '1.0/../x',
    extension: 'md',
    fileName: 'etc-passwd-v1.0-x.md',
  },
  {
    name: 'markup and controls are dropped',
    title: '<b>A | B</b> & "C" ]]>\u0000\uFFFF',
    version: '3',
    extension: 'md',
    fileName: 'b-a-b-b-c-v3.md',
  },
  {
    name: 'Windows device names are made safe',
    title: 'CON',
    version: '',
    extension: 'md',
    fileName: 'con-report.md',
  },
  {
    name: 'the extension is sanitized too',
    title: 'Report',
    version: '1',
    extension: '../DOCX',
    fileName: 'report-v1.docx',
  },
  {
    name: 'long titles are cut at a word boundary within 60 characters',
    title: 'abcd '.repeat(30),
    version: '1',
    extension: 'md',
    fileName: `${'abcd-'.repeat(11)}abcd-v1.md`,
  },
  {
    name: 'one endless word is cut at 60 characters',
    title: 'x'.repeat(70),
    version: '',
    extension: 'md',
    fileName: `${'x'.repeat(60)}.md`,
  },
];

describe('reportFileName', () => {
  it.each(cases)('$name', ({ title, version, extension, fileName }) => {
    expect(reportFileName(named(title, version), extension)).toBe(fileName);
  });

  it('always gives a short name of safe characters with the extension', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (title, version) => {
          const fileName = reportFileName(named(title, version), 'docx');
          expect(fileName).toMatch(/^[a-z0-9][a-z0-9.-]*\.docx$/u);
          expect(fileName).not.toMatch(/\.\.|--|-\.|\.-/u);
          expect(fileName.length).toBeLessThanOrEqual(60 + 2 + 20 + 5);
        },
      ),
      { numRuns: 300 },
    );
  });
});
