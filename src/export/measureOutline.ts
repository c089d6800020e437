import { richTextToPlainText } from '@/model/richText';
import type { OutlineBlock, OutlineText, ReportOutline } from './reportOutline';

/** What laying a report's pages out costs: how many paragraphs and table rows, how long the longest. */
export interface OutlineMeasure {
  paragraphs: number;
  longestParagraphCharacters: number;
}

function textLength(text: OutlineText): number {
  return text.reduce((total, span) => total + span.text.length, 0);
}

function measureBlock(block: OutlineBlock): OutlineMeasure {
  switch (block.kind) {
    case 'heading':
      return { paragraphs: 1, longestParagraphCharacters: block.text.length };
    case 'paragraph':
      return { paragraphs: 1, longestParagraphCharacters: textLength(block.content) };
    case 'codeBlock':
      return { paragraphs: 1, longestParagraphCharacters: block.text.length };
    case 'figure':
      return {
        paragraphs: 1 + block.figure.notes.length,
        longestParagraphCharacters: Math.max(
          block.figure.caption.length,
          ...block.figure.notes.map((note) => note.length),
        ),
      };
    case 'fields':
      return {
        paragraphs: block.fields.length,
        longestParagraphCharacters: Math.max(
          0,
          ...block.fields.map((field) => field.label.length + textLength(field.value)),
        ),
      };
    case 'richText': {
      const nodes = block.content.content ?? [];
      return {
        paragraphs: Math.max(1, nodes.length),
        longestParagraphCharacters: Math.max(
          0,
          ...nodes.map((node) => richTextToPlainText(node).length),
        ),
      };
    }
    case 'table':
      return {
        paragraphs: 1 + block.table.rows.length,
        longestParagraphCharacters: Math.max(
          0,
          ...block.table.rows.flatMap((row) => row.map(textLength)),
        ),
      };
    case 'list':
      return combine(
        block.items.flatMap((item) => [
          { paragraphs: 1, longestParagraphCharacters: textLength(item.content) },
          ...item.blocks.map(measureBlock),
        ]),
      );
  }
}

function combine(measures: readonly OutlineMeasure[]): OutlineMeasure {
  return measures.reduce(
    (total, measure) => ({
      paragraphs: total.paragraphs + measure.paragraphs,
      longestParagraphCharacters: Math.max(
        total.longestParagraphCharacters,
        measure.longestParagraphCharacters,
      ),
    }),
    { paragraphs: 0, longestParagraphCharacters: 0 },
  );
}

export function measureOutline(outline: ReportOutline): OutlineMeasure {
  return combine(
    outline.sections.flatMap((section) => [
      { paragraphs: 1, longestParagraphCharacters: section.heading.length },
      ...section.blocks.map(measureBlock),
    ]),
  );
}
