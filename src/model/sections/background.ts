import '../configureZod';
import { z } from 'zod';
import { id, richText, withDefault } from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const backgroundSchema = z.object({
  currentLimitations: richText,
  whyFineTuning: richText,
  relatedWork: richText,
  relatedReferenceIds: withDefault(z.array(id).max(1000), () => []),
  motivation: richText,
});
export type Background = z.infer<typeof backgroundSchema>;

export const backgroundSection: SectionDefinition<'background', Background> = {
  id: 'background',
  number: 3,
  title: 'Background and motivation',
  purpose: 'Why this work exists: what today falls short and why fine-tuning is the answer.',
  goodLooksLike: [
    'Names a concrete limitation of the current system, with a number where possible.',
    'Cites related papers and existing results from the references.',
    'Says who benefits and how.',
  ],
  schema: backgroundSchema,
  fields: {
    currentLimitations: {
      kind: 'richText',
      label: 'Current system limitations',
      help: 'What the current system gets wrong, ideally measured.',
      example: 'The zero-shot baseline mislabels 23 % of sarcastic reviews.',
      importance: 'required',
    },
    whyFineTuning: {
      kind: 'richText',
      label: 'Why fine-tuning is needed',
      help: 'Why prompting or a bigger model is not enough.',
      example: 'Prompting alone plateaus at 88 % and costs 4x more per request.',
      importance: 'required',
    },
    relatedWork: {
      kind: 'richText',
      label: 'Related papers and existing results',
      help: 'What others found; cite the references you list in the appendix.',
      example:
        'Hu et al. (2021) show LoRA matches full fine-tuning on GLUE with 0.1 % of the parameters.',
      importance: 'recommended',
    },
    relatedReferenceIds: {
      kind: 'custom',
      custom: 'citedReferences',
      label: 'Cited references',
      help: 'Pick the references (from Appendix and references) that this background relies on.',
    },
    motivation: {
      kind: 'richText',
      label: 'Scientific or business motivation',
      help: 'Who benefits and how: a research question or a business number.',
      example: 'Cutting triage time by 30 % frees two support engineers.',
      importance: 'recommended',
    },
  },
};
