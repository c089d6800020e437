import { setValueAtPath, type FieldPath } from './fieldPath';
import { parseNumberInput } from './numberInput';
import type { Report, TypedNumbers } from './reportSchema';
import { unitForNumberPath } from './unitForNumberPath';

function withoutPath(typedNumbers: TypedNumbers, path: FieldPath): TypedNumbers {
  if (!Object.hasOwn(typedNumbers, path)) return typedNumbers;
  const { [path]: _removed, ...rest } = typedNumbers;
  return rest;
}

/**
 * The report after text is typed into the number field at `path`: the text is kept as typed
 * (`typedNumbers`) and the field holds the number it reads as, with or without the field's unit
 * ("99.3 %"). Text that is not a number leaves no number: a count typed over as "eight or so"
 * must not go on as the 4 it replaced into the checklist, the figures or an exported file.
 */
export function applyNumberInput(report: Report, path: FieldPath, text: string): Report {
  const parsed = parseNumberInput(text, unitForNumberPath(report, path));
  const withValue = setValueAtPath(report, path, parsed.ok ? parsed.value : null);
  const typedNumbers =
    text.trim() === ''
      ? withoutPath(report.typedNumbers, path)
      : { ...report.typedNumbers, [path]: text };
  return typedNumbers === report.typedNumbers ? withValue : { ...withValue, typedNumbers };
}
