// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { AutofillScope } from '@/features/form/AutofillScope';

// React's act() wants to know it runs in a test.
Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);

let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

function renderScope(groupLabel?: string): HTMLFormElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <AutofillScope className="field" groupLabel={groupLabel}>
        <input aria-label="GPU count" type="number" defaultValue="" />
      </AutofillScope>,
    ),
  );
  const form = container.querySelector('form');
  if (form === null) throw new Error('AutofillScope rendered no form');
  return form;
}

describe('AutofillScope', () => {
  it('is a form of its own that is never submitted and never checked by the browser', () => {
    const form = renderScope();
    expect(form.className).toBe('field');
    expect(form.noValidate).toBe(true);
    expect(form.querySelector('input')?.form).toBe(form);
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    act(() => {
      form.dispatchEvent(submit);
    });
    expect(submit.defaultPrevented).toBe(true);
  });

  it('is a named group when given a label, and no group without one', () => {
    expect(renderScope().getAttribute('role')).toBeNull();
    act(() => root?.unmount());
    const form = renderScope('Figure 1 settings');
    expect(form.getAttribute('role')).toBe('group');
    expect(form.getAttribute('aria-label')).toBe('Figure 1 settings');
  });
});
