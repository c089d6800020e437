import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { buildReportOutline } from '@/export/buildReportOutline';
import { packDocx } from '@/export/packDocx';
import type { OutlineBlock } from '@/export/reportOutline';
import { serializeReport } from '@/export/serializeReport';
import { createEmptyModel, createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';
import { reproducibilityChecklist } from '@/model/reproducibilityChecklist';
import { docxText } from './support/docxText';
import { unzipDocx } from './support/unzipDocx';

const override = {
  'code-pretrained-models': {
    answer: 'not-applicable' as const,
    justification: 'The checkpoints stay inside the bank.',
  },
};

function withOverride(): Report {
  const report = createExampleReport();
  report.appendix.checklist = { ...override };
  return report;
}

function checklistBlocks(report: Report): OutlineBlock[] {
  const appendix = buildReportOutline(report).sections.find((section) => section.id === 'appendix');
  const blocks = appendix?.blocks ?? [];
  const start = blocks.findIndex(
    (block) => block.kind === 'heading' && block.text === 'Reproducibility checklist',
  );
  return start === -1 ? [] : blocks.slice(start + 1);
}

describe('the reproducibility checklist in exports', () => {
  it('lists every item with its answer in Markdown', () => {
    const markdown = buildMarkdown(withOverride());
    expect(markdown).toContain('### Reproducibility checklist');
    for (const item of reproducibilityChecklist) expect(markdown).toContain(item.question);
    expect(markdown).toContain(
      '| Pre-trained (fine-tuned) models are available. | N/A | Author (derived: No) | The checkpoints stay inside the bank. |',
    );
  });

  it('lists every item with its answer in Word', async () => {
    const text = docxText(unzipDocx(await packDocx(withOverride())).get('word/document.xml') ?? '');
    expect(text).toContain('Reproducibility checklist');
    for (const item of reproducibilityChecklist) expect(text).toContain(item.question);
    expect(text).toContain('Author (derived: No)');
    expect(text).toContain('The checkpoints stay inside the bank.');
  });

  it('keeps only the author’s overrides in JSON: derived answers are not stored', () => {
    const exported = JSON.parse(serializeReport(withOverride(), '2025-03-14T09:00:00.000Z')) as {
      report: Report;
    };
    expect(exported.report.appendix.checklist).toEqual(override);
    const plain = JSON.parse(
      serializeReport(createExampleReport(), '2025-03-14T09:00:00.000Z'),
    ) as {
      report: Report;
    };
    expect(plain.report.appendix.checklist).toEqual({});
  });

  it('shows the checklist of a planned study, whose result items read N/A', () => {
    const plan = createEmptyReport('plan');
    plan.setup.lockfile = 'uv.lock';
    plan.models.models = [createEmptyModel('model-a')];
    const table = checklistBlocks(plan).find((block) => block.kind === 'table');
    expect(table?.kind === 'table' ? table.table.rows.length : 0).toBe(
      reproducibilityChecklist.length,
    );
  });

  it('leaves out a checklist that nothing answers yet', () => {
    expect(checklistBlocks(createEmptyReport('blank'))).toEqual([]);
  });
});
