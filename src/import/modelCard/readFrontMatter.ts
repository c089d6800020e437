import { parseDocument } from 'yaml';
import { isRecord } from '@/model/isRecord';

/** Aliases one front matter may expand; real cards use none, a "billion laughs" card uses millions. */
export const maximumYamlAliasCount = 100;

export type FrontMatterResult =
  { ok: true; metadata: Record<string, unknown> } | { ok: false; message: string; line: number };

/**
 * The front matter's YAML as plain data. Anchors and aliases that would expand past
 * `maximumYamlAliasCount` are refused (the yaml package counts them while converting), so a
 * small file cannot grow into gigabytes in memory. `firstLine` is the file line the YAML starts on.
 */
export function readFrontMatter(yamlText: string, firstLine: number): FrontMatterResult {
  const document = parseDocument(yamlText, { uniqueKeys: false, prettyErrors: false });
  const [error] = document.errors;
  if (error !== undefined) {
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
    return { ok: false, message: error.message.split('\n')[0] ?? error.message, line };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: maximumYamlAliasCount });
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    const isBomb = /alias/iu.test(reason);
    return {
      ok: false,
      message: isBomb
        ? `its aliases expand to more than ${maximumYamlAliasCount} copies (a "YAML bomb"), so it was refused`
        : reason,
      line: firstLine,
    };
  }
  if (data === null || data === undefined) return { ok: true, metadata: {} };
  if (!isRecord(data))
    return { ok: false, message: 'it is not a list of "key: value" lines', line: firstLine };
  return { ok: true, metadata: data };
}
