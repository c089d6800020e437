import { useRef } from 'react';
import type { FieldPath } from '@/model/fieldPath';
import type { ReportIssue } from '@/model/reportIssues';
import { fieldElementId } from './fieldElementId';
import { useFieldIssue } from './useFieldIssue';
import { useFocusRequest } from './useFocusRequest';

/** What every single-control field needs: its id, its visible issue, and focus when Next issue points here. */
export function useFieldControl<Element extends HTMLElement>(path: FieldPath) {
  const issue: ReportIssue | undefined = useFieldIssue(path);
  const controlId = fieldElementId(path);
  const elementRef = useRef<Element>(null);
  useFocusRequest(path, elementRef);
  return { issue, controlId, elementRef };
}
