import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximumModelCardHeadings, parseModelCard } from '@/import/modelCard/parseModelCard';
import type { RichTextNode } from '@/model/richText';
import { richTextSchema } from '@/model/richText';
import { importModelCard } from './importModelCard';

function refusal(text: string): string {
  const result = parseModelCard('README.md', text);
  if (result.ok) throw new Error('The card was read, not refused.');
  return result.message;
}

function linksIn(node: RichTextNode): string[] {
  const own = (node.marks ?? []).flatMap((mark) =>
    mark.type === 'link' ? [String(mark.attrs?.['href'])] : [],
  );
  return [...own, ...(node.content ?? []).flatMap((child) => linksIn(child))];
}

describe('hostile model cards', () => {
  it('refuses a YAML bomb of anchors and aliases, saying where and why', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(
        `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`,
      );
    }
    const message = refusal(`---\nlicense: mit\n${levels.join('\n')}\n---\n# Bomb\n`);
    expect(message).toMatch(/^README\.md, line 2: the YAML front matter could not be read: /u);
    expect(message).toContain('YAML bomb');
  });

  it('refuses YAML it cannot read, naming the line', () => {
    expect(refusal('---\nlicense: mit\nlanguage: [en\n---\n# Card\n')).toMatch(
      /^README\.md, line \d: the YAML front matter could not be read: .+\.$/u,
    );
  });

  it('refuses a card over 5 MB, saying its size and the limit', () => {
    const text = `# Big\n\n${'word '.repeat(1_100_000)}\n`;
    expect(refusal(text)).toBe(
      'README.md is 5.2 MiB; a model card may be at most 5.0 MiB, so it was not read.',
    );
  });

  it('refuses a heading flood', () => {
    const text = Array.from(
      { length: maximumModelCardHeadings + 1 },
      (_, index) => `## H${index}\n`,
    ).join('\n');
    expect(refusal(text)).toBe(
      'README.md has 1,001 headings; a model card may have at most 1,000, so it was not read.',
    );
  });

  it('keeps raw HTML as text and never links javascript: addresses', () => {
    const text = [
      '# Card',
      '',
      '<script>alert(1)</script>',
      '',
      '## Odd',
      '',
      'Click [here](javascript:alert(1)) or <img src=x onerror=alert(1)> or [safe](https://example.org).',
      '',
      '![x](javascript:alert(2))',
    ].join('\n');
    const { everything } = importModelCard('README.md', text);
    const fields = [everything.abstract.summary, everything.appendix.additionalLogs];
    const links = fields.flatMap((field) => linksIn(field));
    expect(links).toEqual(['https://example.org']);
    const json = JSON.stringify(fields);
    expect(json).toContain('<script>alert(1)</script>');
    expect(json).toContain('javascript:alert(1)');
    for (const field of fields) expect(richTextSchema.safeParse(field).success).toBe(true);
  });

  it('never throws, whatever the text', () => {
    const piece = fc.constantFrom(
      '---\n',
      '# ',
      '## ',
      '- ',
      '- **Epochs:** ',
      '- learning_rate: ',
      '| a | b |\n|---|---|\n',
      '&a [1]\n',
      '*a\n',
      'model-index:\n- results:\n  - metrics: [{type: x, value: y}]\n',
      '<div>',
      '[x](javascript:1)',
      '\n',
      '\u0000',
      '\uD800',
    );
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 30 });
    fc.assert(
      fc.property(text, (parts) => {
        const result = parseModelCard('README.md', parts.join(''));
        if (!result.ok) expect(result.message).toMatch(/^README\.md/u);
      }),
      { numRuns: 300 },
    );
  });
});
