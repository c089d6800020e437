import * as Y from 'yjs';
import type { RichText } from '../richText';
import { liveValueKind } from './liveValueKind';
import { createRichTextFragment } from './richTextFragment';
import { wellFormedJson } from './wellFormedJson';
import { wellFormedText } from './wellFormedText';

/** Told of each shared type made, with the report value it holds. */
export type CreatedTypeListener = (type: object, value: unknown) => void;

export function createLiveRecord(
  record: Readonly<Record<string, unknown>>,
  onCreated?: CreatedTypeListener,
): Y.Map<unknown> {
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(record))
    if (value !== undefined) entries.push([wellFormedText(key), createLiveValue(value, onCreated)]);
  const map = new Y.Map<unknown>(entries);
  onCreated?.(map, record);
  return map;
}

/** A report value as the live document holds it (see liveValueKind), not yet in a document. */
export function createLiveValue(value: unknown, onCreated?: CreatedTypeListener): unknown {
  switch (liveValueKind(value)) {
    case 'scalar':
      return typeof value === 'string' ? wellFormedText(value) : value;
    case 'richText': {
      const fragment = createRichTextFragment(value as RichText);
      onCreated?.(fragment, value);
      return fragment;
    }
    case 'itemList': {
      const items = value as readonly Readonly<Record<string, unknown>>[];
      const array = Y.Array.from(items.map((item) => createLiveRecord(item, onCreated)));
      onCreated?.(array, value);
      return array;
    }
    case 'record':
      return createLiveRecord(value as Readonly<Record<string, unknown>>, onCreated);
    case 'whole':
    case 'absent':
      return wellFormedJson(value);
  }
}
