import type { ChangePathStep, FieldChange } from './fieldChange';
import { isRecord } from '../isRecord';

function applyAt(current: unknown, path: readonly ChangePathStep[], value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (typeof step === 'string') {
    if (!isRecord(current) || !Object.hasOwn(current, step)) return undefined;
    const child = applyAt(current[step], rest, value);
    return child === undefined ? undefined : { ...current, [step]: child };
  }
  if (!Array.isArray(current)) return undefined;
  const index = current.findIndex((item: unknown) => isRecord(item) && item['id'] === step.id);
  if (index === -1) return undefined;
  const child = applyAt(current[index], rest, value);
  if (child === undefined) return undefined;
  const next = [...(current as unknown[])];
  next[index] = child;
  return next;
}

/**
 * The root with the change made, sharing every other branch; undefined when its place no longer
 * exists (the list item it belongs to was removed).
 */
export function applyFieldChange<Root>(root: Root, change: FieldChange): Root | undefined {
  return applyAt(root, change.path, change.value) as Root | undefined;
}
