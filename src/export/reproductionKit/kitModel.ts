import { listItemFieldPath } from '@/model/listItemFieldPath';
import type { FieldPath } from '@/model/fieldPath';
import type { Model, Report } from '@/model/reportSchema';
import { createReproductionGap } from './createReproductionGap';
import type { ReproductionGap } from './reproductionGap';
import type { TransformersTarget } from './transformersTarget';

/** One model's part of the kit being written, and the gaps found on the way. */
export interface KitModel {
  report: Report;
  model: Model;
  /** The model's name as the report shows it: `Model A`, or `Model 2` when unnamed. */
  name: string;
  /** The model's folder in the kit, `models/model-a`. */
  folder: string;
  target: TransformersTarget;
  /** The first of the report's seeds, or the Trainer's 42 when it gives none. */
  seed: number;
  gaps: ReproductionGap[];
}

export function modelFieldPath(kit: KitModel, ...keys: string[]): FieldPath {
  return listItemFieldPath('models.models', kit.model.id, ...keys);
}

/** Records that the model's field at `keys` lacks what an exact rerun needs. */
export function addModelGap(kit: KitModel, keys: string[], message: string): void {
  // The gap's location names the model, so the sentence starts with what is missing.
  const sentence = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  kit.gaps.push(createReproductionGap(kit.report, modelFieldPath(kit, ...keys), sentence));
}
