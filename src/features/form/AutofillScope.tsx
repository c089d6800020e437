import type { ReactNode } from 'react';

interface AutofillScopeProps {
  className: string;
  /** Names the form as a group of controls, for a screen reader. */
  groupLabel?: string | undefined;
  children: ReactNode;
}

/**
 * A form around one field or a small group of them, never submitted. After every change Chrome's
 * autofill re-reads each control of the form being edited, and all of a page's loose controls
 * count as one form: on a section with 50 controls that is about 70 style-and-layout checks per
 * key. In a form of its own a field costs what a field on a bare page does.
 */
export function AutofillScope({ className, groupLabel, children }: AutofillScopeProps) {
  return (
    <form
      className={className}
      role={groupLabel === undefined ? undefined : 'group'}
      aria-label={groupLabel}
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
    </form>
  );
}
