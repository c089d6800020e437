import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  authorRecordsAndChangeNote,
  migrateReport,
  migrationSteps,
  typedNumbersAndPlotDerivation,
} from '@/model/migrations';
import { currentSchemaVersion } from '@/model/reportSchema';
import { analyzeReport } from '@/model/reportIssues';
import { restoreReport } from '@/model/restoreReport';

type JsonRecord = Record<string, unknown>;

function readFixture(name: string): JsonRecord {
  const url = new URL(`../../fixtures/migrations/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as JsonRecord;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function titlePageOf(report: JsonRecord): JsonRecord {
  return report['titlePage'] as JsonRecord;
}

describe('migration steps', () => {
  it('each go one version up, in order, within the current version, with unique names', () => {
    // Versions that only add fields have no step: restoreReport fills the fields from defaults.
    for (const step of migrationSteps) {
      expect(step.to).toBe(step.from + 1);
      expect(step.to).toBeLessThanOrEqual(currentSchemaVersion);
    }
    const froms = migrationSteps.map((step) => step.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    const names = migrationSteps.map((step) => step.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

/** Every leaf (string, number, boolean, null, empty list or object) of a JSON value, by path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  const entries = Array.isArray(value)
    ? value.map((child, index) => [String(index), child] as const)
    : Object.entries(value);
  if (entries.length === 0) return [[path, value]];
  return entries.flatMap(([key, child]) => leaves(child, path === '' ? key : `${path}.${key}`));
}

function valueAt(root: unknown, path: string): unknown {
  return path === ''
    ? root
    : path
        .split('.')
        .reduce<unknown>(
          (value, key) =>
            typeof value === 'object' && value !== null
              ? (value as Record<string, unknown>)[key]
              : undefined,
          root,
        );
}

describe('drafts of every earlier version open with nothing lost', () => {
  it.each([
    ['report-v1.json', ['typedNumbersAndPlotDerivation']],
    ['report-v2.json', []],
    ['report-v3.json', []],
  ])('%s keeps every value it holds, and new fields take their defaults', (name, steps) => {
    const fixture = readFixture(name);
    const result = restoreReport(fixture);
    if (!result.ok) throw new Error(`${result.message}: ${result.details.join('; ')}`);
    expect(result.appliedMigrations).toEqual(steps);
    expect(result.report.schemaVersion).toBe(currentSchemaVersion);
    for (const [path, value] of leaves(fixture)) {
      if (path === 'schemaVersion') continue;
      expect(valueAt(result.report, path), path).toEqual(value);
    }
    // Added in version 4: the Hub ids, task and language a model card needs.
    const { problem, models, setup } = result.report;
    expect([problem.hubTask, problem.language]).toEqual(['', '']);
    expect(models.models.map((model) => model.baseModelHubId)).toEqual(models.models.map(() => ''));
    expect(setup.datasets.map((dataset) => dataset.hubId)).toEqual(setup.datasets.map(() => ''));
  });

  it.each(['report-v1.json', 'report-v2.json'])(
    '%s opens with the fields of version 3 at their defaults',
    (name) => {
      const result = restoreReport(readFixture(name));
      if (!result.ok) throw new Error(`${result.message}: ${result.details.join('; ')}`);
      const [model] = result.report.models.models;
      expect(model?.measured).toEqual({
        wallClockHours: null,
        gpuHours: null,
        peakGpuMemoryGigabytes: null,
      });
      expect(model?.hyperparameters.maxGradNorm).toBeNull();
      expect(result.report.problem.metrics.map((metric) => metric.reportedOn)).toEqual(
        result.report.problem.metrics.map(() => 'both'),
      );
    },
  );
});

describe('authorRecordsAndChangeNote (v0 -> v1)', () => {
  const fixture = readFixture('report-v0.json');

  it('is pure: it neither mutates its frozen input nor depends on anything else', () => {
    const pristine = structuredClone(fixture);
    const frozen = deepFreeze(structuredClone(fixture));
    const first = authorRecordsAndChangeNote.migrate(frozen);
    const second = authorRecordsAndChangeNote.migrate(frozen);
    expect(frozen).toEqual(pristine);
    expect(first).toEqual(second);
    expect(first).not.toBe(frozen);
  });

  it('turns author names into author records and versionNote into changeNote', () => {
    const before = titlePageOf(fixture);
    const after = authorRecordsAndChangeNote.migrate(fixture);
    const titlePage = titlePageOf(after);
    expect(after['schemaVersion']).toBe(1);
    expect(titlePage).not.toHaveProperty('versionNote');
    expect(titlePage['changeNote']).toBe(before['versionNote']);
    expect(titlePage['authors']).toEqual([
      { id: 'author-1', name: 'Amara Okafor', affiliation: '', email: '', role: '' },
      { id: 'author-2', name: 'Jonas Lindqvist', affiliation: '', email: '', role: '' },
      { id: 'author-3', name: 'Priya Raman', affiliation: '', email: '', role: '' },
    ]);
    const { versionNote: _, authors: __, ...untouchedBefore } = before;
    const { changeNote: ___, authors: ____, ...untouchedAfter } = titlePage;
    expect(untouchedAfter).toEqual(untouchedBefore);
    for (const section of ['abstract', 'models', 'results', 'appendix']) {
      expect(after[section]).toEqual(fixture[section]);
    }
  });

  it('fills what a v0 file left out and keeps author records it does not recognize', () => {
    const author = {
      id: 'kept',
      name: 'Kept',
      affiliation: 'A',
      email: 'k@example.org',
      role: 'R',
    };
    const after = authorRecordsAndChangeNote.migrate({
      schemaVersion: 0,
      titlePage: { title: 'T', authors: ['Named', author] },
    });
    expect(titlePageOf(after)).toEqual({
      title: 'T',
      changeNote: '',
      authors: [{ id: 'author-1', name: 'Named', affiliation: '', email: '', role: '' }, author],
    });
  });
});

describe('migrateReport', () => {
  it('applies nothing to a current report', () => {
    const report = { schemaVersion: currentSchemaVersion, id: 'r' };
    expect(migrateReport(report, currentSchemaVersion)).toEqual({
      ok: true,
      report,
      appliedSteps: [],
    });
  });

  it('refuses a newer version with a message that says so', () => {
    const result = migrateReport({}, currentSchemaVersion + 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('made by a newer version');
  });

  it('refuses a version it has no step for', () => {
    expect(migrateReport({}, -1)).toEqual({
      ok: false,
      message: 'No migration from schema version -1',
    });
  });
});

describe('the frozen v0 fixture', () => {
  it('restores through restoreReport into a valid current report', () => {
    const result = restoreReport(readFixture('report-v0.json'));
    if (!result.ok) throw new Error(`${result.message}: ${result.details.join('; ')}`);
    expect(result.appliedMigrations).toEqual([
      'authorRecordsAndChangeNote',
      'typedNumbersAndPlotDerivation',
    ]);
    expect(result.report.schemaVersion).toBe(currentSchemaVersion);
    expect(result.report.titlePage.authors.map((author) => author.name)).toEqual([
      'Amara Okafor',
      'Jonas Lindqvist',
      'Priya Raman',
    ]);
    const analysis = analyzeReport(result.report, {});
    expect(analysis.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('restores inside an envelope too', () => {
    const fixture = readFixture('report-v0.json');
    const result = restoreReport({
      format: 'ml-report',
      schemaVersion: 0,
      exportedAt: '2024-11-02T08:00:00.000Z',
      report: fixture,
    });
    expect(result.ok).toBe(true);
  });
});

describe('typedNumbersAndPlotDerivation (v1 -> v2)', () => {
  const fixture = readFixture('report-v1.json');

  it('is pure: it neither mutates its frozen input nor depends on anything else', () => {
    const pristine = structuredClone(fixture);
    const frozen = deepFreeze(structuredClone(fixture));
    const first = typedNumbersAndPlotDerivation.migrate(frozen);
    const second = typedNumbersAndPlotDerivation.migrate(frozen);
    expect(frozen).toEqual(pristine);
    expect(first).toEqual(second);
    expect(first).not.toBe(frozen);
  });

  it('adds empty typed numbers and keeps every v1 plot with the points it holds', () => {
    const after = typedNumbersAndPlotDerivation.migrate(fixture);
    expect(after['schemaVersion']).toBe(2);
    expect(after['typedNumbers']).toEqual({});
    const plotsBefore = (fixture['results'] as JsonRecord)['plots'] as JsonRecord[];
    const plotsAfter = (after['results'] as JsonRecord)['plots'] as JsonRecord[];
    expect(plotsAfter).toEqual(plotsBefore.map((plot) => ({ ...plot, derivation: 'none' })));
    for (const section of ['titlePage', 'abstract', 'models', 'setup', 'appendix']) {
      expect(after[section]).toEqual(fixture[section]);
    }
  });

  it('restores the frozen v1 fixture through restoreReport into a valid current report', () => {
    const result = restoreReport(readFixture('report-v1.json'));
    if (!result.ok) throw new Error(`${result.message}: ${result.details.join('; ')}`);
    expect(result.appliedMigrations).toEqual(['typedNumbersAndPlotDerivation']);
    expect(result.report.schemaVersion).toBe(currentSchemaVersion);
    expect(result.report.results.plots.map((plot) => plot.series.length)).toEqual([8, 4, 4]);
  });
});
