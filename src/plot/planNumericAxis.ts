import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { estimateTextWidth } from './estimateTextWidth';
import { formatTickLabels } from './formatTickLabels';

export interface NumericAxis {
  scale: ScaleContinuousNumeric<number, number>;
  ticks: number[];
  labels: string[];
  logarithmic: boolean;
}

export interface NumericAxisRequest {
  /** Smallest and largest value; equal values are widened. */
  extent: readonly [number, number];
  logarithmic: boolean;
  /** Pixel range, start to end (for a y axis, bottom to top). */
  range: readonly [number, number];
  orientation: 'horizontal' | 'vertical';
  fontSize: number;
  /** Round a linear domain out to ticks (d3's nice). */
  nice: boolean;
  /** Extra room beyond the extent, as a fraction of it (of its decades when logarithmic). */
  padding: number;
}

function widenedExtent(
  [low, high]: readonly [number, number],
  logarithmic: boolean,
  padding: number,
): [number, number] {
  if (logarithmic) {
    if (low === high) return [low / 2, high * 2];
    const factor = (high / low) ** padding;
    return [low / factor, high * factor];
  }
  if (low === high) {
    const half = low === 0 ? 1 : Math.abs(low) * 0.1;
    return [low - half, high + half];
  }
  const room = (high - low) * padding;
  // Padding never crosses zero: a loss of 0.02 must not give the axis a −1 tick.
  return [
    low >= 0 ? Math.max(0, low - room) : low - room,
    high <= 0 ? Math.min(0, high + room) : high + room,
  ];
}

function mantissa(value: number): number {
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  return Math.round((value / 10 ** exponent) * 1e6) / 1e6;
}

function exponentOf(value: number): number {
  return Math.round(Math.log10(value));
}

/** Candidate tick sets for a log axis, densest first. */
function logTickCandidates(all: readonly number[]): number[][] {
  const candidates = [
    [...all],
    all.filter((tick) => [1, 2, 3, 5].includes(mantissa(tick))),
    all.filter((tick) => [1, 2, 5].includes(mantissa(tick))),
    all.filter((tick) => [1, 3].includes(mantissa(tick))),
    all.filter((tick) => mantissa(tick) === 1),
  ];
  for (const every of [2, 3, 5, 10]) {
    candidates.push(all.filter((tick) => mantissa(tick) === 1 && exponentOf(tick) % every === 0));
  }
  return candidates.filter((ticks) => ticks.length >= 2);
}

function labelsFit(
  ticks: readonly number[],
  labels: readonly string[],
  scale: (value: number) => number,
  request: NumericAxisRequest,
): boolean {
  const gap = request.fontSize * (request.orientation === 'horizontal' ? 1.2 : 0.9);
  for (let index = 1; index < ticks.length; index += 1) {
    const distance = Math.abs(scale(ticks[index] ?? 0) - scale(ticks[index - 1] ?? 0));
    const needed =
      request.orientation === 'horizontal'
        ? (estimateTextWidth(labels[index] ?? '', request.fontSize) +
            estimateTextWidth(labels[index - 1] ?? '', request.fontSize)) /
            2 +
          gap
        : request.fontSize + gap;
    if (distance < needed) return false;
  }
  return true;
}

/**
 * A d3 scale with ticks whose labels do not collide at the given font size: as many ticks as
 * fit, fewer when labels are wide. A logarithmic axis ticks 1-2-3-5, 1-2-5 or whole decades.
 */
export function planNumericAxis(request: NumericAxisRequest): NumericAxis {
  const domain = widenedExtent(request.extent, request.logarithmic, request.padding);
  const length = Math.abs(request.range[1] - request.range[0]);
  const spacing =
    request.orientation === 'horizontal' ? request.fontSize * 6 : request.fontSize * 3.4;
  const desired = Math.min(Math.max(Math.round(length / spacing), 2), 12);

  if (request.logarithmic) {
    const scale = scaleLog().domain(domain).range(request.range);
    const candidates = logTickCandidates(scale.ticks(desired * 3));
    let chosen: number[] = candidates.at(-1) ?? scale.ticks(desired);
    for (const ticks of candidates) {
      if (
        ticks.length <= desired * 1.5 &&
        labelsFit(ticks, formatTickLabels(ticks, true), scale, request)
      ) {
        chosen = ticks;
        break;
      }
    }
    return { scale, ticks: chosen, labels: formatTickLabels(chosen, true), logarithmic: true };
  }

  let fallback: NumericAxis | undefined;
  for (let count = desired; count >= 2; count -= 1) {
    const scale = scaleLinear().domain(domain).range(request.range);
    if (request.nice) scale.nice(count);
    const ticks = scale.ticks(count);
    const labels = formatTickLabels(ticks);
    const axis = { scale, ticks, labels, logarithmic: false };
    fallback = axis;
    if (ticks.length <= desired + 2 && labelsFit(ticks, labels, scale, request)) return axis;
  }
  return (
    fallback ?? {
      scale: scaleLinear().domain(domain).range(request.range),
      ticks: [],
      labels: [],
      logarithmic: false,
    }
  );
}
