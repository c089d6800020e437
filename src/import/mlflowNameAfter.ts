/**
 * The MLflow name of a metric, param or tag file: its path after the run's `metrics/`, `params/`
 * or `tags/` folder (names with `/` are stored in subfolders). Null when the path has no such folder.
 */
export function mlflowNameAfter(
  path: string,
  folder: 'metrics' | 'params' | 'tags',
): string | null {
  const parts = path.replaceAll('\\', '/').split('/');
  const index = parts.lastIndexOf(folder);
  if (index === -1 || index === parts.length - 1) return null;
  return parts.slice(index + 1).join('/');
}
