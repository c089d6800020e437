import { useEffect, useState } from 'react';
import { readStorageStatus, type StorageStatus } from '@/platform/storageStatus';

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '?' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where reports are kept and whether the browser promised to keep them. */
export default function StorageInfo() {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void readStorageStatus().then((next) => {
      if (active) setStatus(next);
    });
    return () => {
      active = false;
    };
  }, []);
  if (status === undefined) return null;
  const persistence =
    status.persistent === true
      ? 'The browser keeps them even when space runs low.'
      : 'The browser may clear them when space runs low: export a JSON copy of reports you care about.';
  return (
    <p className="menu-note storage-info" aria-label="Storage">
      Reports are kept only in this browser (IndexedDB), {megabytes(status.usageBytes)} used of{' '}
      {megabytes(status.quotaBytes)}. {persistence}
    </p>
  );
}
