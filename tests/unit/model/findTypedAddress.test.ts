import { describe, expect, it } from 'vitest';
import { findTypedAddress } from '@/model/findTypedAddress';

function linkedPart(word: string): string | undefined {
  const found = findTypedAddress(word);
  return found === undefined ? undefined : word.slice(found.start, found.end);
}

describe('findTypedAddress', () => {
  it.each([
    ['https://example.com.', 'https://example.com'],
    ['https://example.com', 'https://example.com'],
    ['https://example.com/a?b=1,', 'https://example.com/a?b=1'],
    ['(https://example.com).', 'https://example.com'],
    ['https://en.wikipedia.org/wiki/LoRA_(method)', 'https://en.wikipedia.org/wiki/LoRA_(method)'],
    [
      '(https://en.wikipedia.org/wiki/LoRA_(method)).',
      'https://en.wikipedia.org/wiki/LoRA_(method)',
    ],
    ['“https://example.com”,', 'https://example.com'],
    ['mailto:someone@example.com;', 'mailto:someone@example.com'],
    ['doi:10.48550/arXiv.2106.09685.', 'doi:10.48550/arXiv.2106.09685'],
  ])('links %s as %s', (word, linked) => {
    expect(linkedPart(word)).toBe(linked);
  });

  it('gives a doi: address its https://doi.org link', () => {
    expect(findTypedAddress('doi:10.48550/arXiv.2106.09685.')?.href).toBe(
      'https://doi.org/10.48550/arXiv.2106.09685',
    );
  });

  it.each([
    'example.com.',
    'https://',
    'javascript:alert(1)',
    'mailto:',
    '10.48550/arXiv.1',
    '...',
  ])('leaves %s unlinked', (word) => {
    expect(findTypedAddress(word)).toBeUndefined();
  });
});
