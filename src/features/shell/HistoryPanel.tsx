import { useEffect, useRef, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { useAppServices } from '@/context/AppContext';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';
import { maximumVersionsPerReport } from '@/model/versions/versionsToDrop';
import { replaceWithUndo } from '@/session/replaceWithUndo';
import { flushPendingEdits } from '@/store/pendingEdits';

function describeSpace(characters: number): string {
  if (characters < 1024 * 1024) return `${Math.max(1, Math.round(characters / 1024))} KB`;
  return `${(characters / (1024 * 1024)).toFixed(1)} MB`;
}

function describeTime(savedAt: string): string {
  return new Date(savedAt).toLocaleString();
}

/** **History**: the open report's versions, newest first, to restore or compare. */
export default function HistoryPanel({ onClose }: { onClose: () => void }) {
  const { session, ui } = useAppServices();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<readonly ReportVersionSummary[] | undefined>(undefined);

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
      <div className="dialog-actions">
        <button
          type="button"
          className="toolbar-button primary"
          onClick={() => dialogRef.current?.close()}
        >
          Close
        </button>
      </div>
    </Dialog>
  );
}
