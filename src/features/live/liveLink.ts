import type { LiveRoom } from '@/session/liveSessionState';
import { isRecord } from '@/model/isRecord';

export const liveLinkPrefix = '#live=';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

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
  return `${liveLinkPrefix}${toBase64Url(JSON.stringify(room))}`;
}

export type DecodedLiveLink = { ok: true; room: LiveRoom } | { ok: false; message: string };

export function decodeLiveLinkFragment(fragment: string): DecodedLiveLink {
  const refused = {
    ok: false,
    message: 'The live link is cut or changed: ask for the link again.',
  } as const;
  if (!fragment.startsWith(liveLinkPrefix)) return refused;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(fragment.slice(liveLinkPrefix.length)));
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
