import type { MetricResult, Report } from './reportSchema';

/** How many runs a number comes from: its own count, else the setup's runs per configuration. */
export function resultRunCount(result: MetricResult, report: Report): number | null {
  if (result.aggregation === 'single-run') return 1;
  return result.runs ?? report.setup.numberOfRuns;
}
