import '../configureZod';
import { z } from 'zod';
import type { SelectOption } from '../fieldSpec';
import { choice, id, listWithUniqueIds, text } from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const reportStatuses = ['draft', 'in-review', 'final'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const authorSchema = z.object({
  id,
  name: text,
  affiliation: text,
  email: text,
  role: text,
});
export type Author = z.infer<typeof authorSchema>;

export const titlePageSchema = z.object({
  title: text,
  subtitle: text,
  authors: listWithUniqueIds(authorSchema, 200),
  date: text,
  version: text,
  changeNote: text,
  organization: text,
  project: text,
  license: text,
  status: choice(reportStatuses, 'draft'),
});
export type TitlePage = z.infer<typeof titlePageSchema>;

export const reportStatusOptions: readonly SelectOption<ReportStatus>[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'in-review', label: 'In review' },
  { value: 'final', label: 'Final' },
];

export const titlePageSection: SectionDefinition<'titlePage', TitlePage> = {
  id: 'titlePage',
  number: 1,
  title: 'Title page',
  purpose: 'Who wrote this report, when, and which version of it a reader holds.',
  goodLooksLike: [
    'A title that names the task and the comparison, e.g. "Four fine-tuning strategies for support-ticket triage".',
    'Every author with an affiliation and a contact, so a reader knows whom to ask.',
    'A version with a change note, so reviewers can tell drafts apart.',
  ],
  schema: titlePageSchema,
  fields: {
    title: {
      kind: 'text',
      label: 'Title',
      help: 'Name the task and what is compared; readers find reports by their title.',
      example: 'Design and Implementation of Four Fine-Tuning Tasks',
      importance: 'required',
    },
    subtitle: {
      kind: 'text',
      label: 'Subtitle',
      help: 'One line of context: the dataset, the domain or the question answered.',
      example: 'LoRA, full fine-tuning, adapters and QLoRA on SST-2',
    },
    authors: {
      kind: 'list',
      label: 'Authors',
      itemLabel: 'Author',
      addLabel: 'Add author',
      itemTitleKey: 'name',
      createItem: (itemId) => authorSchema.parse({ id: itemId }),
      help: 'Everyone who ran or wrote up the experiments, so readers know whom to ask.',
      importance: 'required',
      fields: {
        name: {
          kind: 'text',
          label: 'Name',
          help: 'Full name as it should be cited.',
          example: 'Ada Lovelace',
          importance: 'required',
        },
        affiliation: {
          kind: 'text',
          label: 'Affiliation',
          help: 'Team, lab or company.',
          example: 'Applied ML, Example Corp',
        },
        email: {
          kind: 'email',
          label: 'Email',
          help: 'A contact address for questions about the runs.',
          example: 'ada@example.org',
        },
        role: {
          kind: 'text',
          label: 'Role',
          help: 'What this person did: ran experiments, wrote, reviewed.',
          example: 'Experiments and write-up',
        },
      },
    },
    date: {
      kind: 'date',
      label: 'Date',
      help: 'The date of this version, as YYYY-MM-DD.',
      example: '2026-11-26',
      placeholder: 'YYYY-MM-DD',
      importance: 'required',
    },
    version: {
      kind: 'text',
      label: 'Version',
      help: 'Bump it whenever results change, so reviewers know which numbers they read.',
      example: '1.2',
      importance: 'required',
    },
    changeNote: {
      kind: 'text',
      label: 'Change note',
      help: 'What changed since the previous version.',
      example: 'Added the QLoRA run and three seeds per model',
    },
    organization: {
      kind: 'text',
      label: 'Organization',
      help: 'The organization the work was done for.',
      example: 'Example Corp Research',
      importance: 'recommended',
    },
    project: {
      kind: 'text',
      label: 'Project',
      help: 'The project or product this experiment belongs to.',
      example: 'Ticket triage v3',
    },
    license: {
      kind: 'text',
      label: 'License',
      help: 'Under which terms others may reuse this report.',
      example: 'CC-BY-4.0',
      suggestions: ['CC-BY-4.0', 'CC-BY-SA-4.0', 'Apache-2.0', 'MIT', 'Proprietary'],
      importance: 'recommended',
    },
    status: {
      kind: 'select',
      label: 'Status',
      help: 'Draft while you write; Final turns the completeness hints into a checklist.',
      options: reportStatusOptions,
    },
  },
};
