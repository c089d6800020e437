import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeReportJsonSchema } from '../src/model/reportJsonSchema';

const schemaPath = fileURLToPath(new URL('../public/report.schema.json', import.meta.url));
const displayPath = relative(process.cwd(), schemaPath);
const expected = serializeReportJsonSchema();

if (process.argv.includes('--check')) {
  const current = existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : undefined;
  if (current !== expected) {
    console.error(
      current === undefined
        ? `${displayPath} is missing. Run \`npm run schema\` to generate it.`
        : `${displayPath} is out of date with src/model/reportSchema.ts. Run \`npm run schema\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${displayPath} is up to date.`);
} else {
  mkdirSync(dirname(schemaPath), { recursive: true });
  writeFileSync(schemaPath, expected);
  console.log(`Wrote ${displayPath}.`);
}
