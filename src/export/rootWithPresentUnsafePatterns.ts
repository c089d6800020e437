import type { Parents, Root } from 'mdast';
import { isMarkdownBlock } from './isMarkdownBlock';
import {
  defaultHandlers,
  type ConstructName,
  type Info,
  type SafeConfig,
  type State,
  type Unsafe,
} from 'mdast-util-to-markdown';

/** The unsafe patterns that can apply under one stack of constructs, grouped by character. */
interface Candidates {
  byCharacter: ReadonlyMap<string, readonly Unsafe[]>;
  /** The same without the patterns that need a line ending, for text without one. */
  byCharacterOnOneLine: ReadonlyMap<string, readonly Unsafe[]>;
}

/** `before` and `after` conditions that are a line ending (see the library's unsafe.js). */
const lineEndingConditions: ReadonlySet<string> = new Set(['[\\r\\n]', '\\r', '\\n']);

/** A pattern at a break, or with a line ending just before or after its character. */
function needsLineEnding(pattern: Unsafe): boolean {
  return (
    pattern.atBreak === true ||
    lineEndingConditions.has(pattern.before ?? '') ||
    lineEndingConditions.has(pattern.after ?? '')
  );
}

function hasLineEnding(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

/** Candidates per stack of constructs, as a tree by construct so a lookup builds no key. */
interface CandidatesNode {
  candidates: Candidates | undefined;
  next: Map<ConstructName, CandidatesNode>;
}

/** The library's own test: a pattern limited to constructs applies only inside one of them. */
function mayApply(stack: readonly ConstructName[], pattern: Unsafe): boolean {
  const constructs = pattern.inConstruct;
  if (constructs === null || constructs === undefined) return true;
  const list = typeof constructs === 'string' ? [constructs] : constructs;
  return list.length === 0 || list.some((construct) => stack.includes(construct));
}

function groupByCharacter(patterns: readonly Unsafe[]): Map<string, Unsafe[]> {
  const byCharacter = new Map<string, Unsafe[]>();
  for (const pattern of patterns) {
    const group = byCharacter.get(pattern.character);
    if (group === undefined) byCharacter.set(pattern.character, [pattern]);
    else group.push(pattern);
  }
  return byCharacter;
}

function candidatesOf(patterns: readonly Unsafe[]): Candidates {
  return {
    byCharacter: groupByCharacter(patterns),
    byCharacterOnOneLine: groupByCharacter(patterns.filter((pattern) => !needsLineEnding(pattern))),
  };
}

/**
 * mdast-util-to-markdown's own root handler, during which `state.safe` (every text, URL, title
 * and cell is escaped through it) runs with only the unsafe patterns that can apply where it is
 * and whose character occurs in the string it escapes or the characters around it. A pattern's
 * expression always contains its character, so the others can never match, and which patterns
 * match does not depend on their order: the output is the same, but a large report no longer goes
 * through some ninety patterns per text, which took a quarter of the Markdown build.
 */
export function rootWithPresentUnsafePatterns(
  node: Root,
  parent: Parents | undefined,
  state: State,
  info: Info,
): string {
  const librarySafe = state.safe;
  const allPatterns = state.unsafe;
  const cache: CandidatesNode = { candidates: undefined, next: new Map() };
  const candidatesHere = (): Candidates => {
    let entry = cache;
    for (const construct of state.stack) {
      let next = entry.next.get(construct);
      if (next === undefined) {
        next = { candidates: undefined, next: new Map() };
        entry.next.set(construct, next);
      }
      entry = next;
    }
    entry.candidates ??= candidatesOf(
      allPatterns.filter((pattern) => mayApply(state.stack, pattern)),
    );
    return entry.candidates;
  };
  state.safe = (value: string | null | undefined, config: SafeConfig): string => {
    const text = value ?? '';
    const before = config.before ?? '';
    const after = config.after ?? '';
    const candidates = candidatesHere();
    const onOneLine = !hasLineEnding(text) && !hasLineEnding(before) && !hasLineEnding(after);
    const present: Unsafe[] = [];
    for (const [character, patterns] of onOneLine
      ? candidates.byCharacterOnOneLine
      : candidates.byCharacter) {
      if (text.includes(character) || before.includes(character) || after.includes(character))
        present.push(...patterns);
    }
    // With nothing to escape, the library gives the text back, escaping only backslashes.
    if (present.length === 0 && !text.includes('\\')) return text;
    state.unsafe = present;
    try {
      return librarySafe.call(state, value, config);
    } finally {
      state.unsafe = allPatterns;
    }
  };
  try {
    // The library first asks whether any child is phrasing, which is slow for thousands of
    // children; the export's root holds blocks only (writeMarkdown), and then it does this.
    return node.children.every(isMarkdownBlock)
      ? state.containerFlow(node, info)
      : defaultHandlers.root(node, parent, state, info);
  } finally {
    state.safe = librarySafe;
  }
}
