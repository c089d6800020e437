import type { AnyFieldSpec } from '@/model/fieldSpec';
import { parseNumberInput, withoutTypedUnit } from '@/model/numberInput';

/** A typed value for a field from the text a card gives, or undefined when it does not fit. */
export function valueForSpec(
  spec: AnyFieldSpec,
  text: string,
): { value: string | number | boolean; typedText?: string } | undefined {
  switch (spec.kind) {
    case 'text':
    case 'longText':
    case 'date':
    case 'email':
    case 'url':
      return { value: text };
    case 'select': {
      const wanted = text.toLowerCase();
      const option = spec.options.find(
        (candidate) =>
          candidate.label.toLowerCase() === wanted || candidate.value.toLowerCase() === wanted,
      );
      return option === undefined || option.value === '' ? undefined : { value: option.value };
    }
    case 'number': {
      const unit = spec.unit ?? '';
      const parsed = parseNumberInput(text, unit);
      if (!parsed.ok || parsed.value === null) return undefined;
      if (spec.integer === true && !Number.isInteger(parsed.value)) return undefined;
      return { value: parsed.value, typedText: withoutTypedUnit(text, unit) };
    }
    case 'checkbox':
      if (/^(yes|true)$/iu.test(text)) return { value: true };
      if (/^(no|false)$/iu.test(text)) return { value: false };
      return undefined;
    default:
      return undefined;
  }
}
