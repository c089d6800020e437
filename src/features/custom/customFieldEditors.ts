import type { ComponentType } from 'react';
import type { FieldPath } from '@/model/fieldPath';
import { BestModelField } from './BestModelField';
import { ChecklistEditor } from './ChecklistEditor';
import { MetricResultsEditor } from './MetricResultsEditor';
import { PlotsEditor } from './PlotsEditor';
import { ReferencePicker } from './ReferencePicker';

export type CustomFieldPath =
  | 'background.relatedReferenceIds'
  | 'results.metricResults'
  | 'results.plots'
  | 'conclusion.bestModelId'
  | 'appendix.checklist';

/** The editors of fields whose spec kind is "custom", keyed by where they sit in the report. */
export const customFieldEditors: { [Path in CustomFieldPath]: ComponentType<{ path: FieldPath }> } =
  {
    'background.relatedReferenceIds': ReferencePicker,
    'results.metricResults': MetricResultsEditor,
    'results.plots': PlotsEditor,
    'conclusion.bestModelId': BestModelField,
    'appendix.checklist': ChecklistEditor,
  };
