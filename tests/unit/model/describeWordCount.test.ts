import { describe, expect, it } from 'vitest';
import { describeWordCount } from '@/model/describeWordCount';

describe('describeWordCount', () => {
  it('says the count and the range to aim for', () => {
    expect(describeWordCount(132, { lengthHintMinimumWords: 150, lengthHintWords: 250 })).toBe(
      '132 words · aim for about 150–250',
    );
  });

  it('says a one-sided hint as a most', () => {
    expect(describeWordCount(1, { lengthHintWords: 250 })).toBe(
      '1 word · aim for about 250 at most',
    );
  });

  it('says only the count without a hint', () => {
    expect(describeWordCount(0, {})).toBe('0 words');
  });
});
