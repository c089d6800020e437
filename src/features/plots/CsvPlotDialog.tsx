import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { modelDisplayName } from '@/model/modelSummary';
import type { Plot } from '@/model/reportSchema';
import type { ColumnMapping } from '@/plot/columnMapping';
import { createPlotFromTable } from '@/plot/createPlotFromTable';
import { parseDelimitedText } from '@/plot/parseDelimitedText';
import { plotKindDefinitions, tablePlotKinds } from '@/plot/plotKindDefinitions';
import {
  resolveColumnChoices,
  toggleYColumn,
  type ColumnChoices,
} from '@/plot/resolveColumnChoices';
import { createId } from '@/platform/createId';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';
import { useReportSelector } from '@/context/AppContext';
import { PlotImage } from './PlotImage';

const maxFileBytes = 50 * 1024 * 1024;
/** Longer files are read but not put in the text box, which would make typing slow. */
const maxEditableCharacters = 200_000;
const previewRows = 5;
const delimiterNames: Readonly<Record<string, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Makes a plot from pasted or uploaded CSV/TSV: shows the columns read, lets the user map x and
 * the y columns (one series each, optionally tied to a model), lists what could not be read, and
 * previews the plot before adding it.
 */
export default function CsvPlotDialog({
  onAdd,
  onClose,
}: {
  onAdd: (plot: Plot, problems: readonly string[]) => void;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();
  const fileId = useId();
  const xId = useId();
  const kindId = useId();
  const [pasted, setPasted] = useState('');
  const [largeFile, setLargeFile] = useState<{ name: string; text: string } | undefined>();
  const [fileNote, setFileNote] = useState('');
  const models = useReportSelector((state) => state.document.report.models.models);

  const text = useDeferredValue(largeFile?.text ?? pasted);
  const table = useMemo(() => (text.trim() === '' ? undefined : parseDelimitedText(text)), [text]);
  const [choices, setChoices] = useState<ColumnChoices>({});
  const [modelIds, setModelIds] = useState<Readonly<Record<string, string>>>({});
  const mapping = useMemo(
    () => (table === undefined ? undefined : resolveColumnChoices(table, choices)),
    [table, choices],
  );

  const result = useMemo(() => {
    if (table === undefined || mapping === undefined || mapping.yColumns.length === 0)
      return undefined;
    const columnMapping: ColumnMapping = {
      xColumn: mapping.xColumn,
      yColumns: [...mapping.yColumns],
      modelIds: Object.fromEntries(
        Object.entries(modelIds).filter(
          ([column, modelId]) => modelId !== '' && mapping.yColumns.includes(column),
        ),
      ),
    };
    return createPlotFromTable(table, columnMapping, { plotId: 'csv-preview', kind: mapping.kind });
  }, [table, mapping, modelIds]);

  const problems = [
    ...(table?.warnings ?? []),
    ...(table !== undefined && table.columns.length > 0 && mapping?.yColumns.length === 0
      ? ['Choose at least one y column.']
      : []),
    ...(result?.problems ?? []),
  ];
  const canAdd = result !== undefined && result.plot.series.length > 0;

  const readFile = async (file: File): Promise<void> => {
    if (file.size > maxFileBytes) {
      setFileNote(`${file.name} is larger than 50 MB; paste the columns you need instead.`);
      return;
    }
    const content = await file.text();
    setChoices({});
    setModelIds({});
    if (content.length <= maxEditableCharacters) {
      setLargeFile(undefined);
      setPasted(content);
      setFileNote(`Read ${file.name} (${formatFileSize(file.size)}).`);
    } else {
      setLargeFile({ name: file.name, text: content });
      setFileNote(
        `Read ${file.name} (${formatFileSize(file.size)}); it is too long to show here. Typing in CSV data uses the typed text instead.`,
      );
    }
  };

  const toggleY = (column: string, checked: boolean): void => {
    if (table === undefined || mapping === undefined) return;
    const yColumns = toggleYColumn(table, mapping.yColumns, column, checked);
    setChoices((current) => ({ ...current, yColumns }));
  };

  const add = (): void => {
    if (result === undefined || !canAdd) return;
    dialogRef.current?.close();
    onAdd({ ...result.plot, id: createId() }, result.problems);
  };

  const yCandidates = (table?.columns ?? []).filter((column) => column !== mapping?.xColumn);
  return (
    <Dialog dialogRef={dialogRef} className="csv-dialog" labelledBy={headingId} onClose={onClose}>
      <h2 id={headingId}>Add plot from CSV</h2>
      <p className="field-help">
        Paste a table with a header row (comma, semicolon or tab separated), such as a training log
        exported from TensorBoard, W&amp;B or a spreadsheet, or choose a file.
      </p>
      <div className="csv-source">
        <div className="plot-field plot-field--wide">
          <label className="field-label" htmlFor={textId}>
            CSV data
          </label>
          <textarea
            id={textId}
            className="csv-text"
            rows={6}
            spellCheck={false}
            value={pasted}
            placeholder={'step,train_loss,eval_loss\n100,2.31,2.40\n200,1.87,1.95'}
            onChange={(event) => {
              setLargeFile(undefined);
              setFileNote('');
              setPasted(event.target.value);
            }}
          />
        </div>
        <div className="plot-field">
          <label className="field-label" htmlFor={fileId}>
            CSV or TSV file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file !== undefined) void readFile(file);
            }}
          />
          {fileNote === '' ? null : <p className="field-help">{fileNote}</p>}
        </div>
      </div>

      {table === undefined || mapping === undefined || table.columns.length === 0 ? null : (
        <>
          <h3 className="csv-subheading">Columns</h3>
          <p className="field-help">
            {table.columns.length} columns, {table.rows.length}{' '}
            {table.rows.length === 1 ? 'row' : 'rows'}, {delimiterNames[table.delimiter] ?? 'other'}{' '}
            separated.
          </p>
          <div className="table-scroll csv-preview-table">
            <table className="data-table">
              <caption className="visually-hidden">First rows of the table read</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, previewRows).map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, cellIndex) => (
                      <td key={cellIndex} className={cell === null ? 'csv-empty-cell' : undefined}>
                        {cell ?? '—'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <div className="csv-mapping">
            <div className="plot-field">
              <label className="field-label" htmlFor={xId}>
                X column
              </label>
              <select
                id={xId}
                value={mapping.xColumn}
                onChange={(event) => {
                  const xColumn = event.target.value;
                  setChoices((current) => ({ ...current, xColumn }));
                }}
              >
                {table.columns.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </select>
            </div>
            <div className="plot-field">
              <label className="field-label" htmlFor={kindId}>
                Plot kind
              </label>
              <select
                id={kindId}
                value={mapping.kind}
                onChange={(event) => {
                  const kind = tablePlotKinds.find((candidate) => candidate === event.target.value);
                  if (kind !== undefined) setChoices((current) => ({ ...current, kind }));
                }}
              >
                {tablePlotKinds.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {plotKindDefinitions[candidate].label}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="csv-y-columns">
              <legend>Y columns</legend>
              <p className="field-help">
                One series per column; tie it to a model to use its colour.
              </p>
              {yCandidates.map((column) => {
                const checked = mapping.yColumns.includes(column);
                return (
                  <div key={column} className="csv-y-column">
                    <label className="checkbox-label">
                      <input
                        type="checkbox"
                        checked={checked}
                        onChange={(event) => toggleY(column, event.target.checked)}
                      />
                      {column}
                    </label>
                    {checked && models.length > 0 ? (
                      <select
                        aria-label={`Model for ${column}`}
                        value={modelIds[column] ?? ''}
                        onChange={(event) => {
                          const modelId = event.target.value;
                          setModelIds((current) => ({ ...current, [column]: modelId }));
                        }}
                      >
                        <option value="">No model</option>
                        {models.map((model, index) => (
                          <option key={model.id} value={model.id}>
                            {modelDisplayName(model, index)}
                          </option>
                        ))}
                      </select>
                    ) : null}
                  </div>
                );
              })}
            </fieldset>
          </div>
        </>
      )}

      <div className="csv-problems" role="status">
        {problems.length === 0 ? null : (
          <>
            <h3 className="csv-subheading">Problems</h3>
            <ul className="plot-problems">
              {problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      {canAdd ? (
        <figure className="csv-preview-figure" aria-label="Preview of the new plot">
          <PlotImage plot={result.plot} models={models} />
        </figure>
      ) : null}

      <DialogActions onCancel={() => dialogRef.current?.close()}>
        <button type="button" className="toolbar-button primary" disabled={!canAdd} onClick={add}>
          Add plot
        </button>
      </DialogActions>
    </Dialog>
  );
}
