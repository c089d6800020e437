import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentSchemaVersion } from '../src/model/reportSchema';
import { serializeReportJsonSchema } from '../src/model/reportJsonSchema';

const schemaPath = fileURLToPath(new URL('../public/report.schema.json', import.meta.url));
/** Each schema version's JSON Schema, frozen once written: a change of shape needs a new version. */
const frozenPath = fileURLToPath(
  new URL(`../tests/fixtures/report-schema/v${currentSchemaVersion}.json`, import.meta.url),
);
const expected = serializeReportJsonSchema();

function display(path: string): string {
  return relative(process.cwd(), path);
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const frozen = readIfPresent(frozenPath);
if (frozen !== undefined && frozen !== expected) {
  console.error(
    `The report's shape differs from the frozen schema of version ${currentSchemaVersion} (${display(frozenPath)}). Bump currentSchemaVersion in src/model/reportSchema.ts, then run \`npm run schema\`.`,
  );
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const current = readIfPresent(schemaPath);
  const problem =
    current === undefined
      ? `${display(schemaPath)} is missing.`
      : current !== expected
        ? `${display(schemaPath)} is out of date with src/model/reportSchema.ts.`
        : frozen === undefined
          ? `Schema version ${currentSchemaVersion} is not frozen yet (${display(frozenPath)}).`
          : undefined;
  if (problem !== undefined) {
    console.error(`${problem} Run \`npm run schema\` and commit the result.`);
    process.exit(1);
  }
  console.log(
    `${display(schemaPath)} is up to date and frozen as version ${currentSchemaVersion}.`,
  );
} else {
  for (const path of [schemaPath, frozenPath]) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, expected);
    console.log(`Wrote ${display(path)}.`);
  }
}
