import { describe, expect, it } from 'vitest';
import { applyDocxReview } from '@/import/docxReview/applyDocxReview';
import type { ReviewSuggestion } from '@/import/docxReview/docxReview';
import { createExampleReport } from '@/model/createExampleReport';
import { getValueAtPath } from '@/model/fieldPath';

const report = createExampleReport();
const learningRate = 'models.models#model-a.hyperparameters.learningRate';
const peakMemory = 'models.models#model-a.measured.peakGpuMemoryGigabytes';

function accept(suggestion: Omit<ReviewSuggestion, 'sectionId'>) {
  let next = 0;
  return applyDocxReview(
    report,
    {
      fromApp: true,
      threads: [],
      suggestions: [{ ...suggestion, sectionId: 'models' }],
      suggestionsWithoutField: 0,
    },
    new Set([0]),
    () => `id-${(next += 1)}`,
  );
}

describe('a reviewer’s tracked change to a number field', () => {
  it('is accepted as the number the new text reads as, in the field’s unit', () => {
    const rate = accept({ path: learningRate, before: '2e-4', after: '1e-4' });
    expect(rate.notApplied).toEqual([]);
    expect(getValueAtPath(rate.report, learningRate)).toBe(0.0001);
    // As if the author had typed it: the field shows the reviewer's text.
    expect(rate.report.typedNumbers[learningRate]).toBe('1e-4');
    const memory = accept({ path: peakMemory, before: '24.9 GB', after: '22.5 GB' });
    expect(memory.notApplied).toEqual([]);
    expect(getValueAtPath(memory.report, peakMemory)).toBe(22.5);
  });

  it('is left out, saying why, when the text is no number or the field changed since', () => {
    const notNumber = accept({ path: learningRate, before: '2e-4', after: 'about 1e-4' });
    expect(notNumber.notApplied).toEqual([
      {
        path: learningRate,
        reason:
          '"about 1e-4" is not a number; type e.g. 16, 0.05 or 2e-4: make this change by hand.',
      },
    ]);
    expect(notNumber.report).toBe(report);
    const changed = accept({ path: learningRate, before: '3e-4', after: '1e-4' });
    expect(changed.notApplied).toEqual([
      { path: learningRate, reason: 'The field changed since the Word file was exported.' },
    ]);
    expect(getValueAtPath(changed.report, learningRate)).toBe(0.0002);
  });
});
