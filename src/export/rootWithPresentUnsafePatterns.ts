import type { Parents, Root } from 'mdast';
import {
  defaultHandlers,
  type ConstructName,
  type Info,
  type SafeConfig,
  type State,
  type Unsafe,
} from 'mdast-util-to-markdown';

interface Candidates {
  patterns: readonly Unsafe[];
  characters: readonly string[];
}

/** The library's own test: a pattern limited to constructs applies only inside one of them. */
function mayApply(stack: readonly ConstructName[], pattern: Unsafe): boolean {
  const constructs = pattern.inConstruct;
  if (constructs === null || constructs === undefined) return true;
  const list = typeof constructs === 'string' ? [constructs] : constructs;
  return list.length === 0 || list.some((construct) => stack.includes(construct));
}

/**
 * mdast-util-to-markdown's own root handler, during which `state.safe` (every text, URL, title
 * and cell is escaped through it) runs with only the unsafe patterns that can apply where it is
 * and whose character occurs in the string it escapes or the characters around it. A pattern's
 * expression always contains its character, so the others can never match: the output is the
 * same, but a large report no longer goes through some ninety patterns per text, which took a
 * quarter of the Markdown build.
 */
export function rootWithPresentUnsafePatterns(
  node: Root,
  parent: Parents | undefined,
  state: State,
  info: Info,
): string {
  const librarySafe = state.safe;
  const allPatterns = state.unsafe;
  const candidatesByStack = new Map<string, Candidates>();
  const candidatesHere = (): Candidates => {
    const key = state.stack.join(' ');
    let candidates = candidatesByStack.get(key);
    if (candidates === undefined) {
      const patterns = allPatterns.filter((pattern) => mayApply(state.stack, pattern));
      candidates = {
        patterns,
        characters: [...new Set(patterns.map(({ character }) => character))],
      };
      candidatesByStack.set(key, candidates);
    }
    return candidates;
  };
  state.safe = (value: string | null | undefined, config: SafeConfig): string => {
    const { patterns, characters } = candidatesHere();
    const subject = `${config.before ?? ''}${value ?? ''}${config.after ?? ''}`;
    const present = new Set(characters.filter((character) => subject.includes(character)));
    state.unsafe = patterns.filter((pattern) => present.has(pattern.character));
    try {
      return librarySafe.call(state, value, config);
    } finally {
      state.unsafe = allPatterns;
    }
  };
  try {
    return defaultHandlers.root(node, parent, state, info);
  } finally {
    state.safe = librarySafe;
  }
}
