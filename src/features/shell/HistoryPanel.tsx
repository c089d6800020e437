import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogCloseActions } from '@/components/DialogActions';
import { useAppServices } from '@/context/AppContext';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';
import { maximumVersionsPerReport } from '@/model/versions/versionsToDrop';
import { replaceWithUndo } from '@/session/replaceWithUndo';
import { flushPendingEdits, readReportWithHeldText } from '@/store/pendingEdits';
import DifferenceView, { type ComparedVersion } from './DifferenceView';

const nowValue = 'now';
const nowName = 'Now';

function describeSpace(characters: number): string {
  if (characters < 1024 * 1024) return `${Math.max(1, Math.round(characters / 1024))} KB`;
  return `${(characters / (1024 * 1024)).toFixed(1)} MB`;
}

function describeTime(savedAt: string): string {
  return new Date(savedAt).toLocaleString();
}

/**
 * **History**: the open report's versions, newest first, to restore or compare. Loaded on demand
 * with the comparison (prosemirror-changeset and the diff), which only this panel uses.
 */
export default function HistoryPanel({ onClose }: { onClose: () => void }) {
  const { session, ui } = useAppServices();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<readonly ReportVersionSummary[] | undefined>(undefined);
  const [fromChoice, setFromChoice] = useState<string | undefined>(undefined);
  const [toChoice, setToChoice] = useState(nowValue);
  const [compared, setCompared] = useState<
    { from: ComparedVersion; to: ComparedVersion } | undefined
  >(undefined);
  const [compareProblem, setCompareProblem] = useState<string | undefined>(undefined);
  const fromId = useId();
  const toId = useId();

  useEffect(() => {
    let current = true;
    const refresh = (): void => {
      void session.versions.listVersions().then((list) => {
        if (current) setVersions(list);
      });
    };
    refresh();
    const unsubscribe = session.versions.subscribe(refresh);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [session]);

  const newestFirst = [...(versions ?? [])].sort((first, second) =>
    second.savedAt.localeCompare(first.savedAt),
  );
  const used = newestFirst.reduce((sum, version) => sum + version.storedCharacters, 0);

  const fromValue = fromChoice ?? newestFirst[0]?.id ?? nowValue;

  const readChoice = async (value: string): Promise<ComparedVersion | string> => {
    if (value === nowValue) {
      return { name: nowName, report: readReportWithHeldText(session.store) };
    }
    const version = newestFirst.find((candidate) => candidate.id === value);
    if (version === undefined) return 'That version is no longer kept.';
    const read = await session.versions.readVersion(version);
    return read.ok ? { name: version.name, report: read.report } : read.message;
  };

  const compare = async (): Promise<void> => {
    const [from, to] = await Promise.all([readChoice(fromValue), readChoice(toChoice)]);
    if (typeof from === 'string' || typeof to === 'string') {
      setCompareProblem(typeof from === 'string' ? from : String(to));
      return;
    }
    setCompareProblem(undefined);
    setCompared({ from, to });
  };

  const versionOptions = [
    ...newestFirst.map((version) => (
      <option key={version.id} value={version.id}>
        {version.name} — {describeTime(version.savedAt)}
      </option>
    )),
    <option key={nowValue} value={nowValue}>
      {nowName} (the open report)
    </option>,
  ];

  const restore = async (version: ReportVersionSummary): Promise<void> => {
    const read = await session.versions.readVersion(version);
    if (!read.ok) {
      ui.getState().setRefusedImport({
        fileName: version.name,
        title: `The version “${version.name}” was not restored`,
        message: read.message,
        details: read.details,
      });
      return;
    }
    flushPendingEdits();
    const undo = replaceWithUndo(
      session.store,
      () => session.replaceContent(read.report, `Before restoring “${version.name}”`),
      () => ui.getState().dismissNotice('version-restored'),
    );
    ui.getState().addNotice({ kind: 'version-restored', name: version.name, undo });
    dialogRef.current?.close();
  };

  return (
    <Dialog
      dialogRef={dialogRef}
      className="dialog--wide dialog--history"
      labelledBy="history-title"
      describedBy="history-space"
      onClose={onClose}
    >
      <h2 id="history-title">History</h2>
      <p id="history-space" className="dialog-lead">
        {versions === undefined
          ? 'Reading the versions kept in this browser…'
          : `${newestFirst.length === 1 ? '1 version' : `${newestFirst.length} versions`} of this report, using ${describeSpace(used)} of this browser’s storage. At most ${maximumVersionsPerReport} are kept: beyond that the oldest automatic snapshots go first. A snapshot is kept before an import or a restore, on each export and after every 10 minutes of editing, unless nothing changed.`}
      </p>
      {versions !== undefined && newestFirst.length === 0 ? (
        <p>No versions yet: Save version keeps the report as it is now.</p>
      ) : null}
      {newestFirst.length === 0 ? null : (
        <div className="history-table-frame">
          <table className="history-table">
            <caption className="visually-hidden">Versions</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">Words</th>
                <th scope="col">Fields</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((version) => (
                <tr key={version.id}>
                  <th scope="row">
                    <span className="history-name">{version.name}</span>
                    {version.automatic ? <span className="history-kind"> (automatic)</span> : null}
                    {version.note === '' ? null : (
                      <span className="history-note">{version.note}</span>
                    )}
                  </th>
                  <td>{describeTime(version.savedAt)}</td>
                  <td>{version.wordCount.toLocaleString('en')}</td>
                  <td>{version.fieldCount.toLocaleString('en')}</td>
                  <td>
                    <button
                      type="button"
                      className="toolbar-button menu-item--small"
                      aria-label={`Restore ${version.name}`}
                      onClick={() => void restore(version)}
                    >
                      Restore
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {newestFirst.length === 0 ? null : (
        <form
          className="history-compare"
          onSubmit={(event) => {
            event.preventDefault();
            void compare();
          }}
        >
          <label htmlFor={fromId}>Compare</label>
          <select
            id={fromId}
            value={fromValue}
            onChange={(event) => setFromChoice(event.target.value)}
          >
            {versionOptions}
          </select>
          <label htmlFor={toId}>with</label>
          <select id={toId} value={toChoice} onChange={(event) => setToChoice(event.target.value)}>
            {versionOptions}
          </select>
          <button type="submit" className="toolbar-button">
            Show differences
          </button>
        </form>
      )}
      {compareProblem === undefined ? null : (
        <p className="field-issue field-issue--error" role="alert">
          {compareProblem}
        </p>
      )}
      {compared === undefined ? null : <DifferenceView from={compared.from} to={compared.to} />}
      <DialogCloseActions onClose={() => dialogRef.current?.close()} />
    </Dialog>
  );
}
