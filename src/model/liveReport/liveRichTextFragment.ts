import * as Y from 'yjs';
import type { FieldPath } from '../fieldPath';
import { reportRootName, rootArrayNames, rootMapNames } from './liveDocumentLayout';

function parseSegment(segment: string): { key: string; itemId: string | undefined } {
  const hashIndex = segment.indexOf('#');
  return hashIndex === -1
    ? { key: segment, itemId: undefined }
    : { key: segment.slice(0, hashIndex), itemId: segment.slice(hashIndex + 1) };
}

function itemOf(list: unknown, itemId: string): unknown {
  if (!(list instanceof Y.Array)) return undefined;
  // The first copy of an id, as readReportFromLiveDocument reads it.
  return list.toArray().find((item) => item instanceof Y.Map && item.get('id') === itemId);
}

function step(parent: unknown, segment: string): unknown {
  const { key, itemId } = parseSegment(segment);
  const child = parent instanceof Y.Map ? parent.get(key) : undefined;
  return itemId === undefined ? child : itemOf(child, itemId);
}

/**
 * The fragment holding the rich text at a field path (`models.models#m1.description`), for a
 * Tiptap editor bound through @tiptap/extension-collaboration; undefined when no rich text is
 * there. A list item that moved is a new map: look the fragment up again after a move.
 */
export function liveRichTextFragment(doc: Y.Doc, path: FieldPath): Y.XmlFragment | undefined {
  const [first = '', ...rest] = path.split('.');
  const { key, itemId } = parseSegment(first);
  let current: unknown;
  if (rootMapNames.includes(key)) current = itemId === undefined ? doc.getMap(key) : undefined;
  else if (rootArrayNames.includes(key))
    current = itemId === undefined ? undefined : itemOf(doc.getArray(key), itemId);
  else current = step(doc.getMap(reportRootName), first);
  for (const segment of rest) current = step(current, segment);
  return current instanceof Y.XmlFragment && !(current instanceof Y.XmlElement)
    ? current
    : undefined;
}
