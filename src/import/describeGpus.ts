/** `['NVIDIA H200', 'NVIDIA H200']` → `NVIDIA H200`; mixed cards → `NVIDIA A100 ×2, Tesla T4 ×1`. */
export function describeGpus(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  if (counts.size <= 1) return names[0] ?? '';
  return [...counts].map(([name, count]) => `${name} ×${count}`).join(', ');
}
