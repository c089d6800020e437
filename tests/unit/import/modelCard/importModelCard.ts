import { applyRunImport } from '@/import/applyRunImport';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import { parseModelCard } from '@/import/modelCard/parseModelCard';
import type { ProposedChange, RunImportParse } from '@/import/runImportTypes';
import { createEmptyReport } from '@/model/createEmptyReport';
import type { Report } from '@/model/reportSchema';

export interface ImportedCard {
  parse: RunImportParse;
  modelName: string;
  changes: ProposedChange[];
  /** The report after Apply with the review's own ticks. */
  report: Report;
  /** The report after Apply with every change ticked. */
  everything: Report;
}

/** Reads a card, builds the review for a new model named as the card names it, and applies it. */
export function importModelCard(
  fileName: string,
  text: string,
  into: Report = createEmptyReport('blank'),
): ImportedCard {
  const result = parseModelCard(fileName, text);
  if (!result.ok) throw new Error(result.message);
  const target =
    into.models.models[0] === undefined
      ? { newModelName: result.modelName || 'Imported model' }
      : { modelId: into.models.models[0].id };
  const changes = buildRunImportProposal(result.parse, into, target);
  let counter = 0;
  const createId = (): string => {
    counter += 1;
    return `imported-${counter}`;
  };
  const report = applyRunImport(into, changes, createId);
  counter = 0;
  const everything = applyRunImport(
    into,
    changes.map((change) => ({ ...change, accepted: true })),
    createId,
  );
  return { parse: result.parse, modelName: result.modelName, changes, report, everything };
}
