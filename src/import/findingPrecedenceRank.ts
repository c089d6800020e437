import type { FindingPrecedence } from './runImportTypes';

/** Lower wins when two findings set the same field. */
export const findingPrecedenceRank: Readonly<Record<FindingPrecedence, number>> = {
  stated: 0,
  derived: 1,
  hint: 2,
};
