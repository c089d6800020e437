import { maximumTypedNumberLength } from './maximumTypedNumberLength';

/** Why a number field does not take this text, shown next to it; undefined when it takes it. */
export function describeRefusedNumberInput(label: string, text: string): string | undefined {
  if (text.length <= maximumTypedNumberLength) return undefined;
  const limit = maximumTypedNumberLength.toLocaleString('en');
  const length = text.length.toLocaleString('en');
  return `${label} takes at most ${limit} characters; the ${length} pasted or typed were not taken, and it keeps what it held.`;
}
