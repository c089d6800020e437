function comparable(address: string): string {
  return address
    .trim()
    .replace(/^(?:https?:\/\/|mailto:)/iu, '')
    .replace(/^www\./iu, '')
    .replace(/\/$/u, '')
    .toLowerCase();
}

/**
 * The address to print after a link's text, which paper would otherwise lose; none when the text
 * already is the address.
 */
export function linkAddressToPrint(text: string, href: string): string | undefined {
  const shown = href.replace(/^mailto:/iu, '');
  return comparable(text) === comparable(href) ? undefined : shown;
}
