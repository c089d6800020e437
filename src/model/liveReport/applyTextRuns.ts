import type * as Y from 'yjs';
import { sameMarks, type CanonicalNode } from './richTextCanonicalForm';
import { markAttributes } from './richTextFragment';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function textLength(runs: readonly CanonicalNode[]): number {
  return runs.reduce((length, run) => length + (run.text ?? '').length, 0);
}

/** How many code units from the start (or the end) both runs hold with the same marks. */
function commonLength(
  held: readonly CanonicalNode[],
  wanted: readonly CanonicalNode[],
  fromEnd: boolean,
): number {
  const order = <Item>(items: readonly Item[]): readonly Item[] =>
    fromEnd ? [...items].reverse() : items;
  const heldRuns = order(held);
  const wantedRuns = order(wanted);
  let length = 0;
  let heldIndex = 0;
  let wantedIndex = 0;
  let heldOffset = 0;
  let wantedOffset = 0;
  while (heldIndex < heldRuns.length && wantedIndex < wantedRuns.length) {
    const heldRun = heldRuns[heldIndex];
    const wantedRun = wantedRuns[wantedIndex];
    if (heldRun === undefined || wantedRun === undefined) break;
    if (!sameMarks(heldRun.marks, wantedRun.marks)) break;
    const heldText = heldRun.text ?? '';
    const wantedText = wantedRun.text ?? '';
    while (heldOffset < heldText.length && wantedOffset < wantedText.length) {
      const heldCode = fromEnd
        ? heldText.charCodeAt(heldText.length - 1 - heldOffset)
        : heldText.charCodeAt(heldOffset);
      const wantedCode = fromEnd
        ? wantedText.charCodeAt(wantedText.length - 1 - wantedOffset)
        : wantedText.charCodeAt(wantedOffset);
      if (heldCode !== wantedCode) return length;
      heldOffset += 1;
      wantedOffset += 1;
      length += 1;
    }
    if (heldOffset === heldText.length) {
      heldIndex += 1;
      heldOffset = 0;
    }
    if (wantedOffset === wantedText.length) {
      wantedIndex += 1;
      wantedOffset = 0;
    }
  }
  return length;
}

function codeUnitAt(runs: readonly CanonicalNode[], position: number): number {
  let start = 0;
  for (const run of runs) {
    const text = run.text ?? '';
    if (position < start + text.length) return text.charCodeAt(position - start);
    start += text.length;
  }
  return Number.NaN;
}

/** The text runs between two positions, cut at them. */
function sliceRuns(runs: readonly CanonicalNode[], from: number, to: number): CanonicalNode[] {
  const slices: CanonicalNode[] = [];
  let start = 0;
  for (const run of runs) {
    const text = run.text ?? '';
    const end = start + text.length;
    if (end > from && start < to) {
      const piece = text.slice(Math.max(from - start, 0), Math.min(to, end) - start);
      slices.push({ ...run, text: piece });
    }
    start = end;
  }
  return slices;
}

/**
 * Turns a Y.XmlText holding `held` into one holding `wanted` by replacing only what lies
 * between their common start and end (what a keystroke changed). The cut never falls inside a
 * surrogate pair: Yjs would replace both halves with U+FFFD.
 */
export function applyTextRuns(
  text: Y.XmlText,
  held: readonly CanonicalNode[],
  wanted: readonly CanonicalNode[],
): void {
  const heldLength = textLength(held);
  const wantedLength = textLength(wanted);
  let prefix = commonLength(held, wanted, false);
  if (prefix > 0 && isHighSurrogate(codeUnitAt(held, prefix - 1))) prefix -= 1;
  let suffix = Math.min(
    commonLength(held, wanted, true),
    heldLength - prefix,
    wantedLength - prefix,
  );
  if (suffix > 0 && isLowSurrogate(codeUnitAt(held, heldLength - suffix))) suffix -= 1;
  const removed = heldLength - prefix - suffix;
  if (removed > 0) text.delete(prefix, removed);
  let position = prefix;
  for (const run of sliceRuns(wanted, prefix, wantedLength - suffix)) {
    const piece = run.text ?? '';
    // Attributes given in full: Yjs would otherwise carry over the marks of the text before.
    text.insert(position, piece, markAttributes(run.marks));
    position += piece.length;
  }
}
