import Papa from 'papaparse';

export interface DelimitedTable {
  /** Header names, trimmed; blank ones become "Column N" and repeated ones get " (2)", " (3)". */
  columns: string[];
  /** One entry per column in every row; empty cells and cells missing from short rows are null. */
  rows: (string | null)[][];
  /** The line of the text each row starts on (the header is on line 1 when the text starts with it). */
  rowLineNumbers: number[];
  delimiter: string;
  warnings: string[];
}

const candidateDelimiters = ['\t', ';', ','] as const;
const sampleRows = 50;
const maxRowWarnings = 10;

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * Papa's own guess fails on two-column files and on decimal commas, so the delimiter is chosen
 * here: the one splitting the header into the most columns that the sample rows agree with.
 */
function detectDelimiter(text: string): string {
  let best: { delimiter: string; agreement: number; columns: number } | undefined;
  for (const delimiter of candidateDelimiters) {
    const records = Papa.parse<string[]>(text, { delimiter, preview: sampleRows }).data.filter(
      (record) => !isBlank(record),
    );
    const columns = records[0]?.length ?? 0;
    if (columns < 2) continue;
    const agreement = records.filter((record) => record.length === columns).length / records.length;
    if (
      best === undefined ||
      agreement > best.agreement ||
      (agreement === best.agreement && columns > best.columns)
    )
      best = { delimiter, agreement, columns };
  }
  return best?.delimiter ?? ',';
}

function uniqueColumnNames(header: readonly string[]): string[] {
  const used = new Set<string>();
  return header.map((raw, index) => {
    const base = raw.trim() === '' ? `Column ${index + 1}` : raw.trim();
    let name = base;
    for (let copy = 2; used.has(name); copy += 1) name = `${base} (${copy})`;
    used.add(name);
    return name;
  });
}

function countOccurrences(text: string, part: string, from: number, to: number): number {
  let count = 0;
  for (
    let index = text.indexOf(part, from);
    index >= 0 && index < to;
    index = text.indexOf(part, index + part.length)
  )
    count += 1;
  return count;
}

/**
 * Reads pasted or uploaded CSV/TSV text into a table: strips a byte order mark, detects the
 * delimiter among comma, semicolon and tab, reads quoted fields with delimiters and line breaks
 * inside, skips blank lines, and reports rows whose cell count differs from the header's.
 */
export function parseDelimitedText(text: string): DelimitedTable {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(content);
  const records: string[][] = [];
  const recordLines: number[] = [];
  const warnings: string[] = [];
  const parseErrors: string[] = [];
  let line = 1;
  let offset = 0;
  Papa.parse<string[]>(content, {
    delimiter,
    step: (result) => {
      const start = offset;
      offset = result.meta.cursor;
      const record = result.data;
      for (const error of result.errors)
        parseErrors.push(`Line ${line}: ${error.message.replace(/\.$/u, '')}.`);
      if (!isBlank(record)) {
        records.push(record);
        recordLines.push(line);
      }
      const linebreak = result.meta.linebreak === '' ? '\n' : result.meta.linebreak;
      line += countOccurrences(content, linebreak, start, offset);
    },
  });

  warnings.push(...parseErrors.slice(0, maxRowWarnings));
  const [header, ...body] = records;
  if (header === undefined)
    return {
      columns: [],
      rows: [],
      rowLineNumbers: [],
      delimiter,
      warnings: ['There is no table in the text.'],
    };
  const columns = uniqueColumnNames(header);
  const ragged: string[] = [];
  const rows = body.map((record, index) => {
    if (record.length !== columns.length) {
      const lineNumber = recordLines[index + 1] ?? 0;
      ragged.push(
        record.length < columns.length
          ? `Line ${lineNumber} has ${record.length} of ${columns.length} cells; the missing ones are empty.`
          : `Line ${lineNumber} has ${record.length} cells but the header has ${columns.length}; the extra ones are ignored.`,
      );
    }
    return columns.map((_, column) => {
      const cell = record[column]?.trim() ?? '';
      return cell === '' ? null : cell;
    });
  });
  warnings.push(...ragged.slice(0, maxRowWarnings));
  if (ragged.length > maxRowWarnings)
    warnings.push(
      `${ragged.length - maxRowWarnings} more lines have a different number of cells than the header.`,
    );
  if (columns.length === 1 && body.length > 0)
    warnings.push('Only one column was found; separate columns with commas, semicolons or tabs.');
  return { columns, rows, rowLineNumbers: recordLines.slice(1), delimiter, warnings };
}
