import { Inflate } from 'fflate';
import { restoreReportFromText, type RestoreResult } from '../restoreReport';
import { base64UrlToBytes } from './base64Url';
import {
  maximumShareFragmentCharacters,
  maximumSharedReportBytes,
  shareFragmentPrefix,
} from './shareLinkLimits';

/** Compressed bytes handed to the inflater at a time: DEFLATE expands them at most ~1,032-fold. */
const inflateStepBytes = 1024;

function refused(message: string, details: string[] = []): RestoreResult {
  return { ok: false, message, details };
}

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Inflates step by step and stops as soon as the output passes `maximumBytes`, so a link that
 * unpacks to a gigabyte costs a few megabytes of memory, never the gigabyte.
 */
function inflateWithin(compressed: Uint8Array, maximumBytes: number): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maximumBytes) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let start = 0; start < compressed.length; start += inflateStepBytes) {
      const end = Math.min(start + inflateStepBytes, compressed.length);
      inflater.push(compressed.subarray(start, end), end === compressed.length);
      if (total > maximumBytes)
        return {
          ok: false,
          message: `The share link unpacks to more than ${maximumBytes / (1024 * 1024)} MB, more than any real report.`,
        };
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, message: 'The share link is damaged: its data does not unpack.' };
  }
  if (!ended)
    return {
      ok: false,
      message: 'The share link is cut off: its data ends before the report does.',
    };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

/**
 * The report a share link's fragment (`r=1.…`, with or without its `#`) holds, through the one
 * `restoreReportFromText` every load goes through. Never throws; a refusal says what is wrong.
 */
export function decodeShareFragment(fragment: string): RestoreResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > maximumShareFragmentCharacters)
    return refused('The share link is longer than any browser opens (2 MB).');
  if (!text.startsWith('r=')) return refused('The address holds no share link (no “#r=”).');
  if (!text.startsWith(shareFragmentPrefix)) {
    const version = text.slice(2).split('.')[0] ?? '';
    return refused(
      /^\d+$/u.test(version) && Number(version) > 1
        ? `The share link was made by a newer version of ML Report Studio (link format ${version}; this app reads format 1). Update the app to open it.`
        : 'The share link is damaged: it does not start with “#r=1.”.',
    );
  }
  const decoded = base64UrlToBytes(text.slice(shareFragmentPrefix.length));
  if (!decoded.ok) return refused('The share link is damaged.', [decoded.problem]);
  if (decoded.bytes.length === 0) return refused('The share link is empty: it holds no report.');
  const inflated = inflateWithin(decoded.bytes, maximumSharedReportBytes);
  if (!inflated.ok) return refused(inflated.message);
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return refused('The share link is damaged: what it unpacks to is not text.');
  }
  const restored = restoreReportFromText(json);
  // Its messages speak of a file; here the report came in a link.
  return restored.ok
    ? restored
    : {
        ...restored,
        message: restored.message.replace(/^This file\b/u, 'The report in the share link'),
      };
}
