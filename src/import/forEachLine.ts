/**
 * Calls `visit` for each line without splitting the whole text into an array, so a 200 MB log costs
 * one line at a time. Handles LF and CRLF; `visit` returns false to stop early.
 */
export function forEachLine(
  text: string,
  visit: (line: string, lineNumber: number, endOffset: number) => boolean | void,
): void {
  let start = 0;
  let lineNumber = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line =
      text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    if (!(start === text.length && line === '')) {
      if (visit(line, lineNumber, end) === false) return;
    }
    start = end + 1;
    lineNumber += 1;
  }
}
