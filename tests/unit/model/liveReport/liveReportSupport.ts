import * as Y from 'yjs';
import { isRecord } from '@/model/isRecord';
import { readReportFromLiveDocument } from '@/model/liveReport';
import type { Report } from '@/model/reportSchema';

/** The report a document holds; fails the test when the document holds none. */
export function readReport(doc: Y.Doc): Report {
  const result = readReportFromLiveDocument(doc);
  if (!result.ok) throw new Error(`${result.message} ${result.details.join('; ')}`);
  return result.report;
}

/** A second document that received everything the first holds, as a remote replica would. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

/** Adjacent text nodes with the same marks as one, as ProseMirror and Yjs both join them. */
function joinTexts(nodes: unknown[]): unknown[] {
  const joined: unknown[] = [];
  for (const node of nodes) {
    const last = joined.at(-1);
    if (
      isRecord(node) &&
      isRecord(last) &&
      node['type'] === 'text' &&
      last['type'] === 'text' &&
      JSON.stringify(node['marks'] ?? []) === JSON.stringify(last['marks'] ?? [])
    )
      joined[joined.length - 1] = {
        ...last,
        text: `${String(last['text'])}${String(node['text'])}`,
      };
    else joined.push(node);
  }
  return joined;
}

/**
 * The report as the live document gives it back (the editor's form), built here independently
 * of the core: adjacent text nodes with the same marks are one (the example writes some
 * sentences as two), table cells gain the `align: null` of the editor's TableKit (the example's
 * cells were written without it), and lone surrogates, which Yjs cannot send, become U+FFFD.
 */
export function inLiveForm(report: Report): Report {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
    if (Array.isArray(value)) return value.map(convert);
    if (!isRecord(value)) return value;
    const copy = Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, convert(child)]),
    );
    if (typeof value['type'] === 'string' && Array.isArray(copy['content']))
      copy['content'] = joinTexts(copy['content']);
    if (
      (value['type'] === 'tableCell' || value['type'] === 'tableHeader') &&
      isRecord(value['attrs']) &&
      !('align' in value['attrs'])
    )
      copy['attrs'] = { ...(copy['attrs'] as object), align: null };
    return copy;
  };
  return convert(report) as Report;
}

/** Every rich text of a report with where it is. */
export function richTextsOf(value: unknown, path = ''): { path: string; richText: unknown }[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => richTextsOf(item, `${path}[${index}]`));
  if (!isRecord(value)) return [];
  if (value['type'] === 'doc') return [{ path, richText: value }];
  return Object.entries(value).flatMap(([key, child]) =>
    richTextsOf(child, path === '' ? key : `${path}.${key}`),
  );
}
