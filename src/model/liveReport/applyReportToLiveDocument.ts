import type * as Y from 'yjs';
import { isRecord } from '../isRecord';
import type { Report } from '../reportSchema';
import { createApplyContext, recordMatches } from './applyContext';
import { applyItemsToArray, applyRecordToMap } from './applyLiveValue';
import { liveDocumentCache } from './liveDocumentCache';
import { hasOwnRoot, reportRootName, rootArrayNames, rootMapNames } from './liveDocumentLayout';

/**
 * Makes the document hold `next` with the fewest Yjs operations, in one transaction with the
 * given origin; returns whether anything changed. Values the document already holds are left
 * alone, so applying what the document holds (an edit the editor made in a fragment, echoed by
 * the store) changes nothing. Parts of `next` that are the same objects as last time cost
 * nothing to compare.
 */
export function applyReportToLiveDocument(doc: Y.Doc, next: Report, origin?: unknown): boolean {
  const context = createApplyContext(liveDocumentCache(doc));
  const report: Readonly<Record<string, unknown>> = next;
  doc.transact(() => {
    const ownFields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(report)) if (!hasOwnRoot(key)) ownFields[key] = value;
    applyRecordToMap(doc.getMap(reportRootName), ownFields, context);
    for (const name of rootMapNames) {
      const value = report[name];
      applyRecordToMap(doc.getMap(name), isRecord(value) ? value : {}, context);
    }
    for (const name of rootArrayNames) {
      const value = report[name];
      applyItemsToArray(
        doc.getArray(name),
        Array.isArray(value) ? value.filter(isRecord) : [],
        context,
      );
    }
  }, origin);
  recordMatches(context);
  return context.changed;
}
