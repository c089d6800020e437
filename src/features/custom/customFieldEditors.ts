import type { ComponentType } from 'react';
import type { CustomFieldId } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { BestModelField } from './BestModelField';
import { ChecklistField } from './ChecklistField';
import { MetricResultsEditor } from './MetricResultsEditor';
import { PlotsEditor } from './PlotsEditor';
import { ReferencePicker } from './ReferencePicker';

/** The editor of each field whose spec kind is "custom"; a new one fails to compile until listed. */
export const customFieldEditors: { [Id in CustomFieldId]: ComponentType<{ path: FieldPath }> } = {
  citedReferences: ReferencePicker,
  metricTable: MetricResultsEditor,
  plots: PlotsEditor,
  bestModel: BestModelField,
  checklist: ChecklistField,
};
