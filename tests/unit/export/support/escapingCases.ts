import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';
import { richTextFromBlocks, richTextFromParagraphs, textNode } from '@/model/richText';

export interface EscapingCase {
  name: string;
  report: Report;
  /** Texts a reader must find in the exported file, exactly as they should show. */
  shown: readonly string[];
}

function changedExample(change: (report: Report) => void): Report {
  const report = structuredClone(createExampleReport());
  change(report);
  return report;
}

function firstModel(report: Report): Report['models']['models'][number] {
  const model = report.models.models[0];
  if (model === undefined) throw new Error('The example has no model');
  return model;
}

const allC0Controls = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
// No * _ [ ] <: micromark, which reads the Markdown back in tests, is quadratic on long runs of them.
const oneMegabyteUnit = 'Ünïcode ✓ text, 0.5 | # & ';
const oneMegabyte = oneMegabyteUnit
  .repeat(Math.ceil((1024 * 1024) / oneMegabyteUnit.length))
  .slice(0, 1024 * 1024);

/** Named hostile and awkward inputs; every exporter must write them as text readers show. */
export const escapingCases: readonly EscapingCase[] = [
  {
    name: 'markup, pipes, quotes and a CDATA end in the title',
    report: changedExample((report) => {
      report.titlePage.title = '<b>A | B</b> & "C" ]]>';
    }),
    shown: ['<b>A | B</b> & "C" ]]>'],
  },
  {
    name: 'pipes, backslashes, asterisks and newlines in table cells',
    report: changedExample((report) => {
      firstModel(report).name = 'A | B \\ *c* _d_';
      firstModel(report).dataset = 'x\\|y | `z`';
      report.setup.libraryVersions[0] = {
        id: 'library-odd',
        name: 'pipe|lib',
        version: '1.0 | 2.0\nnext line',
      };
    }),
    shown: ['A | B \\ *c* _d_', 'x\\|y | `z`', 'pipe|lib'],
  },
  {
    name: 'leading #, -, 1. and > in paragraphs',
    report: changedExample((report) => {
      report.abstract.summary = richTextFromParagraphs(
        '# not a heading',
        '- not a list',
        '1. not a list',
        '> not a quote',
        '``` not code',
        '+ plus',
        '---',
      );
      report.titlePage.changeNote = '# heading? - list? 1. list?';
    }),
    shown: [
      '# not a heading',
      '- not a list',
      '1. not a list',
      '> not a quote',
      '``` not code',
      '# heading? - list? 1. list?',
    ],
  },
  {
    name: 'script and image tags in text and fields',
    report: changedExample((report) => {
      report.abstract.summary = richTextFromParagraphs('<script>alert(1)</script>');
      report.titlePage.organization = '<img src=x onerror=alert(1)>';
      firstModel(report).name = '<script>alert(2)</script>';
    }),
    shown: [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<script>alert(2)</script>',
    ],
  },
  {
    name: 'every C0 control character (U+0000–U+001F)',
    report: changedExample((report) => {
      report.titlePage.title = `Title${allC0Controls}end`;
      report.abstract.summary = richTextFromParagraphs(`Abstract${allC0Controls}end`);
      firstModel(report).name = `Model${allC0Controls}end`;
    }),
    shown: ['Title\t\n\nend', 'Abstract\t\n\nend'],
  },
  {
    name: 'noncharacters U+FFFE and U+FFFF',
    report: changedExample((report) => {
      report.titlePage.subtitle = 'before\uFFFE\uFFFFafter';
      report.abstract.summary = richTextFromParagraphs('rich\uFFFEtext\uFFFF');
    }),
    shown: ['beforeafter', 'richtext'],
  },
  {
    name: 'lone surrogates beside a valid pair',
    report: changedExample((report) => {
      report.titlePage.title = 'high\uD800 low\uDC00 pair😀';
      firstModel(report).name = 'model\uDBFF';
      report.abstract.summary = richTextFromParagraphs('rich\uDC00text');
    }),
    shown: ['high low pair😀', 'richtext'],
  },
  {
    name: 'unsafe link targets',
    report: changedExample((report) => {
      report.abstract.summary = richTextFromBlocks({
        type: 'paragraph',
        content: [
          textNode('click me', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
          textNode(' and '),
          textNode('data', [
            { type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } },
          ]),
        ],
      });
      report.appendix.repositoryUrl = 'javascript:alert(2)';
    }),
    shown: ['click me', 'javascript:alert(2)'],
  },
  {
    name: 'huge table spans and list numbers from an imported file',
    report: changedExample((report) => {
      report.abstract.summary = richTextFromBlocks(
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableHeader',
                  attrs: { colspan: 1e9, rowspan: 1e9 },
                  content: [{ type: 'paragraph', content: [textNode('wide cell')] }],
                },
              ],
            },
            {
              type: 'tableRow',
              content: [{ type: 'tableCell', attrs: { colspan: -5, rowspan: 2.5 }, content: [] }],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1e300 },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [textNode('huge start')] }],
            },
          ],
        },
        { type: 'heading', attrs: { level: 1e9 }, content: [textNode('deep heading')] },
      );
    }),
    shown: ['wide cell', 'huge start', 'deep heading'],
  },
  {
    name: 'one megabyte of text in one field',
    report: changedExample((report) => {
      report.abstract.summary = richTextFromParagraphs(oneMegabyte);
    }),
    shown: [oneMegabyte],
  },
];
