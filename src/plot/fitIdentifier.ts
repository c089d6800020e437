const maxLength = 64;

/**
 * An id made from a text that fits the schema's pattern /^[A-Za-z0-9_-]{1,64}$/ and is not in
 * `taken`: other characters become "-", accents are dropped, and a numbered suffix settles
 * clashes. The same text and `taken` always give the same id.
 */
export function fitIdentifier(text: string, taken: ReadonlySet<string>, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^A-Za-z0-9_-]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, maxLength);
  const base = slug === '' ? fallback.slice(0, maxLength) : slug;
  if (!taken.has(base)) return base;
  for (let copy = 2; ; copy += 1) {
    const suffix = `-${copy}`;
    const candidate = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
