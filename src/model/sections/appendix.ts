import '../configureZod';
import { z } from 'zod';
import {
  id,
  listWithUniqueIds,
  optionalChoice,
  optionalNumber,
  richText,
  text,
  withDefault,
} from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const checklistAnswers = ['yes', 'no', 'not-applicable'] as const;

export const codeLinkSchema = z.object({ id, label: text, url: text });
export type CodeLink = z.infer<typeof codeLinkSchema>;

export const referenceSchema = z.object({
  id,
  title: text,
  authors: text,
  year: optionalNumber,
  venue: text,
  link: text,
  bibtex: text,
});
export type Reference = z.infer<typeof referenceSchema>;

export const checklistEntrySchema = z.object({
  answer: optionalChoice(checklistAnswers),
  justification: text,
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

export const appendixSchema = z.object({
  additionalLogs: richText,
  repositoryUrl: text,
  commit: text,
  configFiles: text,
  codeLinks: listWithUniqueIds(codeLinkSchema, 500),
  references: listWithUniqueIds(referenceSchema, 2000),
  checklist: withDefault(z.record(z.string().max(100), checklistEntrySchema), () => ({})),
});
export type Appendix = z.infer<typeof appendixSchema>;

export const appendixSection: SectionDefinition<'appendix', Appendix> = {
  id: 'appendix',
  number: 9,
  title: 'Appendix and references',
  purpose: 'Logs, code and citations that let a reader check every claim.',
  goodLooksLike: [
    'A repository link with the exact commit and the config files used.',
    'Every cited paper with a link or DOI.',
    'The reproducibility checklist answered.',
  ],
  schema: appendixSchema,
  fields: {
    additionalLogs: {
      kind: 'richText',
      label: 'Additional logs',
      help: 'Extra tables, logs or notes that support the results.',
      example: 'Per-class F1 for every model.',
    },
    repositoryUrl: {
      kind: 'url',
      label: 'Repository',
      help: 'The code repository.',
      example: 'https://github.com/example/sst2-finetuning',
      importance: 'recommended',
    },
    commit: {
      kind: 'text',
      label: 'Commit',
      help: 'The commit the results come from.',
      example: '3f9c2ab',
      importance: 'recommended',
    },
    configFiles: {
      kind: 'longText',
      label: 'Config files',
      help: 'Paths of the training configs, one per line.',
      example: 'configs/qlora-llama3.yaml',
    },
    codeLinks: {
      kind: 'list',
      label: 'Code paths and links',
      itemLabel: 'Link',
      addLabel: 'Add link',
      itemTitleKey: 'label',
      createItem: (itemId) => codeLinkSchema.parse({ id: itemId }),
      help: 'Scripts, notebooks or dashboards worth opening.',
      fields: {
        label: {
          kind: 'text',
          label: 'Link label',
          help: 'What the link is.',
          example: 'Training script',
        },
        url: {
          kind: 'url',
          label: 'Link URL',
          help: 'Where it is.',
          example: 'https://github.com/example/sst2-finetuning/blob/main/train.py',
        },
      },
    },
    references: {
      kind: 'list',
      label: 'References',
      itemLabel: 'Reference',
      addLabel: 'Add reference',
      itemTitleKey: 'title',
      createItem: (itemId) => referenceSchema.parse({ id: itemId }),
      help: 'Papers, repositories and model cards cited in the report.',
      importance: 'recommended',
      fields: {
        title: {
          kind: 'text',
          label: 'Reference title',
          help: 'Title of the work.',
          example: 'LoRA: Low-Rank Adaptation of Large Language Models',
          importance: 'required',
        },
        authors: {
          kind: 'text',
          label: 'Reference authors',
          help: 'Authors as cited.',
          example: 'Hu, E. J.; Shen, Y.; et al.',
        },
        year: {
          kind: 'number',
          label: 'Year',
          help: 'Year of publication.',
          example: '2021',
          integer: true,
          minimum: 1900,
          maximum: 2100,
        },
        venue: {
          kind: 'text',
          label: 'Venue',
          help: 'Journal, conference or "arXiv".',
          example: 'ICLR 2022',
        },
        link: {
          kind: 'url',
          label: 'URL or DOI',
          help: 'Where to read it.',
          example: 'https://arxiv.org/abs/2106.09685',
          importance: 'recommended',
        },
        bibtex: {
          kind: 'longText',
          label: 'BibTeX',
          help: 'The BibTeX entry, if you have one.',
          example: '@inproceedings{hu2022lora, …}',
        },
      },
    },
    checklist: {
      kind: 'custom',
      custom: 'checklist',
      label: 'Reproducibility checklist',
      help: 'Answer each item: Yes, No or N/A, with a pointer or a reason.',
    },
  },
};
