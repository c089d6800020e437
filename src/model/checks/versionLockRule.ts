import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/** Without a lockfile, a commit or a container image, a rerun silently uses other library versions. */
export function versionLockRule(report: Report): ReportIssue[] {
  const { lockfile, commitHash, containerImage } = report.setup;
  if ([lockfile, commitHash, containerImage].some((value) => value.trim() !== '')) return [];
  return [
    createRuleWarning(
      'setup.lockfile',
      'Lockfile',
      'Nothing pins the versions: give a lockfile, a commit hash or a container image',
    ),
  ];
}
