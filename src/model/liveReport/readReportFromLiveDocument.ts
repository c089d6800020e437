import type * as Y from 'yjs';
import { restoreReport, type RestoreResult } from '../restoreReport';
import { readLiveReportJson } from './readLiveReportJson';

/**
 * The report the document holds, through restoreReport like every load: a state that is not a
 * valid report (an empty room, a merge that broke a rule) is a failure with its message, never a
 * Report. Two copies of one list item left by concurrent moves are read as the first one.
 */
export function readReportFromLiveDocument(doc: Y.Doc): RestoreResult {
  return restoreReport(readLiveReportJson(doc));
}
