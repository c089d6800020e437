/** Which table columns become a plot: x, one series per y column, with optional labels and models. */
export interface ColumnMapping {
  xColumn: string;
  yColumns: string[];
  /** Series label per y column; the column name when absent. */
  seriesLabels?: Record<string, string>;
  /** Model id per y column, so a series takes its model's colour and marker. */
  modelIds?: Record<string, string>;
}
