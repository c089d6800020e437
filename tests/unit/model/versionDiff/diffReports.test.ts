import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { richTextFromParagraphs } from '@/model/richText';
import type { Report } from '@/model/reportSchema';
import { diffReports } from '@/model/versionDiff/diffReports';
import type { FieldDifference } from '@/model/versionDiff/reportDifference';
import { writeDifferenceMarkdown } from '@/model/versionDiff/writeDifferenceMarkdown';
import { arbitraryMutatedReport } from '../../export/support/arbitraryMutatedReport';

function differencesOf(before: Report, after: Report): (FieldDifference & { section: string })[] {
  return diffReports(before, after).sections.flatMap((section) =>
    section.differences.map((difference) => ({ ...difference, section: section.title })),
  );
}

function placeOf(difference: FieldDifference): string {
  return difference.place.join(' › ');
}

describe('diffReports', () => {
  it('finds nothing between a report and a copy of itself', () => {
    const example = createExampleReport();
    expect(diffReports(example, structuredClone(example))).toEqual({ sections: [], count: 0 });
  });

  it('names a changed value by its section and label, shown as typed', () => {
    const before = createExampleReport();
    const [first] = before.models.models;
    if (first === undefined) throw new Error('the example has models');
    const after: Report = {
      ...before,
      titlePage: { ...before.titlePage, title: 'Banking intents, revised' },
      models: {
        ...before.models,
        models: before.models.models.map((model) =>
          model.id === first.id
            ? { ...model, hyperparameters: { ...model.hyperparameters, learningRate: 0.0003 } }
            : model,
        ),
      },
      typedNumbers: {
        ...before.typedNumbers,
        [`models.models#${first.id}.hyperparameters.learningRate`]: '3e-4',
      },
    };
    const found = differencesOf(before, after);
    expect(found).toContainEqual({
      section: 'Title page',
      kind: 'value',
      place: ['Title'],
      before: 'Four fine-tuning strategies for banking intent classification',
      after: 'Banking intents, revised',
    });
    const learningRate = found.find((difference) => placeOf(difference).endsWith('Learning rate'));
    expect(learningRate).toMatchObject({
      section: 'Models and approach',
      kind: 'value',
      after: '3e-4',
    });
    expect(learningRate?.place).toContain('Model A');
    expect(found).toHaveLength(2);
  });

  it('shows rich text changes word by word', () => {
    const before = {
      ...createExampleReport(),
      abstract: {
        ...createExampleReport().abstract,
        summary: richTextFromParagraphs('We compare four strategies on Banking77.'),
      },
    };
    const after = {
      ...before,
      abstract: {
        ...before.abstract,
        summary: richTextFromParagraphs('We compare five strategies on Banking77 and CLINC.'),
      },
    };
    const [difference] = differencesOf(before, after);
    expect(difference?.kind).toBe('richText');
    if (difference?.kind !== 'richText') return;
    expect(difference.segments.filter((segment) => segment.kind === 'deleted')).toEqual([
      { kind: 'deleted', text: 'four' },
    ]);
    expect(
      difference.segments
        .filter((segment) => segment.kind === 'inserted')
        .map((segment) => segment.text),
    ).toEqual(['five', ' and CLINC']);
    expect(
      difference.segments
        .map((segment) => (segment.kind === 'deleted' ? '' : segment.text))
        .join(''),
    ).toBe('We compare five strategies on Banking77 and CLINC.');
  });

  it('matches list items by id: added, removed and moved', () => {
    const before = createExampleReport();
    const [modelA, modelB, modelC, modelD] = before.models.models;
    if (
      modelA === undefined ||
      modelB === undefined ||
      modelC === undefined ||
      modelD === undefined
    )
      throw new Error('the example has four models');
    const added = { ...modelA, id: 'model-e', name: 'Model E' };
    const after: Report = {
      ...before,
      models: { ...before.models, models: [modelB, modelA, modelD, added] },
    };
    const items = differencesOf(before, after).filter((difference) => difference.kind === 'item');
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'item',
          change: 'added',
          name: 'Model E',
          place: ['Models'],
        }),
        expect.objectContaining({ kind: 'item', change: 'removed', name: 'Model C' }),
        expect.objectContaining({ kind: 'item', change: 'moved' }),
      ]),
    );
    expect(items.filter((item) => item.kind === 'item' && item.change === 'moved')).toHaveLength(1);
  });

  it('shows metric-table cells old → new and summarises a figure’s data', () => {
    const before = createExampleReport();
    const [result] = before.results.metricResults;
    if (result === undefined) throw new Error('the example has results');
    const [plot] = before.results.plots;
    if (plot === undefined) throw new Error('the example has plots');
    const after: Report = {
      ...before,
      results: {
        ...before.results,
        metricResults: before.results.metricResults.map((candidate) =>
          candidate.id === result.id ? { ...candidate, value: 0.5 } : candidate,
        ),
        plots: before.results.plots.map((candidate) =>
          candidate.id === plot.id
            ? {
                ...candidate,
                title: 'Loss',
                series: candidate.series.map((series, index) =>
                  index === 0 ? { ...series, points: series.points.slice(0, 10) } : series,
                ),
              }
            : candidate,
        ),
      },
      typedNumbers: Object.fromEntries(
        Object.entries(before.typedNumbers).filter(
          ([path]) => path !== `results.metricResults#${result.id}.value`,
        ),
      ),
    };
    const found = differencesOf(before, after);
    const cell = found.find((difference) => difference.place[0] === 'Metric table');
    expect(cell).toMatchObject({ kind: 'value', section: 'Results and analysis' });
    expect(cell?.kind === 'value' && cell.after).toMatch(/^0\.5 /u);
    expect(cell?.place).toHaveLength(3);
    const figure = found.find((difference) => difference.kind === 'figure');
    expect(figure).toMatchObject({
      kind: 'figure',
      change: 'changed',
      place: ['Plots', 'Figure 1: Loss'],
    });
    expect(figure?.kind === 'figure' && figure.after).toMatch(
      /^Loss curve “Loss”: 8 series, [\d,]+ points, x /u,
    );
    expect(figure?.kind === 'figure' && figure.details.join('; ')).toMatch(
      /title: “Training and validation loss” → “Loss”; series “.+”: [\d,]+ → 10 points/u,
    );

    const markdown = writeDifferenceMarkdown(diffReports(before, after), 'v1.1');
    expect(markdown).toMatch(
      /^## Changes since v1\.1\n\n### 7\. Results and analysis\n\n- \*\*Metric table › /u,
    );
    expect(markdown).toContain('- **Plots › Figure 1: Loss**: changed — Loss curve “Loss”');
  });

  it('finds no difference between any generated report and itself', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), (report) => {
        expect(diffReports(report, structuredClone(report)).count).toBe(0);
        expect(diffReports(report, report).count).toBe(0);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
