import type { DelimitedTable } from './parseDelimitedText';
import type { TablePlotKind } from './plotKindDefinitions';
import { suggestColumnMapping } from './suggestColumnMapping';
import { suggestPlotKind } from './suggestPlotKind';

/** What the person picked in the CSV dialog; an absent entry follows the suggestion. */
export interface ColumnChoices {
  xColumn?: string;
  yColumns?: readonly string[];
  kind?: TablePlotKind;
}

export interface ResolvedColumnChoices {
  /** Empty only when the table has no columns. */
  xColumn: string;
  /** In the table's column order, never the x column. */
  yColumns: readonly string[];
  kind: TablePlotKind;
}

/**
 * The mapping the dialog shows for the table as it reads now. Suggestions are made again from
 * every version of the text, so a CSV typed a key at a time ends where a pasted one does: the
 * numbers that make a column a y only arrive after its header. A choice holds while its columns
 * are in the table; when a renamed header leaves none of the chosen y columns, the suggestion
 * comes back rather than an empty plot the person did not ask for.
 */
export function resolveColumnChoices(
  table: DelimitedTable,
  choices: ColumnChoices,
): ResolvedColumnChoices {
  const suggested = suggestColumnMapping(table);
  const xColumn =
    choices.xColumn !== undefined && table.columns.includes(choices.xColumn)
      ? choices.xColumn
      : (suggested?.xColumn ?? table.columns[0] ?? '');
  const isYCandidate = (column: string): boolean => column !== xColumn;
  const chosenY = choices.yColumns?.filter(
    (column) => table.columns.includes(column) && isYCandidate(column),
  );
  const followsSuggestion =
    chosenY === undefined || (chosenY.length === 0 && (choices.yColumns?.length ?? 0) > 0);
  const yColumns = followsSuggestion
    ? (suggested?.yColumns ?? []).filter(isYCandidate)
    : table.columns.filter((column) => chosenY.includes(column));
  return { xColumn, yColumns, kind: choices.kind ?? suggestPlotKind(yColumns) };
}

/** The y columns after the person ticks or unticks one, in the table's column order. */
export function toggleYColumn(
  table: DelimitedTable,
  current: readonly string[],
  column: string,
  checked: boolean,
): readonly string[] {
  return table.columns.filter((candidate) =>
    candidate === column ? checked : current.includes(candidate),
  );
}
