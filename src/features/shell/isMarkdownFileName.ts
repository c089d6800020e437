/** A `.md` or `.markdown` file goes to the model-card review; any other file is a JSON draft. */
export function isMarkdownFileName(name: string): boolean {
  return /\.(?:md|markdown)$/iu.test(name);
}
