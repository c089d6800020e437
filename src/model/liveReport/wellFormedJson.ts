import { isRecord } from '../isRecord';
import { wellFormedText } from './wellFormedText';

function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return wellFormedText(value) !== value;
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  if (isRecord(value))
    return Object.entries(value).some(
      ([key, child]) => wellFormedText(key) !== key || holdsLoneSurrogate(child),
    );
  return false;
}

function copyWellFormed(value: unknown): unknown {
  if (typeof value === 'string') return wellFormedText(value);
  if (Array.isArray(value)) return value.map(copyWellFormed);
  if (isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [wellFormedText(key), copyWellFormed(child)]),
    );
  return value;
}

/**
 * A JSON value as the live document stores it whole: the value itself (plot points are not
 * copied), or a copy when some text in it holds a lone surrogate (see wellFormedText).
 */
export function wellFormedJson<Value>(value: Value): Value {
  return holdsLoneSurrogate(value) ? (copyWellFormed(value) as Value) : value;
}
