import { useShallow } from 'zustand/react/shallow';
import { deriveModelSummary, modelSummaryColumns } from '@/model/modelSummary';
import { useReportSelector } from '@/context/AppContext';

/** Derived from the model cards on every change; never typed twice. */
export function ModelSummaryTable() {
  const rows = useReportSelector(
    useShallow((state) =>
      deriveModelSummary(state.document.report).map((row) => JSON.stringify(row)),
    ),
  );
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table summary-table">
        <caption>Summary of models</caption>
        <thead>
          <tr>
            {modelSummaryColumns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((serialized) => {
            const row = JSON.parse(serialized) as Record<string, string>;
            return (
              <tr key={row['modelId']}>
                {modelSummaryColumns.map((column) => (
                  <td
                    key={column.key}
                    className={
                      column.key === 'epochs' || column.key === 'learningRate'
                        ? 'numeric'
                        : undefined
                    }
                  >
                    {row[column.key]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
