/** Pieces small enough that most of a draft (plot points, plain ASCII) decodes on the fast path. */
const pieceBytes = 64 * 1024;

/**
 * The text of UTF-8 bytes as `Blob.text()` gives it (a leading byte order mark dropped, invalid
 * bytes as U+FFFD), decoded a piece at a time by `decoder` (a new one unless given, to go on
 * from bytes decoded before): decoded whole, one accented letter in a draft of ASCII puts all of
 * it on the slower path; in pieces only the pieces with such letters take it.
 */
export function decodeUtf8(bytes: Uint8Array, decoder = new TextDecoder(), last = true): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += pieceBytes)
    pieces.push(decoder.decode(bytes.subarray(start, start + pieceBytes), { stream: true }));
  if (last) pieces.push(decoder.decode());
  return pieces.join('');
}
