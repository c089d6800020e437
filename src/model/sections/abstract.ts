import '../configureZod';
import { z } from 'zod';
import { richText } from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const abstractSchema = z.object({
  summary: richText,
});
export type Abstract = z.infer<typeof abstractSchema>;

export const abstractSection: SectionDefinition<'abstract', Abstract> = {
  id: 'abstract',
  number: 2,
  title: 'Abstract',
  purpose:
    'The goals, the model direction and the outcome, in a paragraph a busy reader can finish.',
  goodLooksLike: [
    'States the goal, the models compared and the headline result with its metric.',
    'Stays under about 250 words.',
  ],
  schema: abstractSchema,
  fields: {
    summary: {
      kind: 'richText',
      label: 'Summary',
      // The length is in the word counter under the field ("… · aim for about 150–250").
      help: 'Goals, model direction and the expected or obtained outcome.',
      example:
        'This report compares four fine-tuning strategies for sentiment classification; QLoRA on Llama-3-8B reaches 95.1 % test accuracy at a quarter of the memory of full fine-tuning.',
      importance: 'required',
      lengthHintMinimumWords: 150,
      lengthHintWords: 250,
    },
  },
};
