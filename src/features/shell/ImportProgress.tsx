import type { ReportImportStep } from '@/files/importReportFile';
import type { ImportInProgress } from './useReportImport';

const stepLabels: { readonly [Step in ReportImportStep]: string } = {
  reading: 'reading the file',
  checking: 'checking the report',
  building: 'building the plots',
};

/** Shown while a JSON draft is imported: what is being done, and a way to stop it. */
export function ImportProgress({
  importing,
  onCancel,
}: {
  importing: ImportInProgress;
  onCancel: () => void;
}) {
  return (
    <div className="progress-toast import-progress" role="status">
      <span>
        Importing “{importing.fileName}”: {stepLabels[importing.step]}…
      </span>
      <button type="button" className="toolbar-button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
