import type { ChangePathStep } from './fieldChange';

function sameStep(first: ChangePathStep, second: ChangePathStep): boolean {
  return typeof first === 'string' || typeof second === 'string'
    ? first === second
    : first.id === second.id;
}

/** True when one path is the other or lies inside it: the two changes touch the same field. */
export function changePathsOverlap(
  first: readonly ChangePathStep[],
  second: readonly ChangePathStep[],
): boolean {
  const length = Math.min(first.length, second.length);
  for (let index = 0; index < length; index += 1) {
    const firstStep = first[index];
    const secondStep = second[index];
    if (firstStep === undefined || secondStep === undefined || !sameStep(firstStep, secondStep))
      return false;
  }
  return true;
}
