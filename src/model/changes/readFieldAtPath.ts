import type { ChangePathStep } from './fieldChange';
import { isRecord } from '../isRecord';

/** The value at a change's place, or `found: false` when the place does not exist. */
export function readFieldAtPath(
  root: unknown,
  path: readonly ChangePathStep[],
): { found: true; value: unknown } | { found: false } {
  let current = root;
  for (const step of path) {
    if (typeof step === 'string') {
      if (!isRecord(current) || !Object.hasOwn(current, step)) return { found: false };
      current = current[step];
    } else {
      if (!Array.isArray(current)) return { found: false };
      const item: unknown = current.find(
        (candidate: unknown) => isRecord(candidate) && candidate['id'] === step.id,
      );
      if (item === undefined) return { found: false };
      current = item;
    }
  }
  return { found: true, value: current };
}
