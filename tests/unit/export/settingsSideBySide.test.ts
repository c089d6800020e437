import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { buildReportOutline, modelsPerComparisonTable } from '@/export/buildReportOutline';
import type { OutlineTable } from '@/export/reportOutline';
import { createExampleReport } from '@/model/createExampleReport';
import { listItemFieldPath } from '@/model/listItemFieldPath';
import type { Report } from '@/model/reportSchema';

function sideBySideTables(report: Report): OutlineTable[] {
  return buildReportOutline(report).sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'table' && block.table.caption?.includes('Settings side by side') === true
        ? [block.table]
        : [],
    ),
  );
}

function rowOf(table: OutlineTable, label: string) {
  const row = table.rows.find((cells) => cells[0]?.[0]?.text === label);
  if (row === undefined) throw new Error(`No row ${label}`);
  return row.slice(1).map((cell) => ({
    text: cell.map((span) => span.text).join(''),
    bold: cell.some((span) => span.strong === true),
  }));
}

describe('the models’ settings side by side', () => {
  const example = createExampleReport();

  it('puts the four models of the example in one table, differences in bold, settings of other methods as —', () => {
    const [table, ...others] = sideBySideTables(example);
    expect(others).toEqual([]);
    expect(table?.columns.map((column) => column.label)).toEqual([
      'Setting',
      'Model A',
      'Model B',
      'Model C',
      'Model D',
    ]);
    expect(rowOf(table!, 'Learning rate')).toEqual([
      { text: '2e-4', bold: true },
      { text: '2e-5', bold: true },
      { text: '1e-4', bold: true },
      { text: '1e-4', bold: true },
    ]);
    expect(rowOf(table!, 'Batch size')).toEqual(
      Array.from({ length: 4 }, () => ({ text: '16', bold: false })),
    );
    expect(rowOf(table!, 'LoRA rank').map((cell) => cell.text)).toEqual(['16', '—', '—', '64']);
    expect(rowOf(table!, 'Quantization bits')).toEqual([
      { text: '—', bold: false },
      { text: '—', bold: false },
      { text: '—', bold: false },
      { text: '4', bold: false },
    ]);
  });

  it('leaves out settings no model gives, and shows numbers as typed', () => {
    const report = createExampleReport();
    for (const model of report.models.models) model.hyperparameters.maxSteps = null;
    report.typedNumbers = {
      ...report.typedNumbers,
      [listItemFieldPath(
        'models.models',
        report.models.models[0]!.id,
        'hyperparameters',
        'learningRate',
      )]: '0.0002',
    };
    const [table] = sideBySideTables(report);
    const labels = table!.rows.map((row) => row[0]?.[0]?.text);
    expect(labels).not.toContain('Max steps');
    expect(labels).not.toContain('Motivation');
    expect(labels).not.toContain('Search bounds');
    expect(rowOf(table!, 'Learning rate')[0]?.text).toBe('0.0002');
  });

  it('splits nine models into tables of four, each model in exactly one', () => {
    const report = createExampleReport();
    const [first] = report.models.models;
    report.models.models = Array.from({ length: 9 }, (_, index) => ({
      ...first!,
      id: `model-${index}`,
      name: `Run ${index + 1}`,
    }));
    const tables = sideBySideTables(report);
    expect(tables.map((table) => table.columns.length - 1)).toEqual([
      modelsPerComparisonTable,
      modelsPerComparisonTable,
      1,
    ]);
    expect(tables.map((table) => table.caption)).toEqual([
      expect.stringMatching(/Settings side by side \(models 1–4 of 9\)/u),
      expect.stringMatching(/Settings side by side \(models 5–8 of 9\)/u),
      expect.stringMatching(/Settings side by side \(models 9–9 of 9\)/u),
    ]);
    expect(tables.flatMap((table) => table.columns.slice(1).map((column) => column.label))).toEqual(
      report.models.models.map((model) => model.name),
    );
    // The same settings everywhere: nothing is bold.
    expect(rowOf(tables[0]!, 'Learning rate').every((cell) => !cell.bold)).toBe(true);
  });

  it('is not written for a single model', () => {
    const report = createExampleReport();
    report.models.models = report.models.models.slice(0, 1);
    expect(sideBySideTables(report)).toEqual([]);
  });

  it('is in the Markdown export as a table with bold differences', () => {
    const markdown = buildMarkdown(example);
    expect(markdown).toContain('| Setting | Model A | Model B | Model C | Model D |');
    expect(markdown).toContain('| Learning rate | **2e-4** | **2e-5** | **1e-4** | **1e-4** |');
    expect(markdown).toContain('| Batch size | 16 | 16 | 16 | 16 |');
  });
});
