const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** `10882570752` → `10.1 GiB`; negative sizes keep their sign (memory deltas). */
export function formatByteSize(bytes: number): string {
  const sign = bytes < 0 ? '−' : '';
  let size = Math.abs(bytes);
  let unitIndex = 0;
  while (size >= 1024 && unitIndex < units.length - 1) {
    size /= 1024;
    unitIndex += 1;
  }
  const digits = unitIndex === 0 || size >= 100 ? 0 : 1;
  return `${sign}${size.toFixed(digits)} ${units[unitIndex] ?? 'bytes'}`;
}
