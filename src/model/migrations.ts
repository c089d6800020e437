import { isRecord } from './isRecord';
import { currentSchemaVersion } from './reportSchema';

/**
 * One named, pure step from a schema version to the next; it never mutates its input. Only renames
 * and reshapes need one: a version that only adds fields has no step, and restoreReport fills the
 * new fields from their defaults.
 */
export interface MigrationStep {
  name: string;
  from: number;
  to: number;
  migrate: (report: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/**
 * v0 was the prototype's format: authors were a list of names and the change note was called
 * `versionNote`. v1 keeps authors as records with ids and renames the note.
 */
export const authorRecordsAndChangeNote: MigrationStep = {
  name: 'authorRecordsAndChangeNote',
  from: 0,
  to: 1,
  migrate: (report) => {
    const titlePage = asRecord(report['titlePage']);
    const { versionNote, ...restOfTitlePage } = titlePage;
    const authors = Array.isArray(titlePage['authors']) ? (titlePage['authors'] as unknown[]) : [];
    return {
      ...report,
      schemaVersion: 1,
      titlePage: {
        ...restOfTitlePage,
        changeNote: typeof versionNote === 'string' ? versionNote : '',
        authors: authors.map((author, index) =>
          typeof author === 'string'
            ? { id: `author-${index + 1}`, name: author, affiliation: '', email: '', role: '' }
            : author,
        ),
      },
    };
  },
};

/**
 * v1 kept the typed text of number fields ("0.0002", "87.0") only in the browser's draft, so an
 * exported file lost it, and derived figures were snapshots that went stale. v2 keeps the typed
 * text in the report (`typedNumbers`, empty for a v1 file, which never had it) and gives each plot
 * a `derivation`; v1 plots keep the points they hold (`none`), as the author last saw them.
 */
export const typedNumbersAndPlotDerivation: MigrationStep = {
  name: 'typedNumbersAndPlotDerivation',
  from: 1,
  to: 2,
  migrate: (report) => {
    const results = asRecord(report['results']);
    const plots = Array.isArray(results['plots']) ? (results['plots'] as unknown[]) : undefined;
    return {
      ...report,
      schemaVersion: 2,
      results:
        plots === undefined
          ? results
          : {
              ...results,
              plots: plots.map((plot) =>
                typeof plot === 'object' && plot !== null && !Array.isArray(plot)
                  ? { ...plot, derivation: 'none' }
                  : plot,
              ),
            },
      typedNumbers: {},
    };
  },
};

export const migrationSteps: readonly MigrationStep[] = [
  authorRecordsAndChangeNote,
  typedNumbersAndPlotDerivation,
];

export type MigrationResult =
  | { ok: true; report: Record<string, unknown>; appliedSteps: string[] }
  | { ok: false; message: string };

export function migrateReport(
  report: Readonly<Record<string, unknown>>,
  fromVersion: number,
): MigrationResult {
  if (fromVersion > currentSchemaVersion) {
    return {
      ok: false,
      message: `This report was made by a newer version of ML Report Studio (schema version ${fromVersion}; this app reads up to ${currentSchemaVersion}). Update the app to open it.`,
    };
  }
  let current: Record<string, unknown> = { ...report };
  const appliedSteps: string[] = [];
  for (let version = fromVersion; version < currentSchemaVersion; version += 1) {
    if (version < 0 || !Number.isInteger(version))
      return { ok: false, message: `No migration from schema version ${version}` };
    const step = migrationSteps.find((candidate) => candidate.from === version);
    if (step === undefined) {
      current = { ...current, schemaVersion: version + 1 };
      continue;
    }
    current = step.migrate(current);
    appliedSteps.push(step.name);
  }
  return { ok: true, report: current, appliedSteps };
}
