import { scaleLog } from 'd3-scale';

/** One measured thing at each report size, in milliseconds. */
export interface GrowthLine {
  label: string;
  values: readonly number[];
}

const width = 820;
const height = 460;
const margin = { top: 40, right: 330, bottom: 56, left: 72 };
const colors = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#9c755f', '#76b7b2'];
const labelGap = 15;

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function formatMilliseconds(value: number): string {
  if (value >= 1000) return `${(value / 1000).toFixed(value >= 10_000 ? 0 : 1)} s`;
  return `${value.toFixed(value >= 10 ? 0 : 1)} ms`;
}

/** Moves labels apart top to bottom so that none overlaps the one above it. */
function spreadLabels(positions: readonly number[]): number[] {
  const order = positions.map((position, index) => ({ position, index }));
  order.sort((first, second) => first.position - second.position);
  const spread = [...positions];
  let previous = Number.NEGATIVE_INFINITY;
  for (const { position, index } of order) {
    const placed = Math.max(position, previous + labelGap);
    spread[index] = placed;
    previous = placed;
  }
  return spread;
}

/**
 * A log-log plot of time against report size, one labelled line per measured thing, with a dashed
 * line of linear growth for comparison: a line steeper than it grows faster than the report.
 */
export function growthSvg(sizes: readonly number[], lines: readonly GrowthLine[]): string {
  const values = lines.flatMap((line) => line.values).filter((value) => value > 0);
  const smallest = Math.min(...values);
  const largest = Math.max(...values);
  const firstSize = sizes[0] ?? 1;
  const lastSize = sizes.at(-1) ?? 1;
  const x = scaleLog()
    .domain([firstSize, lastSize])
    .range([margin.left, width - margin.right]);
  const y = scaleLog()
    .domain([smallest / 1.5, largest * 1.5])
    .range([height - margin.bottom, margin.top])
    .nice();
  const [yLow = smallest, yHigh = largest] = y.domain();
  const yTicks = y.ticks().filter((tick) => {
    const leading = tick / 10 ** Math.floor(Math.log10(tick) + 1e-9);
    return [1, 2, 5].some((kept) => Math.abs(leading - kept) < 1e-6);
  });
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin.left}" y="22" font-size="14" font-weight="600">Cost against report size (log-log)</text>`,
  ];
  for (const tick of yTicks) {
    const position = y(tick).toFixed(1);
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${position}" y2="${position}" stroke="#e5e5e5"/>`,
      `<text x="${margin.left - 8}" y="${position}" text-anchor="end" dominant-baseline="middle" fill="#555">${formatMilliseconds(tick)}</text>`,
    );
  }
  for (const size of sizes) {
    const position = x(size).toFixed(1);
    parts.push(
      `<line x1="${position}" x2="${position}" y1="${margin.top}" y2="${height - margin.bottom}" stroke="#e5e5e5"/>`,
      `<text x="${position}" y="${height - margin.bottom + 18}" text-anchor="middle" fill="#555">${size}x</text>`,
    );
  }
  parts.push(
    `<text x="${(margin.left + width - margin.right) / 2}" y="${height - 14}" text-anchor="middle">Report size (× the large report; the growth table says what grows)</text>`,
    `<text transform="translate(18 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)" text-anchor="middle">Time</text>`,
  );
  // Linear growth from the lowest line's first point, for the eye to compare slopes with.
  const linearStart = Math.min(...lines.map((line) => line.values[0] ?? largest));
  const linearEnd = Math.min(linearStart * (lastSize / firstSize), yHigh);
  const linearEndSize = firstSize * (linearEnd / linearStart);
  parts.push(
    `<line x1="${x(firstSize).toFixed(1)}" y1="${y(Math.max(linearStart, yLow)).toFixed(1)}" x2="${x(linearEndSize).toFixed(1)}" y2="${y(linearEnd).toFixed(1)}" stroke="#999" stroke-dasharray="5 4"/>`,
    `<text x="${(x(linearEndSize) - 4).toFixed(1)}" y="${(y(linearEnd) - 6).toFixed(1)}" text-anchor="end" fill="#777">linear growth</text>`,
  );
  const labelPositions = spreadLabels(lines.map((line) => y(line.values.at(-1) ?? smallest)));
  lines.forEach((line, index) => {
    const color = colors[index % colors.length] ?? '#333';
    const points = line.values.map((value, sizeIndex) => [x(sizes[sizeIndex] ?? 1), y(value)]);
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map(([left, top]) => `${left?.toFixed(1)},${top?.toFixed(1)}`).join(' ')}"/>`,
      ...points.map(
        ([left, top]) =>
          `<circle cx="${left?.toFixed(1)}" cy="${top?.toFixed(1)}" r="3.5" fill="${color}"/>`,
      ),
    );
    const last = line.values.at(-1) ?? 0;
    const first = line.values[0] ?? 0;
    const labelY = (labelPositions[index] ?? 0).toFixed(1);
    const endX = x(lastSize);
    const endY = y(last);
    parts.push(
      `<line x1="${(endX + 5).toFixed(1)}" y1="${endY.toFixed(1)}" x2="${(endX + 14).toFixed(1)}" y2="${labelY}" stroke="${color}"/>`,
      `<text x="${(endX + 18).toFixed(1)}" y="${labelY}" dominant-baseline="middle" fill="${color}">${escapeXml(`${line.label}: ${formatMilliseconds(last)} (${(last / first).toFixed(1)} × 1x)`)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
