import type * as Y from 'yjs';
import type { Report } from '../reportSchema';
import { applyReportToLiveDocument } from './applyReportToLiveDocument';
import { reportRootName } from './liveDocumentLayout';

/**
 * Fills an empty document with the report, in one transaction. A document that holds a report
 * already is refused: writing over it would duplicate what others added; apply to it instead.
 */
export function writeReportIntoLiveDocument(doc: Y.Doc, report: Report, origin?: unknown): void {
  if (doc.share.has(reportRootName) && doc.getMap(reportRootName).size > 0)
    throw new Error('The live document holds a report already; apply changes to it instead.');
  applyReportToLiveDocument(doc, report, origin);
}
