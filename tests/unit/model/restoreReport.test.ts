import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { setValueAtPath } from '@/model/fieldPath';
import { currentSchemaVersion, type Report } from '@/model/reportSchema';
import {
  createReportEnvelope,
  restoreReport,
  restoreReportFromText,
  type RestoreResult,
} from '@/model/restoreReport';
import { richTextFromBlocks, textNode, type RichTextNode } from '@/model/richText';

function envelopeOf(report: unknown): unknown {
  return {
    format: 'ml-report',
    schemaVersion: currentSchemaVersion,
    exportedAt: '2025-03-14T10:00:00.000Z',
    report,
  };
}

function expectFailure(result: RestoreResult): { message: string; details: string[] } {
  if (result.ok) throw new Error('expected the restore to fail');
  return result;
}

function expectSuccess(result: RestoreResult): Report {
  if (!result.ok)
    throw new Error(`expected success: ${result.message} ${result.details.join('; ')}`);
  return result.report;
}

function paragraphWithLink(text: string, href: string): RichTextNode {
  return {
    type: 'paragraph',
    content: [
      textNode('See '),
      textNode(text, [{ type: 'link', attrs: { href } }, { type: 'bold' }]),
    ],
  };
}

describe('restoreReport', () => {
  const example = createExampleReport();

  it('restores a valid envelope', () => {
    const result = restoreReport(envelopeOf(example));
    expect(result).toEqual({ ok: true, report: example, appliedMigrations: [] });
  });

  it('restores a bare report without an envelope', () => {
    expect(expectSuccess(restoreReport(structuredClone(example)))).toEqual(example);
  });

  it.each([
    ['a number', 42],
    ['a string', 'report'],
    ['null', null],
    ['an array', [example]],
    ['undefined', undefined],
  ])('refuses %s at the top', (_, input) => {
    const failure = expectFailure(restoreReport(input));
    expect(failure.message).toBe('This file is not an ML Report Studio report.');
    expect(failure.details).toEqual(['Expected a JSON object at the top.']);
  });

  it('refuses an envelope of another format and names the format found', () => {
    const failure = expectFailure(restoreReport({ format: 'excalidraw', report: example }));
    expect(failure.message).toBe('This file is not an ML Report Studio report.');
    expect(failure.details).toEqual(['format: expected "ml-report", got "excalidraw"']);
  });

  it('refuses an envelope without a report', () => {
    const failure = expectFailure(restoreReport({ format: 'ml-report', schemaVersion: 1 }));
    expect(failure.message).toBe('This file has no report in it.');
  });

  it('refuses a report that does not say its version', () => {
    const { schemaVersion: _, ...withoutVersion } = example;
    const failure = expectFailure(restoreReport(withoutVersion));
    expect(failure.message).toMatch(/does not say which version/u);
    expect(failure.details).toEqual(['schemaVersion: expected a whole number, got nothing']);
  });

  it('refuses a report made by a newer version of the app', () => {
    const newerVersion = currentSchemaVersion + 1;
    const newer = { ...example, schemaVersion: newerVersion };
    const failure = expectFailure(
      restoreReport({
        format: 'ml-report',
        schemaVersion: newerVersion,
        exportedAt: 'x',
        report: newer,
      }),
    );
    expect(failure.message).toContain('made by a newer version');
    expect(failure.message).toContain(`schema version ${newerVersion}`);
  });

  it('names the exact place of a value of the wrong type, by position', () => {
    const threeModels: Report = {
      ...example,
      models: { ...example.models, models: example.models.models.slice(0, 3) },
    };
    const broken = setValueAtPath(
      threeModels,
      'models.models#model-c.hyperparameters.learningRate',
      'fast',
    );
    const failure = expectFailure(restoreReport(envelopeOf(broken)));
    expect(failure.message).toBe('This report has values that do not fit the report format.');
    expect(failure.details).toEqual([
      'models.models[2].hyperparameters.learningRate: expected a number, got "fast"',
    ]);
  });

  it('names the allowed values of an enum', () => {
    const broken = setValueAtPath(example, 'titlePage.status', 'published');
    const failure = expectFailure(restoreReport(broken));
    expect(failure.details).toEqual([
      'titlePage.status: expected one of "draft", "in-review", "final", got "published"',
    ]);
  });

  it('refuses two list items with the same id, since field paths name items by id', () => {
    const [first, second] = example.models.models;
    if (first === undefined || second === undefined) throw new Error('the example has models');
    const duplicated: Report = {
      ...example,
      models: { ...example.models, models: [first, { ...second, id: first.id }] },
    };
    const failure = expectFailure(restoreReport(envelopeOf(duplicated)));
    expect(failure.details).toEqual([
      'models.models[1].id: the id "model-a" is already used by an earlier item',
    ]);
  });

  it('names the allowed values of a union of an enum and the empty text', () => {
    const broken = setValueAtPath(
      example,
      'models.models#model-a.hyperparameters.precision',
      'bf17',
    );
    expect(expectFailure(restoreReport(broken)).details).toEqual([
      'models.models[0].hyperparameters.precision: expected one of "fp32", "fp16", "bf16", "tf32", "fp8", "mixed", "other", "", got "bf17"',
    ]);
    const checklist = setValueAtPath(example, 'appendix.checklist', {
      seeds: { answer: 'maybe', justification: '' },
    });
    expect(expectFailure(restoreReport(checklist)).details).toEqual([
      'appendix.checklist.seeds.answer: expected one of "yes", "no", "not-applicable", "", got "maybe"',
    ]);
  });

  it('shows a non-finite number as itself, not as null', () => {
    const broken = setValueAtPath(example, 'setup.gpuCount', Number.POSITIVE_INFINITY);
    expect(expectFailure(restoreReport(broken)).details).toEqual([
      'setup.gpuCount: expected a number, got Infinity',
    ]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const broken: unknown = {
      ...example,
      results: {
        ...example.results,
        metricResults: example.results.metricResults.map((result) => ({ ...result, value: 'x' })),
      },
    };
    const failure = expectFailure(restoreReport(broken));
    expect(failure.details).toHaveLength(21);
    expect(failure.details.at(-1)).toBe(
      `…and ${example.results.metricResults.length - 20} more problems`,
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a file with an own "%s" key and pollutes nothing',
    (key) => {
      const text = JSON.stringify(envelopeOf(example)).replace(
        '"titlePage":{',
        `"titlePage":{"${key}":{"polluted":true},`,
      );
      const hostile: unknown = JSON.parse(text);
      const failure = expectFailure(restoreReport(hostile));
      expect(failure.details).toEqual([
        `The file contains the forbidden key "${key}" at report.titlePage.`,
      ]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it('refuses nesting 10,000 levels deep without throwing', () => {
    let nested: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) nested = { content: [nested] };
    const hostile = { ...example, abstract: { summary: nested } };
    let result: RestoreResult | undefined;
    expect(() => {
      result = restoreReport(envelopeOf(hostile));
    }).not.toThrow();
    const failure = expectFailure(result ?? restoreReport(null));
    expect(failure.message).toBe('This file cannot be opened as a report.');
    expect(failure.details[0]).toMatch(
      /nested deeper than 200 levels at report\.abstract\.summary/u,
    );
  });

  it.each([
    [196, false],
    [197, true],
  ])(
    'counts the depth of a list of numbers inside %i nested lists (refused: %s)',
    (levels, refused) => {
      let nested: unknown = [1];
      for (let level = 0; level < levels; level += 1) nested = [nested];
      const failure = expectFailure(
        restoreReport(envelopeOf({ ...example, abstract: { summary: nested } })),
      );
      if (refused) {
        expect(failure.details).toEqual([
          `The file is nested deeper than 200 levels at report.abstract.summary${'[0]'.repeat(levels + 1)}, deeper than any real report.`,
        ]);
      } else {
        expect(failure.message).toBe('This report has values that do not fit the report format.');
      }
    },
  );

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x'])(
    'drops a %j link mark and keeps its text and other marks',
    (href) => {
      const withLink = setValueAtPath(
        example,
        'abstract.summary',
        richTextFromBlocks(paragraphWithLink('the docs', href)),
      );
      const restored = expectSuccess(restoreReport(envelopeOf(withLink)));
      expect(restored.abstract.summary).toEqual(
        richTextFromBlocks({
          type: 'paragraph',
          content: [textNode('See '), textNode('the docs', [{ type: 'bold' }])],
        }),
      );
    },
  );

  it('keeps https and mailto links, with only their href', () => {
    const withLink = setValueAtPath(example, 'abstract.summary', {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            textNode('mail', [
              { type: 'link', attrs: { href: 'mailto:a@example.org', target: '_blank' } },
            ]),
          ],
        },
        paragraphWithLink('site', 'https://example.org/page'),
      ],
    });
    const restored = expectSuccess(restoreReport(withLink));
    expect(restored.abstract.summary.content?.[0]?.content?.[0]?.marks).toEqual([
      { type: 'link', attrs: { href: 'mailto:a@example.org' } },
    ]);
    expect(restored.abstract.summary.content?.[1]?.content?.[1]?.marks?.[0]).toEqual({
      type: 'link',
      attrs: { href: 'https://example.org/page' },
    });
  });

  it('round-trips the example through a JSON export', () => {
    const exported = JSON.stringify(createReportEnvelope(example, 'x'));
    const restored = expectSuccess(restoreReport(JSON.parse(exported)));
    expect(restored).toEqual(example);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof restoreReport(input).ok).toBe('boolean');
        expect(typeof restoreReport(envelopeOf(input)).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('restoreReportFromText', () => {
  const example = createExampleReport();
  const exported = JSON.stringify(createReportEnvelope(example, '2025-03-14T10:00:00.000Z'));

  it('restores the text of an exported report', () => {
    expect(expectSuccess(restoreReportFromText(exported))).toEqual(example);
  });

  it('refuses truncated JSON with the reason', () => {
    const failure = expectFailure(restoreReportFromText(exported.slice(0, exported.length / 2)));
    expect(failure.message).toBe('This file is not valid JSON (it may be cut off or damaged).');
    expect(failure.details).toHaveLength(1);
  });

  it.each(['', '   \n\t'])('refuses an empty file %j', (text) => {
    expect(expectFailure(restoreReportFromText(text)).message).toBe('This file is empty.');
  });

  it('refuses binary data containing NUL', () => {
    const binary = String.fromCharCode(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00);
    expect(expectFailure(restoreReportFromText(binary)).message).toBe(
      'This file is binary data, not a JSON report.',
    );
  });

  it('refuses deeply nested JSON text without throwing', () => {
    const text = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(() => restoreReportFromText(text)).not.toThrow();
    expect(restoreReportFromText(text).ok).toBe(false);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof restoreReportFromText(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
