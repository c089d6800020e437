import { describe, expect, it } from 'vitest';
import { isDateText } from '@/model/isDateText';

describe('isDateText', () => {
  it.each(['2024-02-29', '2025-03-14', '2000-02-29', '1999-12-31'])('accepts %s', (text) => {
    expect(isDateText(text)).toBe(true);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-4-1',
    '14/03/2025',
    '2025-03-14T00:00:00Z',
    ' 2025-03-14',
    '',
  ])('refuses %j', (text) => {
    expect(isDateText(text)).toBe(false);
  });
});
