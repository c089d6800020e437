import type { FieldPath } from '@/model/fieldPath';
import type { RichText } from '@/model/richText';
import type { TitlePage } from '@/model/reportSchema';
import type { SectionId } from '@/model/sectionRegistry';

/**
 * A format-neutral outline of a report: what every exporter writes, decided once from the section
 * registry. Markdown and DOCX only differ in how they render these blocks.
 */
export interface ReportOutline {
  /** The report title, or a fallback so no document is untitled. */
  title: string;
  titlePage: TitlePage;
  statusLabel: string;
  /** Architectures, methods and datasets, for document properties. */
  keywords: readonly string[];
  sections: readonly OutlineSection[];
}

export interface OutlineSection {
  id: SectionId;
  number: number;
  /** `1. Title page`: the number is part of the text so every reader shows it. */
  heading: string;
  blocks: readonly OutlineBlock[];
}

/** A run of text; `\n` inside it is a line break. */
export interface OutlineSpan {
  text: string;
  /** Set only for http, https and mailto addresses. */
  href?: string;
  strong?: boolean;
}

export type OutlineText = readonly OutlineSpan[];

export interface OutlineField {
  label: string;
  value: OutlineText;
  /** The field the value is, when it is one field's value: Word marks its text with a bookmark. */
  path?: FieldPath;
}

export type ColumnAlignment = 'left' | 'right';

export interface OutlineTable {
  /** `Table 2: Results…`; tables that sit under their own heading have none. */
  caption?: string;
  columns: readonly { label: string; align: ColumnAlignment }[];
  rows: readonly (readonly OutlineText[])[];
}

export interface OutlineListItem {
  content: OutlineText;
  blocks: readonly OutlineBlock[];
}

/** A plot as a numbered figure; each exporter draws the plot by its id above the caption. */
export interface OutlineFigure {
  /** The plot in `report.results.plots` this figure shows. */
  plotId: string;
  number: number;
  title: string;
  caption: string;
  /** What the plot shows, in words: written where no image is (a caption-only export). */
  notes: readonly string[];
}

export type OutlineBlock =
  /** Level 1 is a section heading; each sub-section is one level deeper. */
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; content: OutlineText }
  | { kind: 'fields'; fields: readonly OutlineField[] }
  /** Rich-text headings are nested below `level`. */
  | { kind: 'richText'; content: RichText; level: number; path?: FieldPath }
  | { kind: 'table'; table: OutlineTable }
  | { kind: 'list'; ordered: boolean; items: readonly OutlineListItem[] }
  | { kind: 'codeBlock'; language: string; text: string }
  | { kind: 'figure'; figure: OutlineFigure };
