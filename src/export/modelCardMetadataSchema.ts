import '@/model/configureZod';
import { z } from 'zod';
import { hubPipelineTags } from './hubPipelineTags';

/** `owner/name` or a legacy `name` without owner, as the Hub names models and datasets. */
export const hubRepositoryIdPattern = /^(?:[\w.-]+\/)?[\w.-]+$/u;

// A check, not a trim: the metadata keeps every text exactly as typed.
const requiredText = z.string().refine((text) => text.trim() !== '', 'must not be blank');
const hubRepositoryId = z.string().regex(hubRepositoryIdPattern);

/** One metric of a result; `type` and `value` are required (hub-docs `modelcard.md`). */
export const modelIndexMetricSchema = z.object({
  type: requiredText,
  value: z.union([z.number().finite(), requiredText]),
  name: z.string().optional(),
  config: z.string().optional(),
  verified: z.boolean().optional(),
});

/** One evaluation result: a task on a dataset and its metrics. */
export const modelIndexResultSchema = z.object({
  task: z.object({ type: requiredText, name: z.string().optional() }),
  dataset: z.object({
    type: requiredText,
    name: requiredText,
    config: z.string().optional(),
    split: z.string().optional(),
    revision: z.string().optional(),
  }),
  metrics: z.array(modelIndexMetricSchema).min(1),
  source: z.object({ url: requiredText, name: z.string().optional() }).optional(),
});
export type ModelIndexResult = z.infer<typeof modelIndexResultSchema>;

/**
 * A model card's YAML metadata as the Hub reads it (hub-docs `modelcard.md` and
 * `docs/hub/model-cards.md`; huggingface_hub `repocard_data.py` for `model-index`).
 */
export const modelCardMetadataSchema = z.object({
  language: z.union([requiredText, z.array(requiredText).min(1)]).optional(),
  license: requiredText.optional(),
  license_name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.+-]*$/u)
    .optional(),
  license_link: z.string().optional(),
  library_name: requiredText.optional(),
  tags: z.array(requiredText).optional(),
  base_model: z.union([hubRepositoryId, z.array(hubRepositoryId).min(1)]).optional(),
  datasets: z.array(hubRepositoryId).optional(),
  metrics: z.array(requiredText).optional(),
  pipeline_tag: z.enum(hubPipelineTags).optional(),
  'model-index': z
    .array(z.object({ name: requiredText, results: z.array(modelIndexResultSchema) }))
    .optional(),
});
export type ModelCardMetadata = z.infer<typeof modelCardMetadataSchema>;
