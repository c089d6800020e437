import '../configureZod';
import { z } from 'zod';
import { richText, withDefault } from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const conclusionSchema = z.object({
  bestModelId: withDefault(z.string().max(200), () => ''),
  bestModelReason: richText,
  limitations: richText,
  futureWork: richText,
});
export type Conclusion = z.infer<typeof conclusionSchema>;

export const conclusionSection: SectionDefinition<'conclusion', Conclusion> = {
  id: 'conclusion',
  number: 8,
  title: 'Conclusion and future work',
  purpose: 'Which model to use, why, where it falls short and what to try next.',
  goodLooksLike: [
    'Names the best model and backs it with the metric table.',
    'States the limitations honestly.',
    'Future directions a colleague could pick up.',
  ],
  schema: conclusionSchema,
  fields: {
    bestModelId: {
      kind: 'custom',
      custom: 'bestModel',
      label: 'Best model',
      help: 'The model you recommend, from Models and approach.',
      importance: 'required',
    },
    bestModelReason: {
      kind: 'richText',
      label: 'Why it performed best',
      help: 'The architecture or optimization reasons, backed by results.',
      example: 'Higher rank on all projections let QLoRA fit the domain shift.',
      importance: 'required',
    },
    limitations: {
      kind: 'richText',
      label: 'Limitations',
      help: 'Where the conclusion may not hold.',
      example: 'Only English reviews; one dataset.',
      importance: 'recommended',
    },
    futureWork: {
      kind: 'richText',
      label: 'Future directions',
      help: 'What you would try next and why.',
      example: 'Multi-task training on the three support datasets; 3-bit quantization.',
      importance: 'recommended',
    },
  },
};
