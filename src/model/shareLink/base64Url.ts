const chunkSize = 0x8000;
const base64UrlCharacter = /^[A-Za-z0-9_-]*$/u;

/** Bytes as base64url without padding (RFC 4648 §5), the alphabet an address fragment keeps as is. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: spreading a large array into fromCharCode overflows the call stack.
  for (let start = 0; start < bytes.length; start += chunkSize)
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/u, '');
}

/** The bytes of base64url text, or where the text stops being base64url. */
export function base64UrlToBytes(
  text: string,
): { ok: true; bytes: Uint8Array } | { ok: false; problem: string } {
  if (!base64UrlCharacter.test(text)) {
    const position = [...text].findIndex((character) => !base64UrlCharacter.test(character));
    return {
      ok: false,
      problem: `character ${position + 1} of the data is “${[...text][position] ?? ''}”, which a share link never holds`,
    };
  }
  if (text.length % 4 === 1)
    return { ok: false, problem: 'the data ends part-way through a character (it may be cut off)' };
  const binary = atob(
    text
      .replaceAll('-', '+')
      .replaceAll('_', '/')
      .padEnd(text.length + ((4 - (text.length % 4)) % 4), '='),
  );
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return { ok: true, bytes };
}
