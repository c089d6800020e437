import type { FieldPath } from '@/model/fieldPath';

/** The field whose control holds `element`, read back from its id (see fieldElementId). */
export function fieldPathOfElement(element: Element | null): FieldPath | undefined {
  const control = element?.closest('[id^="field-"]');
  if (control === null || control === undefined) return undefined;
  const id = control.id.slice('field-'.length);
  if (id.endsWith('-refused')) return undefined;
  return id.replaceAll('__', '.').replaceAll('--', '#');
}

let lastFocusedPath: FieldPath | undefined;
let listening = false;

/**
 * Remembers the last field that had the focus, from one focusin listener on the document: the
 * Comment button takes the focus when clicked, and nothing runs per key typed.
 */
export function startTrackingFocusedField(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('focusin', (event) => {
    const path = fieldPathOfElement(event.target instanceof Element ? event.target : null);
    if (path !== undefined) lastFocusedPath = path;
  });
}

export function lastFocusedFieldPath(): FieldPath | undefined {
  return lastFocusedPath;
}
