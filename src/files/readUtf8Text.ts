/** Pieces small enough that most of a draft (plot points, plain ASCII) decodes on the fast path. */
const pieceBytes = 64 * 1024;

/**
 * The file's text, as `file.text()` gives it (UTF-8, a leading byte order mark dropped, invalid
 * bytes as U+FFFD), decoded a piece at a time: decoded whole, one accented letter in a draft of
 * ASCII puts all of it on the slower path; in pieces only the pieces with such letters take it.
 */
export async function readUtf8Text(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += pieceBytes)
    pieces.push(decoder.decode(bytes.subarray(start, start + pieceBytes), { stream: true }));
  pieces.push(decoder.decode());
  return pieces.join('');
}
