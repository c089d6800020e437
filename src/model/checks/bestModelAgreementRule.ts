import { formatMeasuredNumber } from '../formatMeasuredNumber';
import { primaryMetricStandings } from '../primaryMetricStandings';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { richTextToPlainText } from '../richText';
import { createRuleWarning } from './createRuleWarning';

/**
 * The conclusion recommends a model the metric table does not rank first on the primary metric.
 * That can be right (cost, latency), so it asks for the reason; a reason naming the leader settles it.
 */
export function bestModelAgreementRule(report: Report): ReportIssue[] {
  const ranking = primaryMetricStandings(report);
  const leader = ranking?.standings[0];
  if (ranking === undefined || leader === undefined) return [];
  const named = ranking.standings.find(
    (standing) => standing.modelId === report.conclusion.bestModelId,
  );
  if (named === undefined || named.value === leader.value) return [];
  const reason = richTextToPlainText(report.conclusion.bestModelReason);
  if (reason.includes(leader.modelName)) return [];
  return [
    createRuleWarning(
      'conclusion.bestModelId',
      'Best model',
      `The metric table ranks ${leader.modelName} first on ${ranking.metricName} (${ranking.split}): ${formatMeasuredNumber(leader.value)} against ${formatMeasuredNumber(named.value)} for ${named.modelName}. Say in "Why it performed best" why you recommend ${named.modelName} over ${leader.modelName}`,
    ),
  ];
}
