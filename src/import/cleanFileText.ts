// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/gu;

/** A string from a file, made safe to keep as plain text: no control characters, trimmed, capped. */
export function cleanFileText(value: string, maximumLength = 2000): string {
  const cleaned = value.replace(controlCharacters, '').trim();
  return cleaned.length > maximumLength ? `${cleaned.slice(0, maximumLength - 1)}…` : cleaned;
}
