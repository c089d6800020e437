/**
 * Which tabs of this app are alive, through the Web Locks API: each tab holds a lock named after
 * it until it closes or crashes, when the browser releases it. Without the API no tab counts as
 * alive, so journals are always recovered (a live tab writing the same values again is harmless).
 */
const lockPrefix = 'ml-report-studio:tab:';

export function holdTabLock(tabId: string): void {
  try {
    void navigator.locks
      ?.request(`${lockPrefix}${tabId}`, () => new Promise<never>(() => undefined))
      .catch(() => undefined);
  } catch {
    // No locks in this context: every journal will be recovered.
  }
}

export async function listLiveTabIds(): Promise<Set<string>> {
  try {
    const snapshot = await navigator.locks?.query();
    const names = (snapshot?.held ?? []).map((lock) => lock.name ?? '');
    return new Set(
      names
        .filter((name) => name.startsWith(lockPrefix))
        .map((name) => name.slice(lockPrefix.length)),
    );
  } catch {
    return new Set();
  }
}
