import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { applyRunImport } from '@/import/applyRunImport';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import type { ProposedChange, RunImportParse, RunImportTarget } from '@/import/runImportTypes';
import { modelDisplayName } from '@/model/modelSummary';
import { createId } from '@/platform/createId';
import type { SkippedFile } from '@/files/readRunFiles';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';
import { useAppServices, useReportSelector } from '@/context/AppContext';

export interface RunImportDialogProps {
  parse: RunImportParse;
  skipped: readonly SkippedFile[];
  /** The name a new model gets unless the user types another (a model card's model name). */
  initialModelName?: string;
  onClose: () => void;
}

const newModelValue = '__new__';

const statusLabels = {
  parsed: 'Read',
  partial: 'Partly read',
  unrecognized: 'Not recognized',
  empty: 'Empty',
  failed: 'Could not be read',
} as const;

function groupBySection(changes: readonly ProposedChange[]): [string, ProposedChange[]][] {
  const groups = new Map<string, ProposedChange[]>();
  for (const change of changes) {
    const group = groups.get(change.sectionTitle);
    if (group === undefined) groups.set(change.sectionTitle, [change]);
    else group.push(change);
  }
  return [...groups.entries()];
}

/** Every value found in the run files, where it goes and what it replaces; nothing is written before Apply. */
export default function RunImportDialog({
  parse,
  skipped,
  initialModelName = '',
  onClose,
}: RunImportDialogProps) {
  const { session, ui } = useAppServices();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const models = useReportSelector(
    useShallow((state) =>
      state.document.report.models.models.map(
        (model, index) => `${model.id}\n${modelDisplayName(model, index)}`,
      ),
    ),
  );
  const [targetValue, setTargetValue] = useState(() => models[0]?.split('\n')[0] ?? newModelValue);
  const [newModelName, setNewModelName] = useState(initialModelName || 'Imported model');
  const [overrides, setOverrides] = useState<Readonly<Record<string, boolean>>>({});

  const target: RunImportTarget =
    targetValue === newModelValue
      ? { newModelName: newModelName.trim() || 'Imported model' }
      : { modelId: targetValue };
  const report = session.store.getState().document.report;
  const changes = useMemo(
    () => buildRunImportProposal(parse, report, target),
    // The proposal depends on the report as it was when the dialog opened and on the chosen target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [parse, targetValue, newModelName],
  );
  const isAccepted = (change: ProposedChange): boolean => overrides[change.id] ?? change.accepted;
  const acceptedCount = changes.filter(isAccepted).length;

  const apply = (): void => {
    const decided = changes.map((change) => ({ ...change, accepted: isAccepted(change) }));
    void session.versions.snapshot('Before importing run files').catch(() => undefined);
    // One store update, so one Undo takes the whole import back.
    session.store.getState().updateReport((current) => applyRunImport(current, decided, createId));
    if (decided.some((change) => change.accepted && change.sectionId === 'results'))
      ui.getState().openSection('results');
    else if (decided.some((change) => change.accepted && change.sectionId === 'models'))
      ui.getState().openSection('models');
    dialogRef.current?.close();
  };

  return (
    <Dialog
      dialogRef={dialogRef}
      className="dialog--wide"
      labelledBy="run-import-title"
      onClose={onClose}
    >
      <h2 id="run-import-title">Review imported values</h2>
      <p className="dialog-lead">
        Nothing is written until you press Apply. Untick what you do not want; values that would
        replace something you typed start unticked.
      </p>
      <section aria-labelledby="run-import-files">
        <h3 id="run-import-files">Files</h3>
        <ul className="run-files">
          {parse.files.map((file) => (
            <li key={file.path} className={`run-file run-file--${file.status}`}>
              <span className="run-file-path">{file.path}</span> — {statusLabels[file.status]}
              {file.formatLabel === '' ? '' : ` as ${file.formatLabel}`}
              {file.message === '' ? null : (
                <span className="run-file-message">{file.message}</span>
              )}
              {file.warnings.map((warning) => (
                <span key={warning} className="run-file-message">
                  {warning}
                </span>
              ))}
            </li>
          ))}
          {skipped.map((file) => (
            <li key={file.path} className="run-file run-file--failed">
              <span className="run-file-path">{file.path}</span> — Skipped
              <span className="run-file-message">{file.message}</span>
            </li>
          ))}
        </ul>
        {parse.warnings.map((warning) => (
          <p key={warning} className="run-file-message">
            {warning}
          </p>
        ))}
      </section>
      <div className="run-import-target">
        <label className="field-label" htmlFor="run-import-model">
          Target model
        </label>
        <select
          id="run-import-model"
          value={targetValue}
          onChange={(event) => setTargetValue(event.target.value)}
        >
          {models.map((entry) => {
            const [modelId = '', name = ''] = entry.split('\n');
            return (
              <option key={modelId} value={modelId}>
                {name}
              </option>
            );
          })}
          <option value={newModelValue}>A new model</option>
        </select>
        {targetValue === newModelValue ? (
          <>
            <label className="field-label" htmlFor="run-import-new-model">
              New model name
            </label>
            <input
              id="run-import-new-model"
              type="text"
              value={newModelName}
              onChange={(event) => setNewModelName(event.target.value)}
            />
          </>
        ) : null}
      </div>
      {changes.length === 0 ? (
        <p className="list-empty">The files hold nothing that is not already in the report.</p>
      ) : (
        <div className="table-scroll run-import-changes">
          <table className="data-table">
            <caption>
              Values found ({acceptedCount} of {changes.length} selected)
            </caption>
            <thead>
              <tr>
                <th scope="col">Apply</th>
                <th scope="col">Goes to</th>
                <th scope="col">Now</th>
                <th scope="col">From the files</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            {groupBySection(changes).map(([sectionTitle, sectionChanges]) => (
              <tbody key={sectionTitle}>
                <tr>
                  <th scope="rowgroup" colSpan={5} className="run-import-section">
                    {sectionTitle}
                  </th>
                </tr>
                {sectionChanges.map((change) => (
                  <tr key={change.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Apply ${change.targetLabel}`}
                        checked={isAccepted(change)}
                        onChange={(event) =>
                          setOverrides({ ...overrides, [change.id]: event.target.checked })
                        }
                      />
                    </td>
                    <td>
                      {change.targetLabel}
                      {change.detail === '' ? null : (
                        <span className="run-file-message">{change.detail}</span>
                      )}
                    </td>
                    <td className="run-import-value">
                      {change.currentValue === '' ? (
                        <span className="list-empty">empty</span>
                      ) : (
                        change.currentValue
                      )}
                    </td>
                    <td className="run-import-value">
                      {change.newValue}
                      {change.alternatives.length === 0 ? null : (
                        <span className="run-file-message">
                          Other files say:{' '}
                          {change.alternatives
                            .map(
                              (alternative) => `${alternative.value} (${alternative.source.file})`,
                            )
                            .join('; ')}
                        </span>
                      )}
                    </td>
                    <td className="run-import-source">
                      {change.source.file}
                      {change.source.key === '' ? '' : ` › ${change.source.key}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
      <DialogActions onCancel={() => dialogRef.current?.close()}>
        <button
          type="button"
          className="toolbar-button primary"
          onClick={apply}
          disabled={acceptedCount === 0}
        >
          Apply
        </button>
      </DialogActions>
    </Dialog>
  );
}
