const key = 'ml-report-studio:reviewer-name';

/** The name comments are signed with, asked once and kept in this browser; '' until given. */
export function readReviewerName(): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** False when the browser would not keep it (storage blocked or full): it is asked again next time. */
export function saveReviewerName(name: string): boolean {
  try {
    localStorage.setItem(key, name);
    return true;
  } catch {
    return false;
  }
}
