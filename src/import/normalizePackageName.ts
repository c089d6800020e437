/** PEP 503: `Flash_Attn` and `flash.attn` are both `flash-attn`. */
export function normalizePackageName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/gu, '-');
}
