import { formatMeasuredNumber } from '../formatMeasuredNumber';
import { primaryMetricStandings } from '../primaryMetricStandings';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { resultRunCount } from '../resultRunCount';
import { createRuleWarning } from './createRuleWarning';

/**
 * The conclusion's best model beats a rival by less than the spread of the numbers, and one of the
 * two numbers comes from a single run: another seed could reverse the ranking.
 */
export function claimWithinSpreadRule(report: Report): ReportIssue[] {
  const ranking = primaryMetricStandings(report);
  if (ranking === undefined) return [];
  const claimed = ranking.standings.find(
    (standing) => standing.modelId === report.conclusion.bestModelId,
  );
  if (claimed === undefined) return [];
  const direction = ranking.metric.higherIsBetter ? 1 : -1;
  const closeCalls = ranking.standings.flatMap((rival) => {
    if (rival === claimed) return [];
    // Rounded so that 94.2 - 93.9 is not 0.30000000000000426 when compared with a spread of 0.3.
    const margin = Number((direction * (claimed.value - rival.value)).toPrecision(12));
    const spreads = [claimed.result.spread, rival.result.spread].filter(
      (spread): spread is number => spread !== null,
    );
    if (margin <= 0 || spreads.length === 0) return [];
    const spread = Math.max(...spreads);
    const singleRun =
      resultRunCount(claimed.result, report) === 1 || resultRunCount(rival.result, report) === 1;
    return margin < spread && singleRun ? [{ rival, margin, spread }] : [];
  });
  const closest = closeCalls.sort((left, right) => left.margin - right.margin)[0];
  if (closest === undefined) return [];
  return [
    createRuleWarning(
      'conclusion.bestModelReason',
      'Why it performed best',
      `${claimed.modelName} beats ${closest.rival.modelName} on ${ranking.metricName} (${ranking.split}) by ${formatMeasuredNumber(closest.margin)}, less than the spread of ± ${formatMeasuredNumber(closest.spread)}, and from a single run; run more seeds or call the two tied`,
    ),
  ];
}
