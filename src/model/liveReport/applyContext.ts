import type { LiveDocumentCache } from './liveDocumentCache';

/** What one applyReportToLiveDocument call carries down the report. */
export interface ApplyContext {
  readonly cache: LiveDocumentCache | undefined;
  /** Shared types found or made equal to a report value, recorded once the transaction ends. */
  readonly matched: [object, unknown][];
  changed: boolean;
}

export function createApplyContext(cache: LiveDocumentCache | undefined): ApplyContext {
  return { cache, matched: [], changed: false };
}

/** Whether the shared type was found equal to this very value before and has not changed since. */
export function isKnownMatch(context: ApplyContext, type: object, value: unknown): boolean {
  return context.cache?.matchedValues.get(type) === value;
}

export function recordMatches(context: ApplyContext): void {
  if (context.cache === undefined) return;
  for (const [type, value] of context.matched) context.cache.matchedValues.set(type, value);
}
