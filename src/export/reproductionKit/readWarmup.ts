/** A warmup as the Trainer takes it: a number of steps, a fraction of all steps, or none. */
export type Warmup =
  { kind: 'none' } | { kind: 'steps'; steps: number } | { kind: 'ratio'; ratio: number };

const noWarmup = /^(?:none|no|no warmup|0|0 steps|0 %)$/u;
const percent = /(\d+(?:\.\d+)?)\s*%/u;
const ratio = /ratio\s*(?:of\s*)?(\d*\.?\d+)/u;
const bareRatio = /^0?\.\d+$/u;
const steps = /^(\d+)(?:\s*(?:warmup\s*)?steps?)?$|^(\d+)\s*(?:warmup\s*)?steps?\b/u;

/**
 * Reads the Warmup field: `3 % of steps (42 steps)` and `3 % of steps (ratio 0.03)` are a ratio of
 * 0.03, `500 steps` and `500` are steps, `0.1` is a ratio, `none` is none; null when the text says
 * neither, and undefined when the field is empty. A percentage wins over a step count beside it,
 * because it is what the configuration held and the count followed from it.
 */
export function readWarmup(text: string): Warmup | null | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return undefined;
  if (noWarmup.test(trimmed)) return { kind: 'none' };
  const percentMatch = percent.exec(trimmed);
  if (percentMatch !== null) {
    const value = Number(percentMatch[1]) / 100;
    return value === 0 ? { kind: 'none' } : { kind: 'ratio', ratio: Number(value.toPrecision(12)) };
  }
  const ratioMatch = ratio.exec(trimmed) ?? (bareRatio.test(trimmed) ? [trimmed, trimmed] : null);
  if (ratioMatch !== null) {
    const value = Number(ratioMatch[1]);
    if (value === 0) return { kind: 'none' };
    return value < 1 ? { kind: 'ratio', ratio: value } : null;
  }
  const stepsMatch = steps.exec(trimmed);
  const count = Number(stepsMatch?.[1] ?? stepsMatch?.[2]);
  if (stepsMatch === null || !Number.isFinite(count)) return null;
  return count === 0 ? { kind: 'none' } : { kind: 'steps', steps: count };
}
