import { TextRun, type IRunOptions } from 'docx';

/** Runs for text that may hold line breaks: Word needs a break element for each `\n`. */
export function docxTextRuns(text: string, run: IRunOptions): TextRun[] {
  return text
    .split('\n')
    .map((line, index) => new TextRun({ ...run, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}
