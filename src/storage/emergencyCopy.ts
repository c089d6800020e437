/**
 * A synchronous copy of the open document, written to localStorage only when the page is being
 * hidden or closed: IndexedDB writes started then may not finish, localStorage writes always do.
 */
const prefix = 'ml-report-studio:unsaved:';

export interface EmergencyCopy {
  /** The stored revision this document was based on. */
  baseRevision: number;
  draft: unknown;
}

export function writeEmergencyCopy(reportId: string, copy: EmergencyCopy): void {
  try {
    localStorage.setItem(`${prefix}${reportId}`, JSON.stringify(copy));
  } catch {
    // Too large for localStorage (5 MB) or storage is blocked: the IndexedDB write is all we have.
  }
}

export function readEmergencyCopy(reportId: string): EmergencyCopy | undefined {
  try {
    const text = localStorage.getItem(`${prefix}${reportId}`);
    if (text === null) return undefined;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { baseRevision, draft } = value as { baseRevision?: unknown; draft?: unknown };
    return typeof baseRevision === 'number' ? { baseRevision, draft } : undefined;
  } catch {
    return undefined;
  }
}

export function clearEmergencyCopy(reportId: string): void {
  try {
    localStorage.removeItem(`${prefix}${reportId}`);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}
