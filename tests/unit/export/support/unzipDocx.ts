import { strFromU8, unzipSync } from 'fflate';

/** Every part of a .docx file as text, by its path in the zip. */
export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const parts = unzipSync(bytes);
  return new Map(Object.entries(parts).map(([path, data]) => [path, strFromU8(data)]));
}
