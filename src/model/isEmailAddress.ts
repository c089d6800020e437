/**
 * An address a reader can write to: something@domain.tld, with no space, second @, angle bracket
 * or parenthesis (which would break the Markdown `mailto:` link the exports write).
 */
const emailAddressPattern = /^[^\s@<>()]+@[^\s@<>().]+(?:\.[^\s@<>().]+)+$/u;

export function isEmailAddress(text: string): boolean {
  return emailAddressPattern.test(text);
}
