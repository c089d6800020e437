export type PerformanceCounterName =
  `sectionRender:${string}` | 'documentSerialization' | 'storageWrite' | 'journalWrite';

interface CounterHost {
  __mlReportStudioCounters?: unknown;
}

/**
 * Counts renders, serializations and writes for `npm run bench` and the budget tests, which opt in
 * by putting an object at `globalThis.__mlReportStudioCounters`; otherwise it does nothing.
 */
export function countPerformanceEvent(name: PerformanceCounterName): void {
  const counters = (globalThis as CounterHost).__mlReportStudioCounters;
  if (typeof counters !== 'object' || counters === null) return;
  const record = counters as Record<string, unknown>;
  const current = record[name];
  record[name] = (typeof current === 'number' ? current : 0) + 1;
}
