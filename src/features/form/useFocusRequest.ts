import { useEffect, type RefObject } from 'react';
import type { FieldPath } from '@/model/fieldPath';
import { useUiSliceSelector } from '@/context/AppContext';

/** Focuses the element when Next issue (or an error link) asks for this field. */
export function useFocusRequest(path: FieldPath, elementRef: RefObject<HTMLElement | null>): void {
  const serial = useUiSliceSelector(['focusRequest'], (state) =>
    state.focusRequest?.path === path ? state.focusRequest.serial : undefined,
  );
  useEffect(() => {
    if (serial === undefined) return;
    const element = elementRef.current;
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  }, [serial, elementRef]);
}
