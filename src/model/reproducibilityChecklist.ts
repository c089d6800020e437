import type { SectionId } from './sectionRegistry';

export interface ChecklistItem {
  id: string;
  source:
    | 'Pineau ML reproducibility checklist'
    | 'NeurIPS paper checklist'
    | 'ML Code Completeness Checklist';
  question: string;
  /** Where in the report the answer is usually found. */
  sectionId: SectionId;
}

/**
 * The experiment items of the three checklists reviewers use. Answers are derived from the report
 * (deriveChecklistAnswers); `appendix.checklist` holds only the author's overrides.
 */
export const reproducibilityChecklist = [
  {
    id: 'pineau-hyperparameter-ranges',
    source: 'Pineau ML reproducibility checklist',
    question:
      'The range of hyperparameters considered, the method to select the best configuration, and the specification of all hyperparameters used are given.',
    sectionId: 'models',
  },
  {
    id: 'pineau-number-of-runs',
    source: 'Pineau ML reproducibility checklist',
    question: 'The exact number of training and evaluation runs is stated.',
    sectionId: 'setup',
  },
  {
    id: 'pineau-evaluation-metrics',
    source: 'Pineau ML reproducibility checklist',
    question:
      'The specific evaluation metrics and statistics used to report results are clearly defined.',
    sectionId: 'problem',
  },
  {
    id: 'pineau-central-tendency',
    source: 'Pineau ML reproducibility checklist',
    question: 'Results include a central tendency (e.g. mean) and variation (e.g. error bars).',
    sectionId: 'results',
  },
  {
    id: 'pineau-runtime',
    source: 'Pineau ML reproducibility checklist',
    question: 'The average runtime for each result, or estimated energy cost, is given.',
    sectionId: 'results',
  },
  {
    id: 'pineau-computing-infrastructure',
    source: 'Pineau ML reproducibility checklist',
    question: 'The computing infrastructure used is described.',
    sectionId: 'setup',
  },
  {
    id: 'pineau-data-splits',
    source: 'Pineau ML reproducibility checklist',
    question: 'The details of train / validation / test splits are given.',
    sectionId: 'setup',
  },
  {
    id: 'pineau-data-preprocessing',
    source: 'Pineau ML reproducibility checklist',
    question: 'Any data preprocessing step is explained.',
    sectionId: 'setup',
  },
  {
    id: 'neurips-4-reproducibility',
    source: 'NeurIPS paper checklist',
    question:
      '4. Experimental result reproducibility: all information needed to reproduce the main results is disclosed.',
    sectionId: 'models',
  },
  {
    id: 'neurips-5-open-access',
    source: 'NeurIPS paper checklist',
    question:
      '5. Open access to data and code: data and code are provided with instructions to reproduce the main results.',
    sectionId: 'appendix',
  },
  {
    id: 'neurips-6-experimental-setting',
    source: 'NeurIPS paper checklist',
    question:
      '6. Experimental setting: training and test details (splits, hyperparameters, how they were chosen, optimizer) are specified.',
    sectionId: 'setup',
  },
  {
    id: 'neurips-7-statistical-significance',
    source: 'NeurIPS paper checklist',
    question:
      '7. Statistical significance: error bars or other significance information are reported and explained.',
    sectionId: 'results',
  },
  {
    id: 'neurips-8-compute',
    source: 'NeurIPS paper checklist',
    question:
      '8. Compute resources: the type of compute workers, memory and time of execution are given for each experiment.',
    sectionId: 'setup',
  },
  {
    id: 'code-dependencies',
    source: 'ML Code Completeness Checklist',
    question: 'Dependencies: the code states its dependencies and how to install them.',
    sectionId: 'setup',
  },
  {
    id: 'code-training',
    source: 'ML Code Completeness Checklist',
    question: 'Training code is available.',
    sectionId: 'appendix',
  },
  {
    id: 'code-evaluation',
    source: 'ML Code Completeness Checklist',
    question: 'Evaluation code is available.',
    sectionId: 'appendix',
  },
  {
    id: 'code-pretrained-models',
    source: 'ML Code Completeness Checklist',
    question: 'Pre-trained (fine-tuned) models are available.',
    sectionId: 'appendix',
  },
  {
    id: 'code-results',
    source: 'ML Code Completeness Checklist',
    question: 'A table of results with the commands to reproduce them is given.',
    sectionId: 'results',
  },
] as const satisfies readonly ChecklistItem[];

export type ChecklistItemId = (typeof reproducibilityChecklist)[number]['id'];
