import { useAppServices } from '@/context/AppContext';
import type { StoredReportSummary } from '@/storage/reportDatabase';
import { TextPromptDialog } from './TextPromptDialog';

/** Asks for a new title for a report kept in this browser. */
export default function RenameReportDialog({
  summary,
  title,
  onClose,
}: {
  summary: StoredReportSummary;
  /** The report's name as the Reports menu shows it. */
  title: string;
  onClose: () => void;
}) {
  const { session } = useAppServices();
  return (
    <TextPromptDialog
      request={{
        title: `Rename ${title}`,
        label: 'New title',
        initialValue: summary.title,
        confirmLabel: 'Rename',
        validate: (text) => (text.trim() === '' ? 'Give the report a title.' : undefined),
        onConfirm: (text) => void session.renameReport(summary.id, text.trim()),
      }}
      onClose={onClose}
    />
  );
}
