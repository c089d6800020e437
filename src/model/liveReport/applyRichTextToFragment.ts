import type * as Y from 'yjs';
import type { RichText } from '../richText';
import { isKnownMatch, type ApplyContext } from './applyContext';
import { applyRichTextChildren } from './applyRichTextChildren';
import { jsonEquals } from './jsonEquals';
import { readLiveValue } from './readLiveValue';
import { canonicalRichText } from './richTextCanonicalForm';

/** Makes the fragment hold the rich text, touching only what differs. */
export function applyRichTextToFragment(
  fragment: Y.XmlFragment,
  richText: RichText,
  context: ApplyContext,
): void {
  if (isKnownMatch(context, fragment, richText)) return;
  const wanted = canonicalRichText(richText);
  if (!jsonEquals(readLiveValue(fragment, context.cache), wanted)) {
    applyRichTextChildren(fragment, wanted.content);
    context.changed = true;
  }
  context.matched.push([fragment, richText]);
}
