const chunkSize = 0x8000;

/** Standard base64 of a text's UTF-8 bytes (btoa alone takes only Latin-1). */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In chunks: spreading a large array into fromCharCode overflows the call stack.
  for (let start = 0; start < bytes.length; start += chunkSize)
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  return btoa(binary);
}
