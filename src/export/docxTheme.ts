import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  ShadingType,
  type ILevelsOptions,
  type ITableBordersOptions,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import { documentLanguage } from './documentLanguage';

// DOCX sizes are in half-points for fonts and twips (1/20 pt) for spacing and indents.
const colors = {
  text: '262626',
  heading: '1F3864',
  subheading: '2E74B5',
  muted: '595959',
  rule: 'BFBFBF',
  tableRule: '1F3864',
  tableHeaderFill: 'D9E2F3',
  tableBandFill: 'F5F7FB',
  codeFill: 'F2F2F2',
} as const;

const fonts = { body: 'Calibri', code: 'Courier New' } as const;

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const rule = { style: BorderStyle.SINGLE, size: 8, color: colors.tableRule } as const;

/** Rules above and below, hairlines between rows, no vertical lines: the look of a report's tables. */
const tableBorders: ITableBordersOptions = {
  top: rule,
  bottom: rule,
  left: noBorder,
  right: noBorder,
  insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'D9D9D9' },
  insideVertical: noBorder,
};

const bulletSymbols = ['•', '◦', '▪'] as const;

function listLevels(format: 'bullet' | 'decimal'): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text:
      format === 'bullet' ? (bulletSymbols[level % bulletSymbols.length] ?? '•') : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
  }));
}

const numbering: INumberingOptions = {
  config: [
    { reference: 'bullet-list', levels: listLevels('bullet') },
    { reference: 'ordered-list', levels: listLevels('decimal') },
  ],
};

/** Table text, in half-points. */
const tableTextSize = 19;
/** Lines of table text are at least 12 pt, in twips. */
const tableLineHeight = 240;

const headingParagraph = { keepNext: true, keepLines: true } as const;

const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: fonts.body, size: 22, language: { value: documentLanguage } },
      // Line heights in points, not a multiple of the font's: Word, LibreOffice and the layout that
      // numbers the contents round automatic ones each their own way, and pages drift apart.
      paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AT_LEAST } },
    },
    title: {
      run: { font: fonts.body, size: 52, bold: true, color: colors.heading },
      paragraph: { spacing: { after: 240 } },
    },
    heading1: {
      run: { font: fonts.body, size: 32, bold: true, color: colors.heading },
      paragraph: { ...headingParagraph, spacing: { before: 480, after: 160 } },
    },
    heading2: {
      run: { font: fonts.body, size: 26, bold: true, color: colors.subheading },
      paragraph: { ...headingParagraph, spacing: { before: 320, after: 120 } },
    },
    heading3: {
      run: { font: fonts.body, size: 24, bold: true, color: colors.heading },
      paragraph: { ...headingParagraph, spacing: { before: 240, after: 80 } },
    },
    heading4: {
      run: { font: fonts.body, size: 22, bold: true, color: colors.subheading },
      paragraph: { ...headingParagraph, spacing: { before: 200, after: 60 } },
    },
    heading5: {
      run: { font: fonts.body, size: 22, bold: true, italics: true, color: colors.heading },
      paragraph: { ...headingParagraph, spacing: { before: 160, after: 60 } },
    },
    heading6: {
      run: { font: fonts.body, size: 22, italics: true, color: colors.muted },
      paragraph: { ...headingParagraph, spacing: { before: 160, after: 60 } },
    },
    caption: {
      run: { size: 20, bold: true, color: colors.heading },
      paragraph: { keepNext: true, spacing: { before: 200, after: 80 } },
    },
    hyperlink: { run: { color: '0563C1', underline: {} } },
  },
  paragraphStyles: [
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true, color: colors.heading },
      paragraph: { spacing: { before: 120, after: 40 } },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { after: 20 }, indent: { left: 284 } },
    },
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 30, color: colors.muted },
      paragraph: { spacing: { after: 480 } },
    },
    {
      id: 'ContentsHeading',
      name: 'Contents Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 32, bold: true, color: colors.heading },
      paragraph: { spacing: { after: 240 } },
    },
    {
      id: 'FigureNote',
      name: 'Figure Note',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 18, italics: true, color: colors.muted },
      paragraph: { spacing: { after: 60 } },
    },
    {
      id: 'SourceCode',
      name: 'Source Code',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: fonts.code, size: 18 },
      paragraph: {
        spacing: { before: 60, after: 120, line: 220, lineRule: LineRuleType.AT_LEAST },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: colors.codeFill },
        indent: { left: 144, right: 144 },
      },
    },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true, color: colors.muted },
      paragraph: {
        indent: { left: 567 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: colors.rule, space: 8 } },
      },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: tableTextSize },
      paragraph: {
        spacing: { before: 0, after: 0, line: tableLineHeight, lineRule: LineRuleType.AT_LEAST },
      },
    },
    {
      id: 'TableHeaderText',
      name: 'Table Header Text',
      basedOn: 'TableText',
      run: { bold: true, color: colors.heading },
    },
  ],
};

/** The look of every exported Word document: fonts, colors, styles and list numbering. */
export const docxTheme = {
  colors,
  fonts,
  styles,
  numbering,
  tableBorders,
  tableTextSize,
  tableLineHeight,
} as const;
