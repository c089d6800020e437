import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReproductionKit } from '@/export/reproductionKit/buildReproductionKit';
import { trainingArgumentDefaults } from '@/export/reproductionKit/trainingArgumentDefaults';
import { optimizerNames, schedulerNames } from '@/export/reproductionKit/trainingArgumentEnums';
import {
  chooseTransformersTarget,
  referenceTransformersVersions,
} from '@/export/reproductionKit/transformersTarget';
import { createExampleReport } from '@/model/createExampleReport';
import { isRecord } from '@/model/isRecord';
import type { Report } from '@/model/reportSchema';
import { buildKitReport, kitReportSpec } from './kitReports';

const referenceRoot = join(import.meta.dirname, '../../../../../shared/fixtures/reference');

interface ReferenceField {
  name: string;
  type: string;
  default?: unknown;
}

function readReference(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(referenceRoot, name), 'utf8')) as Record<string, unknown>;
}

/** Splits `A, B[C, D], E` at the commas and pipes outside brackets. */
function splitTop(text: string, separator: ',' | '|'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (const [index, character] of [...text].entries()) {
    if (character === '[') depth += 1;
    else if (character === ']') depth -= 1;
    else if (character === separator && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const stringEnums = new Set([
  'str',
  'IntervalStrategy',
  'SaveStrategy',
  'SchedulerType',
  'OptimizerNames',
  'PeftType',
  'TaskType',
  'HubStrategy',
]);

/** Whether a JSON value fits a Python annotation as the reference lists write it. */
function fitsAnnotation(value: unknown, annotation: string): boolean {
  const type = annotation.trim();
  const unionMembers = splitTop(type, '|');
  if (unionMembers.length > 1) return unionMembers.some((member) => fitsAnnotation(value, member));
  const generic = /^(\w+)\[(.*)\]$/su.exec(type);
  if (generic !== null) {
    const [, outer = '', inner = ''] = generic;
    const members = splitTop(inner, ',');
    if (outer === 'Optional') return value === null || fitsAnnotation(value, inner);
    if (outer === 'Union') return members.some((member) => fitsAnnotation(value, member));
    if (outer === 'list' || outer === 'List')
      return Array.isArray(value) && value.every((item) => fitsAnnotation(item, inner));
    if (outer === 'Literal')
      return members.some((member) => JSON.stringify(value) === member.replace(/^'|'$/gu, '"'));
    if (outer === 'dict' || outer === 'Dict') return isRecord(value);
    return false;
  }
  if (type === 'None') return value === null;
  if (type === 'float') return typeof value === 'number';
  if (type === 'int') return Number.isInteger(value);
  if (type === 'bool') return typeof value === 'boolean';
  if (type === 'dict') return isRecord(value);
  return stringEnums.has(type) && typeof value === 'string';
}

function kitJson(report: Report, fileName: string): Record<string, unknown>[] {
  return buildReproductionKit(report)
    .files.filter((file) => file.path.endsWith(`/${fileName}`))
    .map((file) => JSON.parse(file.text) as Record<string, unknown>);
}

describe.skipIf(!existsSync(referenceRoot))(
  'the kit’s JSON files against the reference field lists',
  () => {
    const trainingArguments = readReference('training-arguments.json');
    const lora = readReference('lora-config.json');
    const bitsAndBytes = readReference('bitsandbytes-config.json');
    const trainingVersions = trainingArguments['versions'] as Record<
      string,
      { fields: ReferenceField[]; enums: Record<string, { members: { value: string }[] } | string> }
    >;
    const loraVersions = lora['versions'] as Record<string, Record<string, ReferenceField[]>>;
    const bitsAndBytesVersions = bitsAndBytes['versions'] as Record<
      string,
      { init_parameters: { name: string; docstring_type: string }[] }
    >;

    function checkTrainingArguments(report: Report): void {
      const reference = chooseTransformersTarget(report).reference;
      const fields = new Map(
        trainingVersions[reference]?.fields.map((field) => [field.name, field]),
      );
      for (const values of kitJson(report, 'training_args.json'))
        for (const [key, value] of Object.entries(values)) {
          const field = fields.get(key);
          expect(field, `${key} in TrainingArguments ${reference}`).toBeDefined();
          expect(
            fitsAnnotation(value, field?.type ?? ''),
            `${key}: ${field?.type} = ${JSON.stringify(value)}`,
          ).toBe(true);
        }
    }

    function checkAdapterConfig(report: Report): void {
      const fields = new Map<string, ReferenceField>();
      for (const version of Object.values(loraVersions))
        for (const group of ['PeftConfigMixin_fields', 'PeftConfig_fields', 'LoraConfig_fields'])
          for (const field of version[group] ?? [])
            if (!fields.has(field.name)) fields.set(field.name, field);
      for (const values of kitJson(report, 'adapter_config.json'))
        for (const [key, value] of Object.entries(values)) {
          const field = fields.get(key);
          expect(field, `${key} in LoraConfig`).toBeDefined();
          expect(
            fitsAnnotation(value, field?.type ?? ''),
            `${key}: ${field?.type} = ${JSON.stringify(value)}`,
          ).toBe(true);
        }
    }

    function checkBitsAndBytesConfig(report: Report): void {
      const reference = chooseTransformersTarget(report).reference;
      const parameters = new Map(
        bitsAndBytesVersions[reference]?.init_parameters.map((parameter) => [
          parameter.name,
          parameter,
        ]),
      );
      for (const values of kitJson(report, 'bnb_config.json'))
        for (const [key, value] of Object.entries(values)) {
          const parameter = parameters.get(key);
          expect(parameter, `${key} in BitsAndBytesConfig ${reference}`).toBeDefined();
          const documented = parameter?.docstring_type ?? '';
          const expected = /`bool`/u.test(documented)
            ? 'boolean'
            : /`float`/u.test(documented)
              ? 'number'
              : 'string';
          expect(typeof value, `${key}: ${documented}`).toBe(expected);
        }
    }

    it('writes the example’s files with keys and types each release declares', () => {
      const example = createExampleReport();
      checkTrainingArguments(example);
      checkAdapterConfig(example);
      checkBitsAndBytesConfig(example);
      expect(kitJson(example, 'bnb_config.json')[0]?.['bnb_4bit_compute_dtype']).toBe('bfloat16');
    });

    it('writes generated reports’ files with keys and types their transformers release declares', () => {
      fc.assert(
        fc.property(kitReportSpec, (spec) => {
          const report = buildKitReport(spec);
          checkTrainingArguments(report);
          checkAdapterConfig(report);
          checkBitsAndBytesConfig(report);
        }),
        { numRuns: 150 },
      );
    });

    it('knows each release’s defaults, optimizers and schedulers as the reference lists them', () => {
      for (const version of referenceTransformersVersions) {
        const release = trainingVersions[version];
        const fields = new Map(release?.fields.map((field) => [field.name, field]));
        for (const [key, value] of Object.entries(trainingArgumentDefaults)) {
          // warmup_ratio is gone in 5.x, where a ratio is a float warmup_steps.
          if (!fields.has(key) && key === 'warmup_ratio' && version.startsWith('5.')) continue;
          expect(fields.get(key)?.default, `${key} in ${version}`).toBe(value);
        }
        const members = (name: string): string[] => {
          const entry = release?.enums[name];
          return typeof entry === 'object' ? entry.members.map((member) => member.value) : [];
        };
        expect([...optimizerNames[version]].sort()).toEqual(
          members('OptimizerNames (training_args.py)').sort(),
        );
        expect([...schedulerNames[version]].sort()).toEqual(
          members('SchedulerType (trainer_utils.py)').sort(),
        );
      }
    });
  },
);
