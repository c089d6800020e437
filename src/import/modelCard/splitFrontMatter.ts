/** A Markdown file split into its YAML front matter (or null) and its body, with line numbers. */
export interface SplitMarkdown {
  frontMatter: string | null;
  /** The 1-based line of the file where the front matter's first line is. */
  frontMatterLine: number;
  body: string;
  /** The 1-based line of the file where the body starts. */
  bodyLine: number;
}

const openingFence = /^\uFEFF?---[ \t]*\r?\n/u;
const closingFence = /^(?:---|\.\.\.)[ \t]*$/u;

/** Splits off front matter between a first line `---` and the next `---` (or YAML's `...`). */
export function splitFrontMatter(text: string): SplitMarkdown {
  const opening = openingFence.exec(text);
  if (opening === null) return { frontMatter: null, frontMatterLine: 0, body: text, bodyLine: 1 };
  const rest = text.slice(opening[0].length);
  const lines = rest.split('\n');
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    if (closingFence.test(line.replace(/\r$/u, ''))) {
      return {
        frontMatter: rest.slice(0, offset),
        frontMatterLine: 2,
        body: rest.slice(offset + line.length + 1),
        bodyLine: index + 3,
      };
    }
    offset += line.length + 1;
  }
  // No closing fence: not front matter but a thematic break, as GitHub shows it.
  return { frontMatter: null, frontMatterLine: 0, body: text, bodyLine: 1 };
}
