import { isRecord } from '@/model/isRecord';
import { richTextToPlainText, type RichText } from '@/model/richText';

/** Every text and number a report holds, rich text as plain text, whitespace collapsed. */
export function reportText(value: unknown): string {
  const parts: string[] = [];
  const visit = (entry: unknown): void => {
    if (typeof entry === 'string') parts.push(entry);
    else if (typeof entry === 'number') parts.push(String(entry));
    else if (Array.isArray(entry)) entry.forEach(visit);
    else if (isRecord(entry)) {
      if (entry['type'] === 'doc') parts.push(richTextToPlainText(entry as RichText));
      else Object.values(entry).forEach(visit);
    }
  };
  visit(value);
  return parts.join('\n').replace(/\s+/gu, ' ');
}
