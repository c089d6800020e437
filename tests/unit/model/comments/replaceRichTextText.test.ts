import { describe, expect, it } from 'vitest';
import { replaceRichTextText } from '@/model/comments/replaceRichTextText';
import { richTextFromBlocks, richTextFromParagraphs, textNode } from '@/model/richText';

describe('replaceRichTextText', () => {
  it('edits the one text node the change falls in, keeping marks and paragraphs', () => {
    const richText = richTextFromBlocks(
      {
        type: 'paragraph',
        content: [textNode('Plain '), textNode('bold words', [{ type: 'bold' }])],
      },
      { type: 'paragraph', content: [textNode('Second')] },
    );
    const changed = replaceRichTextText(
      richText,
      'Plain bold words\nSecond',
      'Plain bold text\nSecond',
    );
    expect(changed?.content?.[0]?.content?.[1]).toEqual(textNode('bold text', [{ type: 'bold' }]));
    expect(changed?.content?.[1]).toBe(richText.content?.[1]);
  });

  it('gives undefined when the field changed or the edit crosses nodes', () => {
    const richText = richTextFromParagraphs('One', 'Two');
    expect(replaceRichTextText(richText, 'One\nThree', 'One\nFour')).toBeUndefined();
    expect(replaceRichTextText(richText, 'One\nTwo', 'Once')).toBeUndefined();
  });
});
