/** Elements one per line, so that golden-file diffs point at the element that changed. */
export function joinSvgLines(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}
