const chunkSize = 0x8000;
// oxlint-disable-next-line no-control-regex -- the class is everything outside ASCII
const nonAsciiRuns = /[^\u0000-\u007F]+/gu;
const encoder = new TextEncoder();

/** The UTF-8 bytes of a text as a string of one character per byte, as btoa takes them. */
function utf8ByteString(text: string): string {
  const bytes = encoder.encode(text);
  let binary = '';
  // In chunks: spreading a large array into fromCharCode overflows the call stack.
  for (let start = 0; start < bytes.length; start += chunkSize)
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  return binary;
}

/** Standard base64 of a text's UTF-8 bytes (btoa alone takes only Latin-1). */
export function encodeBase64(text: string): string {
  // ASCII is its own UTF-8, so only the rare non-ASCII runs (a ± in a figure) are converted:
  // copying every byte of a figure through fromCharCode took twenty times as long as btoa.
  return btoa(text.replace(nonAsciiRuns, utf8ByteString));
}
