/**
 * A git remote as a browsable https URL without credentials: `git@github.com:org/repo.git` and
 * `https://user:token@github.com/org/repo.git` both become `https://github.com/org/repo`.
 * Returns '' for anything that is not a remote URL.
 */
export function repositoryUrl(remote: string): string {
  const trimmed = remote.trim();
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)[:/](.+?)(?:\.git)?\/?$/u.exec(trimmed);
  if (ssh?.[1] !== undefined && ssh[2] !== undefined) return `https://${ssh[1]}/${ssh[2]}`;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\.git\/?$|\/$/u, '');
  } catch {
    return '';
  }
}
