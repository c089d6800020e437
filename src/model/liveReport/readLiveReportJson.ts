import type * as Y from 'yjs';
import { isRecord } from '../isRecord';
import { liveDocumentCache } from './liveDocumentCache';
import { reportRootName, rootArrayNames, rootMapNames } from './liveDocumentLayout';
import { readLiveValue } from './readLiveValue';

/**
 * The plain JSON the document holds, not checked yet. Parts whose shared types did not change
 * since the last read are the same objects as then.
 */
export function readLiveReportJson(doc: Y.Doc): Record<string, unknown> {
  const cache = liveDocumentCache(doc);
  const ownFields = readLiveValue(doc.getMap(reportRootName), cache);
  const json: Record<string, unknown> = isRecord(ownFields) ? { ...ownFields } : {};
  for (const name of rootMapNames) json[name] = readLiveValue(doc.getMap(name), cache);
  for (const name of rootArrayNames) json[name] = readLiveValue(doc.getArray(name), cache);
  return json;
}
