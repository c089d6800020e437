import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { setValueAtPath } from '@/model/fieldPath';
import { serializeReportJsonSchema } from '@/model/reportJsonSchema';
import { currentSchemaVersion } from '@/model/reportSchema';

const schemaText = readFileSync(
  new URL('../../../public/report.schema.json', import.meta.url),
  'utf8',
);
const schema = JSON.parse(schemaText) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);

function errorsOf(report: unknown): string[] {
  return validate(report)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

describe('public/report.schema.json', () => {
  it('is the current output of the schema generator', () => {
    expect(schemaText).toBe(serializeReportJsonSchema());
  });

  it('is a draft 2020-12 schema', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the example report and a blank one', () => {
    expect(errorsOf(createExampleReport())).toEqual([]);
    expect(errorsOf(createEmptyReport('r1'))).toEqual([]);
  });

  it('refuses a learning rate that is not a number', () => {
    const broken = setValueAtPath(
      createExampleReport(),
      'models.models#model-c.hyperparameters.learningRate',
      'fast',
    );
    expect(errorsOf(broken)).toContain(
      '/models/models/2/hyperparameters/learningRate must be number,null',
    );
  });

  it('refuses a broken rich-text node deep in the recursion', () => {
    const broken = setValueAtPath(createExampleReport(), 'abstract.summary', {
      type: 'doc',
      content: [
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'marquee' }] }] },
      ],
    });
    expect(errorsOf(broken).join('\n')).toMatch(
      /\/abstract\/summary\/content\/0\/content\/0\/content\/0\/type/u,
    );
  });

  it('refuses a missing section, a bad id and a wrong schema version', () => {
    const { conclusion: _, ...withoutConclusion } = createExampleReport();
    expect(errorsOf(withoutConclusion)).toContain(" must have required property 'conclusion'");
    expect(errorsOf({ ...createExampleReport(), id: 'has spaces' })).toEqual([
      '/id must match pattern "^[A-Za-z0-9_-]{1,64}$"',
    ]);
    expect(
      errorsOf({ ...createExampleReport(), schemaVersion: currentSchemaVersion + 1 }).length,
    ).toBeGreaterThan(0);
  });
});

describe('the frozen JSON Schema of the current version', () => {
  it('is what the schema generates: a change of shape needs a new schema version', () => {
    const frozen = readFileSync(
      new URL(`../../fixtures/report-schema/v${currentSchemaVersion}.json`, import.meta.url),
      'utf8',
    );
    expect(
      serializeReportJsonSchema() === frozen,
      `The report's shape differs from tests/fixtures/report-schema/v${currentSchemaVersion}.json: bump currentSchemaVersion and run npm run schema.`,
    ).toBe(true);
  });
});
