import type { ReactNode } from 'react';
import type { ReportIssue } from '@/model/reportIssues';
import { AutofillScope } from './AutofillScope';

interface FieldFrameProps {
  controlId: string;
  label: string;
  help: string;
  example: string | undefined;
  issue: ReportIssue | undefined;
  required: boolean;
  children: ReactNode;
  /** Set for controls that are not labelable elements (rich text): the label is linked by aria-labelledby. */
  labelIsText?: boolean;
  /**
   * Off for rich text: its link dialog holds a form, forms do not nest, and autofill does not
   * read an editable element that is not a form control.
   */
  ownForm?: boolean;
}

export function helpId(controlId: string): string {
  return `${controlId}-help`;
}

export function issueId(controlId: string): string {
  return `${controlId}-issue`;
}

export function labelId(controlId: string): string {
  return `${controlId}-label`;
}

export function FieldFrame({
  controlId,
  label,
  help,
  example,
  issue,
  required,
  children,
  labelIsText = false,
  ownForm = true,
}: FieldFrameProps) {
  const Frame = ownForm ? AutofillScope : 'div';
  // The required mark sits outside the label so the accessible name is exactly the label.
  const requiredMark = required ? (
    <span className="field-required" aria-hidden="true">
      *
    </span>
  ) : null;
  return (
    <Frame className={`field${issue === undefined ? '' : ` field--${issue.severity}`}`}>
      <div className="field-label-row">
        {labelIsText ? (
          <span className="field-label" id={labelId(controlId)}>
            {label}
          </span>
        ) : (
          <label className="field-label" id={labelId(controlId)} htmlFor={controlId}>
            {label}
          </label>
        )}
        {requiredMark}
      </div>
      {children}
      <p className="field-help" id={helpId(controlId)}>
        {help}
        {example === undefined ? null : <span className="field-example"> Example: {example}</span>}
      </p>
      {issue === undefined ? null : (
        <p
          className={`field-issue field-issue--${issue.severity}`}
          id={issueId(controlId)}
          role={issue.severity === 'error' ? 'alert' : undefined}
        >
          {issue.message}
        </p>
      )}
    </Frame>
  );
}

export function describedBy(controlId: string, issue: ReportIssue | undefined): string {
  return issue === undefined ? helpId(controlId) : `${issueId(controlId)} ${helpId(controlId)}`;
}
