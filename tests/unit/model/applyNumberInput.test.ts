import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '@/export/serializeReport';
import { applyNumberInput } from '@/model/applyNumberInput';
import { createExampleReport } from '@/model/createExampleReport';
import { describeRefusedNumberInput } from '@/model/describeRefusedNumberInput';
import { getValueAtPath } from '@/model/fieldPath';
import { maximumTypedNumberLength } from '@/model/maximumTypedNumberLength';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import type { Report } from '@/model/reportSchema';
import { restoreDraft } from '@/model/restoreDraft';
import { restoreReportFromText } from '@/model/restoreReport';
import { createReportStore } from '@/store/reportStore';

const example = createExampleReport();
const firstResultId = example.results.metricResults[0]?.id ?? '';
const numberFields = [
  { path: 'setup.gpuCount', label: 'GPU count' },
  { path: 'setup.numberOfRuns', label: 'Runs per configuration' },
  { path: 'models.models#model-c.hyperparameters.learningRate', label: 'Learning rate' },
  { path: metricResultFieldPath(firstResultId, 'value'), label: 'Accuracy (test) for Model A' },
] as const;

function valueAt(report: Report, path: string): unknown {
  return getValueAtPath(report, path);
}

/** What a number control does with a key or a paste: refuse it with a message, or store it. */
function typeIntoControl(
  label: string,
  path: string,
  text: string,
): { refusal: string | undefined; taken: boolean; report: Report } {
  const store = createReportStore({ now: () => 0, initialDocument: { report: example } });
  const refusal = describeRefusedNumberInput(label, text);
  const taken =
    refusal === undefined &&
    store.getState().updateReport((report) => applyNumberInput(report, path, text));
  return { refusal, taken, report: store.getState().document.report };
}

describe('applyNumberInput', () => {
  it('keeps the text as typed beside the number it reads as', () => {
    const report = applyNumberInput(example, 'setup.gpuCount', '1,024');
    expect(report.setup.gpuCount).toBe(1024);
    expect(report.typedNumbers['setup.gpuCount']).toBe('1,024');
  });

  it('leaves no number behind text that is not one, so no stale count goes on', () => {
    const withFour = applyNumberInput(example, 'setup.gpuCount', '4');
    const typedOver = applyNumberInput(withFour, 'setup.gpuCount', 'eight or so');
    expect(typedOver.setup.gpuCount).toBeNull();
    expect(typedOver.typedNumbers['setup.gpuCount']).toBe('eight or so');
    expect(withFour.setup.gpuCount).toBe(4);
  });

  it('forgets the text of an emptied field', () => {
    const typed = applyNumberInput(example, 'setup.gpuCount', '4');
    const emptied = applyNumberInput(typed, 'setup.gpuCount', '  ');
    expect(emptied.setup.gpuCount).toBeNull();
    expect(emptied.typedNumbers).not.toHaveProperty('setup.gpuCount');
  });
});

describe('describeRefusedNumberInput', () => {
  it('takes text up to the documented length and refuses longer text, saying why', () => {
    expect(
      describeRefusedNumberInput('GPU count', '7'.repeat(maximumTypedNumberLength)),
    ).toBeUndefined();
    expect(describeRefusedNumberInput('Runs per configuration', '1'.repeat(10_800))).toBe(
      'Runs per configuration takes at most 10,000 characters; the 10,800 pasted or typed were not taken, and it keeps what it held.',
    );
  });
});

const trickyTexts = fc.constantFrom(
  'eight or so',
  '\uD800',
  '\uDFFF lone',
  '\u0000points:0',
  '"\\u0000points:0"',
  '\u2028\u2029',
  '__proto__',
  '1e400',
  '-0',
  '0.0',
  '2e-4',
  '1 024',
  '',
  '   ',
);
const longTexts = fc
  .tuple(
    fc.integer({ min: maximumTypedNumberLength - 5, max: maximumTypedNumberLength + 5 }),
    fc.constantFrom('7', 'a', '\uD83D\uDE00', ' '),
  )
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
const anyText = fc.oneof(
  trickyTexts,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('1', '0', '.', 'e', '-', ',', '_', ' '), maxLength: 30 }),
  longTexts,
);

describe('what a number control stores', () => {
  it('is accepted by the store whenever the control does not refuse it, and read back by every load', () => {
    fc.assert(
      fc.property(fc.constantFrom(...numberFields), anyText, ({ path, label }, text) => {
        const { refusal, taken, report } = typeIntoControl(label, path, text);
        if (refusal !== undefined) {
          // Refused with a message at typing time, and nothing changed.
          expect(text.length).toBeGreaterThan(maximumTypedNumberLength);
          expect(report).toBe(example);
          return;
        }
        expect(taken).toBe(true);
        const exported = restoreReportFromText(serializeReport(report, '2025-03-14T09:00:00.000Z'));
        const saved = restoreDraft({
          format: 'ml-report-draft',
          report: structuredClone(report),
          revision: 3,
        });
        for (const restored of [exported, saved]) {
          if (!restored.ok) throw new Error(`${restored.message} ${restored.details.join('; ')}`);
          expect(restored.report.typedNumbers[path]).toBe(report.typedNumbers[path]);
          if (text.trim() !== '') expect(restored.report.typedNumbers[path]).toBe(text);
          // JSON writes -0 as 0; any other number comes back as it was.
          expect(valueAt(restored.report, path) === valueAt(report, path)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('restoreDraft', () => {
  it('keeps every typed text of an old draft that fits, when one does not', () => {
    const { typedNumbers: _none, ...withoutTypedNumbers } = example;
    const restored = restoreDraft({
      format: 'ml-report-draft',
      revision: 1,
      report: { ...withoutTypedNumbers, schemaVersion: 1 },
      fieldInputs: {
        'setup.gpuCount': 'eight or so',
        'setup.numberOfRuns': '1'.repeat(10_800),
      },
    });
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.report.typedNumbers['setup.gpuCount']).toBe('eight or so');
    expect(restored.report.typedNumbers).not.toHaveProperty('setup.numberOfRuns');
  });
});
