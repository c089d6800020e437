import type { FieldChange } from '@/model/changes/fieldChange';

/**
 * Edits not yet in IndexedDB, per report, as field changes against the stored revision they were
 * made on. Written to localStorage synchronously after every change to the document, so a crash,
 * a closed tab or a full IndexedDB loses nothing that reached the store; small, because it holds
 * only what changed since the last write.
 */
export interface JournalChange extends FieldChange {
  /** When this value was typed, to tell it from a later save of the same field elsewhere. */
  changedAt: string;
}

export interface EditJournal {
  reportId: string;
  /** Each tab keeps its own journal: two tabs on one report never overwrite each other's. */
  tabId: string;
  /** The stored revision the changes were made on. */
  baseRevision: number;
  changes: JournalChange[];
}

const prefix = 'ml-report-studio:journal:';

function journalKey(reportId: string, tabId: string): string {
  return `${prefix}${reportId}:${tabId}`;
}

function isJournal(value: unknown): value is Omit<EditJournal, 'reportId' | 'tabId'> {
  if (typeof value !== 'object' || value === null) return false;
  const { baseRevision, changes } = value as { baseRevision?: unknown; changes?: unknown };
  return (
    typeof baseRevision === 'number' &&
    Array.isArray(changes) &&
    changes.every(
      (change: unknown) =>
        typeof change === 'object' &&
        change !== null &&
        Array.isArray((change as { path?: unknown }).path) &&
        typeof (change as { changedAt?: unknown }).changedAt === 'string',
    )
  );
}

/** False when localStorage refused it (full or blocked): the journal then holds an older state. */
export function writeEditJournal(journal: EditJournal): boolean {
  try {
    const key = journalKey(journal.reportId, journal.tabId);
    if (journal.changes.length === 0) localStorage.removeItem(key);
    else
      localStorage.setItem(
        key,
        JSON.stringify({ baseRevision: journal.baseRevision, changes: journal.changes }),
      );
    return true;
  } catch {
    return false;
  }
}

function readAllJournals(): EditJournal[] {
  try {
    const journals: EditJournal[] = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key === null || !key.startsWith(prefix)) continue;
      const [reportId = '', tabId = ''] = key.slice(prefix.length).split(':');
      const text = localStorage.getItem(key);
      const value: unknown = text === null ? undefined : JSON.parse(text);
      if (isJournal(value)) journals.push({ reportId, tabId, ...value });
    }
    return journals;
  } catch {
    return [];
  }
}

/** Every tab's journal of one report. */
export function readEditJournals(reportId: string): EditJournal[] {
  return readAllJournals().filter((journal) => journal.reportId === reportId);
}

export function clearEditJournal(reportId: string, tabId?: string): void {
  try {
    for (const journal of readEditJournals(reportId))
      if (tabId === undefined || journal.tabId === tabId)
        localStorage.removeItem(journalKey(journal.reportId, journal.tabId));
  } catch {
    // Nothing to clear when storage is blocked.
  }
}

function lastChangedAt(journal: EditJournal): string {
  return journal.changes.reduce(
    (latest, change) => (change.changedAt > latest ? change.changedAt : latest),
    '',
  );
}

/** Reports with edits that never reached IndexedDB, newest change first. */
export function listJournaledReports(): string[] {
  const journals = readAllJournals().sort((first, second) =>
    lastChangedAt(second).localeCompare(lastChangedAt(first)),
  );
  return [...new Set(journals.map((journal) => journal.reportId))];
}
