import type * as Y from 'yjs';
import { changedSectionsAreValid } from '../changedSectionsAreValid';
import { isRecord } from '../isRecord';
import type { Report } from '../reportSchema';
import { restoreReport, type RestoreResult } from '../restoreReport';
import { sectionIds } from '../sectionRegistry';
import { readLiveReportJson } from './readLiveReportJson';

const sectionKeys: ReadonlySet<string> = new Set(sectionIds);

export interface LiveReportReader {
  /** The report the document holds now, or why it is not a valid one. */
  read: () => RestoreResult;
  /**
   * The document holds `report` now (it was just written into it, or the last read is kept as
   * these objects): later reads give its objects for what did not change.
   */
  settle: (report: Report) => void;
}

function idOf(value: unknown): unknown {
  return isRecord(value) ? value['id'] : undefined;
}

/**
 * `json` with every part that is the same object as in `lastJson` replaced by the report value
 * read from it then, list items matched by id: what did not change is not checked again.
 * `fixedKeys`: the record is a report or a section, whose keys are its fields, so a key someone
 * added in the room is left out; other records (typed numbers, say) take keys as they come.
 */
function rebase(json: unknown, lastJson: unknown, lastValue: unknown, fixedKeys = false): unknown {
  if (json === lastJson) return lastValue;
  if (Array.isArray(json) && Array.isArray(lastJson) && Array.isArray(lastValue)) {
    const byId = new Map<unknown, [unknown, unknown]>();
    lastJson.forEach((item: unknown, index) => {
      const id = idOf(item);
      if (typeof id === 'string' && idOf(lastValue[index]) === id)
        byId.set(id, [item, lastValue[index]]);
    });
    const items = json.map((item: unknown) => {
      const id = idOf(item);
      const last = typeof id === 'string' ? byId.get(id) : undefined;
      return last === undefined ? item : rebase(item, last[0], last[1]);
    });
    const unchanged =
      items.length === lastValue.length && items.every((item, index) => item === lastValue[index]);
    return unchanged ? lastValue : items;
  }
  if (isRecord(json) && isRecord(lastJson) && isRecord(lastValue)) {
    const keys = fixedKeys ? Object.keys(lastValue) : Object.keys(json);
    const record: Record<string, unknown> = {};
    let unchanged = keys.length === Object.keys(lastValue).length;
    for (const key of keys) {
      if (!(key in json)) return json;
      const value = rebase(
        json[key],
        lastJson[key],
        lastValue[key],
        fixedKeys && sectionKeys.has(key),
      );
      record[key] = value;
      if (!(key in lastValue) || value !== lastValue[key]) unchanged = false;
    }
    return unchanged ? lastValue : record;
  }
  return json;
}

/**
 * Reads a live document again and again, as people edit it. The first read goes through
 * restoreReport like every load; after that only what changed since the last valid read is
 * checked, the way the store checks an edit (all of restoreReport took 77 ms on the bench's
 * large report, for each key someone typed). A state that fails that check is read through
 * restoreReport again, which says what is wrong and where.
 */
export function createLiveReportReader(doc: Y.Doc): LiveReportReader {
  let last: { json: Record<string, unknown>; report: Report } | undefined;

  const readInFull = (json: Record<string, unknown>): RestoreResult => {
    const restored = restoreReport(json);
    last = restored.ok ? { json, report: restored.report } : undefined;
    return restored;
  };

  return {
    read: () => {
      const json = readLiveReportJson(doc);
      if (last === undefined) return readInFull(json);
      const candidate = rebase(json, last.json, last.report, true);
      if (candidate === last.report) {
        last = { json, report: last.report };
        return { ok: true, report: last.report, appliedMigrations: [] };
      }
      if (!isRecord(candidate) || !changedSectionsAreValid(last.report, candidate as Report))
        return readInFull(json);
      last = { json, report: candidate as Report };
      return { ok: true, report: last.report, appliedMigrations: [] };
    },
    settle: (report) => {
      last = { json: readLiveReportJson(doc), report };
    },
  };
}
