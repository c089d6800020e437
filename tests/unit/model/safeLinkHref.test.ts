import { describe, expect, it } from 'vitest';
import { safeLinkHref, sanitizeRichText, type RichText } from '@/model/richText';

describe('safeLinkHref', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['  http://example.com  ', 'http://example.com'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['doi:10.48550/arXiv.2106.09685', 'https://doi.org/10.48550/arXiv.2106.09685'],
    ['DOI: 10.48550/arXiv.2106.09685', 'https://doi.org/10.48550/arXiv.2106.09685'],
    ['10.18653/v1/D19-1131', 'https://doi.org/10.18653/v1/D19-1131'],
    ['doi:10.1000/a#b?c', 'https://doi.org/10.1000/a%23b%3Fc'],
  ])('links %s to %s', (typed, href) => {
    expect(safeLinkHref(typed)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'doi:javascript:alert(1)',
    'doi:11.1000/x',
    'doi:',
    'data:text/html,hi',
    'example.com',
    'doi:10.1000/\uD800',
    42,
    undefined,
  ])('refuses %s', (typed) => {
    expect(safeLinkHref(typed)).toBeUndefined();
  });

  it('turns a doi: link mark into its https://doi.org address when rich text is sanitized', () => {
    const richText: RichText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'LoRA',
              marks: [{ type: 'link', attrs: { href: 'doi:10.48550/arXiv.2106.09685' } }],
            },
          ],
        },
      ],
    };
    expect(sanitizeRichText(richText).content?.[0]?.content?.[0]?.marks).toEqual([
      { type: 'link', attrs: { href: 'https://doi.org/10.48550/arXiv.2106.09685' } },
    ]);
  });
});
