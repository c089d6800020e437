import type { LiveRoom } from '@/session/liveSessionState';
import { isRecord } from '@/model/isRecord';
import { base64UrlToBytes, bytesToBase64Url } from '@/model/shareLink/base64Url';

export const liveLinkPrefix = '#live=';

/** Why a server address cannot be used, or undefined when it is a ws:// or wss:// address. */
export function describeServerAddressProblem(server: string): string | undefined {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return 'Type the live server’s address, such as ws://127.0.0.1:1234.';
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    return 'The live server’s address starts with ws:// or wss://.';
  return undefined;
}

/** The fragment (`#live=…`) that joins `room`: in the part of the address never sent to a server. */
export function encodeLiveLinkFragment(room: LiveRoom): string {
  return `${liveLinkPrefix}${bytesToBase64Url(new TextEncoder().encode(JSON.stringify(room)))}`;
}

export type DecodedLiveLink = { ok: true; room: LiveRoom } | { ok: false; message: string };

export function decodeLiveLinkFragment(fragment: string): DecodedLiveLink {
  const refused = {
    ok: false,
    message: 'The live link is cut or changed: ask for the link again.',
  } as const;
  if (!fragment.startsWith(liveLinkPrefix)) return refused;
  const decoded = base64UrlToBytes(fragment.slice(liveLinkPrefix.length));
  if (!decoded.ok) return refused;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decoded.bytes));
  } catch {
    return refused;
  }
  if (!isRecord(parsed)) return refused;
  const { server, room, token } = parsed;
  if (typeof server !== 'string' || typeof room !== 'string' || typeof token !== 'string')
    return refused;
  if (room === '' || token === '') return refused;
  const serverProblem = describeServerAddressProblem(server);
  if (serverProblem !== undefined) return { ok: false, message: serverProblem };
  return { ok: true, room: { server, room, token } };
}
