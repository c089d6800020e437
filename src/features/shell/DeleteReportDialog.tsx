import { useAppServices } from '@/context/AppContext';
import type { StoredReportSummary } from '@/storage/reportDatabase';
import ConfirmDialog from './ConfirmDialog';

/** Asks before a report kept in this browser is deleted. */
export default function DeleteReportDialog({
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
    <ConfirmDialog
      request={{
        title: `Delete ${title}?`,
        message: `"${title}" will be deleted from this browser. This cannot be undone; export it as JSON first to keep a copy.`,
        confirmLabel: 'Delete',
        onConfirm: () => void session.deleteReport(summary.id),
      }}
      onClose={onClose}
    />
  );
}
