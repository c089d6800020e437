import { fieldSpecEntries, type AnyFieldSpec } from '../fieldSpec';
import { isRecord } from '../isRecord';
import { countRichTextWords, type RichText } from '../richText';
import type { Report } from '../reportSchema';
import { sectionRegistry } from '../sectionRegistry';

export interface ReportContentCount {
  /** Words in prose and text fields. */
  words: number;
  /** Fields with something in them; choices and tick boxes, which always hold a value, are not counted. */
  fields: number;
}

function countText(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** How much a report holds, by walking its sections' field specs as the form does. */
export function countReportContent(report: Report): ReportContentCount {
  const count: ReportContentCount = { words: 0, fields: 0 };
  const visit = (spec: AnyFieldSpec, value: unknown): void => {
    switch (spec.kind) {
      case 'richText': {
        const words = isRecord(value) ? countRichTextWords(value as unknown as RichText) : 0;
        count.words += words;
        if (words > 0) count.fields += 1;
        return;
      }
      case 'text':
      case 'longText':
      case 'date':
      case 'email':
      case 'url':
        if (typeof value === 'string' && value.trim() !== '') {
          count.fields += 1;
          count.words += countText(value);
        }
        return;
      case 'number':
        if (typeof value === 'number') count.fields += 1;
        return;
      case 'select':
      case 'checkbox':
        return;
      case 'custom':
        if (Array.isArray(value)) count.fields += value.length;
        else if (typeof value === 'string' && value !== '') count.fields += 1;
        return;
      case 'group':
        if (isRecord(value))
          for (const [key, child] of fieldSpecEntries(spec.fields)) visit(child, value[key]);
        return;
      case 'list':
        if (Array.isArray(value))
          for (const item of value)
            if (isRecord(item))
              for (const [key, child] of fieldSpecEntries(spec.fields)) visit(child, item[key]);
        return;
    }
  };
  for (const section of sectionRegistry) {
    const value: unknown = report[section.id];
    if (!isRecord(value)) continue;
    for (const [key, spec] of fieldSpecEntries(section.fields)) visit(spec, value[key]);
  }
  return count;
}
