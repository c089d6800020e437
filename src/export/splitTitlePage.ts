import { titlePageSection } from '@/model/sections/titlePage';
import type { OutlineBlock, OutlineSection, ReportOutline } from './reportOutline';

/** Section 1 laid out as a title page, and the numbered sections that follow it. */
export interface TitlePageLayout {
  /** Shown large on top, so not repeated among the other title-page fields. */
  title: string;
  subtitle: string;
  /** Section 1's blocks, its Title and Subtitle fields left out. */
  blocks: readonly OutlineBlock[];
  /** Sections 2 to 9: what the contents list. */
  sections: readonly OutlineSection[];
}

const fieldsOnTop: ReadonlySet<string> = new Set([
  titlePageSection.fields.title.label,
  titlePageSection.fields.subtitle.label,
]);

function withoutFieldsOnTop(block: OutlineBlock): OutlineBlock[] {
  if (block.kind !== 'fields') return [block];
  const fields = block.fields.filter((field) => !fieldsOnTop.has(field.label));
  return fields.length === 0 ? [] : [{ kind: 'fields', fields }];
}

/**
 * Every document that has pages (Word, print) and the preview show section 1 as the title page:
 * the title and subtitle large, every other title-page field once below them.
 */
export function splitTitlePage(outline: ReportOutline): TitlePageLayout {
  const [first, ...rest] = outline.sections;
  const isTitlePage = first?.id === 'titlePage';
  return {
    title: outline.title,
    subtitle: outline.titlePage.subtitle.trim(),
    blocks: isTitlePage ? first.blocks.flatMap(withoutFieldsOnTop) : [],
    sections: isTitlePage ? rest : outline.sections,
  };
}
