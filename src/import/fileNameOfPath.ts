/** The last part of a path, with `/` or `\` separators: `runs/a/trainer_state.json` → `trainer_state.json`. */
export function fileNameOfPath(path: string): string {
  return path.replaceAll('\\', '/').split('/').at(-1) ?? path;
}
