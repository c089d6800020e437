export interface StorageStatus {
  persistent: boolean | undefined;
  usageBytes: number | undefined;
  quotaBytes: number | undefined;
}

/** Asks the browser to keep our data under storage pressure; resolves to its answer. */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  try {
    return await navigator.storage?.persist?.();
  } catch {
    return undefined;
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  try {
    const [persistent, estimate] = await Promise.all([
      navigator.storage?.persisted?.(),
      navigator.storage?.estimate?.(),
    ]);
    return { persistent, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
  } catch {
    return { persistent: undefined, usageBytes: undefined, quotaBytes: undefined };
  }
}
