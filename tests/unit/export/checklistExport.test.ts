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

  it('names the fields behind each derived Yes: the example’s measured cost of all four models', () => {
    const markdown = buildMarkdown(createExampleReport());
    expect(markdown).toContain(
      '| The average runtime for each result, or estimated energy cost, is given. | Yes | Derived | Models and approach: Training time (hours) and GPU-hours of all 4 models. |',
    );
    expect(markdown).toContain(
      '| 8. Compute resources: the type of compute workers, memory and time of execution are given for each experiment. | Yes | Derived | Models and approach: Training time (hours), GPU-hours and Peak GPU memory (GB) of all 4 models; GPU type and GPU count: 1 × NVIDIA A100-SXM4-80GB per run (Experimental setup). |',
    );
    expect(markdown).toContain(
      '| The details of train / validation / test splits are given. | Yes | Derived | Experimental setup: Train size, Validation size and Test size of both datasets. |',
    );
  });

  it('says “Partly — check the text” where only the prose gives run times, in Markdown and Word', async () => {
    const report = createExampleReport();
    for (const model of report.models.models)
      model.measured = { wallClockHours: null, gpuHours: null, peakGpuMemoryGigabytes: null };
    const runtimeRow =
      '| The average runtime for each result, or estimated energy cost, is given. | Partly — check the text | Derived | Models and approach: Results and analysis › Size and cost versus performance mentions "3.8 GPU-hours", but no model gives Training time (hours) or GPU-hours. |';
    expect(buildMarkdown(report)).toContain(runtimeRow);
    const text = docxText(unzipDocx(await packDocx(report)).get('word/document.xml') ?? '');
    expect(text).toContain('Partly — check the text');
    expect(text).toContain('mentions "3.8 GPU-hours", but no model gives');

    report.appendix.checklist = {
      'pineau-runtime': { answer: 'yes', justification: 'Table A2 gives GPU-hours per model.' },
    };
    expect(buildMarkdown(report)).toContain(
      '| The average runtime for each result, or estimated energy cost, is given. | Yes | Author (derived: Partly — check the text) | Table A2 gives GPU-hours per model. |',
    );
  });

  it('leaves out a checklist that nothing answers yet', () => {
    expect(checklistBlocks(createEmptyReport('blank'))).toEqual([]);
  });
});
