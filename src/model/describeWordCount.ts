import type { RichTextFieldSpec } from './fieldSpec';

/** The word counter under a field with a length hint: "132 words · aim for about 150–250". */
export function describeWordCount(
  words: number,
  hint: Pick<RichTextFieldSpec<never>, 'lengthHintWords' | 'lengthHintMinimumWords'>,
): string {
  const count = `${words} ${words === 1 ? 'word' : 'words'}`;
  if (hint.lengthHintWords === undefined) return count;
  const aim =
    hint.lengthHintMinimumWords === undefined
      ? `about ${hint.lengthHintWords} at most`
      : `about ${hint.lengthHintMinimumWords}–${hint.lengthHintWords}`;
  return `${count} · aim for ${aim}`;
}
