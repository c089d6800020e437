import { describe, expect, it } from 'vitest';
import { applyNumberInput } from '@/model/applyNumberInput';
import { createEmptyMetric, createEmptyModel, createEmptyReport } from '@/model/createEmptyReport';
import { describeTypedNumber } from '@/model/describeTypedNumber';
import { describeTypedNumberWithoutUnit } from '@/model/describeTypedNumberWithoutUnit';
import { getValueAtPath } from '@/model/fieldPath';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import { analyzeReport } from '@/model/reportIssues';
import type { Report } from '@/model/reportSchema';
import { metricResultSchema } from '@/model/reportSchema';
import { unitForNumberPath } from '@/model/unitForNumberPath';

const memoryPath = 'models.models#m1.measured.peakGpuMemoryGigabytes';
const learningRatePath = 'models.models#m1.hyperparameters.learningRate';
const valuePath = metricResultFieldPath('r1', 'value');
const spreadPath = metricResultFieldPath('r1', 'spread');
const runsPath = metricResultFieldPath('r1', 'runs');

/** A blank report with one model and a test-only "MMLU" in % with one empty result. */
function reportWithUnits(): Report {
  const report = createEmptyReport('units');
  report.models.models = [{ ...createEmptyModel('m1'), name: 'Guanaco-65B' }];
  report.problem.metrics = [
    { ...createEmptyMetric('mmlu'), name: 'MMLU', unit: ' % ', reportedOn: 'test' },
  ];
  report.results.metricResults = [
    metricResultSchema.parse({ id: 'r1', modelId: 'm1', metricId: 'mmlu', split: 'test' }),
  ];
  return report;
}

describe('unitForNumberPath', () => {
  const report = reportWithUnits();

  it("gives a number field's spec unit", () => {
    expect(unitForNumberPath(report, memoryPath)).toBe('GB');
    expect(unitForNumberPath(report, 'models.models#m1.measured.wallClockHours')).toBe('h');
  });

  it("gives the metric's unit, trimmed, for a value and spread of the metric table", () => {
    expect(unitForNumberPath(report, valuePath)).toBe('%');
    expect(unitForNumberPath(report, spreadPath)).toBe('%');
  });

  it('gives no unit for runs, fields without one, unknown results and paths that are not numbers', () => {
    expect(unitForNumberPath(report, runsPath)).toBe('');
    expect(unitForNumberPath(report, learningRatePath)).toBe('');
    expect(unitForNumberPath(report, metricResultFieldPath('gone', 'value'))).toBe('');
    expect(unitForNumberPath(report, 'models.models#m1.measured')).toBe('');
    expect(unitForNumberPath(report, 'models.models#m1.name')).toBe('');
    expect(unitForNumberPath(report, 'nowhere.at.all')).toBe('');
  });

  it('follows a change of the metric’s unit', () => {
    const renamed = {
      ...report,
      problem: {
        ...report.problem,
        metrics: report.problem.metrics.map((metric) => ({ ...metric, unit: 'points' })),
      },
    };
    expect(unitForNumberPath(renamed, valuePath)).toBe('points');
  });
});

describe('a number typed with its unit', () => {
  it('is taken as the number, and kept as typed, in a metric cell and a field with a unit', () => {
    let report = applyNumberInput(reportWithUnits(), valuePath, '99.3 %');
    report = applyNumberInput(report, memoryPath, '21.3GB');
    expect(getValueAtPath(report, valuePath)).toBe(99.3);
    expect(getValueAtPath(report, memoryPath)).toBe(21.3);
    expect(report.typedNumbers).toEqual({ [valuePath]: '99.3 %', [memoryPath]: '21.3GB' });
    const flagged = analyzeReport(report, report.typedNumbers).issues.filter(
      (issue) => issue.path === valuePath || issue.path === memoryPath,
    );
    expect(flagged).toEqual([]);
    expect(describeTypedNumber(report.typedNumbers[valuePath], 99.3, '%')).toBe('99.3 %');
    expect(describeTypedNumberWithoutUnit(report.typedNumbers[valuePath], 99.3, '%')).toBe('99.3');
  });

  it('is refused, with the unit named, when the unit is another one; the check agrees', () => {
    let report = applyNumberInput(reportWithUnits(), valuePath, '99.3 pts');
    report = applyNumberInput(report, learningRatePath, '2e-4 %');
    expect(getValueAtPath(report, valuePath)).toBeNull();
    expect(getValueAtPath(report, learningRatePath)).toBeNull();
    const issues = analyzeReport(report, report.typedNumbers).issues;
    expect(issues.find((issue) => issue.path === valuePath)).toMatchObject({
      severity: 'error',
      message: '"99.3 pts" is not a number; type e.g. 16, 2e-4 or 16 %',
    });
    expect(issues.find((issue) => issue.path === learningRatePath)).toMatchObject({
      severity: 'error',
      message: '"2e-4 %" is not a number; type e.g. 16, 0.05 or 2e-4',
    });
  });

  it('shows the stored value when the unit changed since it was typed', () => {
    expect(describeTypedNumberWithoutUnit('99.30 %', 99.3, 'points')).toBe('99.3');
    expect(describeTypedNumberWithoutUnit('99.30 %', 99.3, '%')).toBe('99.30');
  });
});
