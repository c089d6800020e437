import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import type { FieldPath } from '@/model/fieldPath';
import type { Report } from '@/model/reportSchema';
import { isSafeLink } from '@/model/richText';
import { describePlotImage } from '@/plot/describePlotImage';
import type { SectionId } from '@/model/sectionRegistry';
import { resolvePlot } from '@/plot/resolvePlot';
import { buildReportOutline } from './buildReportOutline';
import type { DocxFigureImage } from './docxFigureImage';
import { cellMargins, docxColumnWidths, textWidth } from './docxColumnWidths';
import { docxHeadingLevel } from './docxHeadingLevel';
import { estimateRowHeight, tableRowsKeptWithNext } from './docxTableRowsKept';
import { docxTextRuns } from './docxTextRuns';
import { docxTheme } from './docxTheme';
import { measureOutline, type OutlineMeasure } from './measureOutline';
import type {
  OutlineBlock,
  OutlineFigure,
  OutlineTable,
  OutlineText,
  ReportOutline,
} from './reportOutline';
import { asParagraphChildren, createDocxFieldMarks, type DocxFieldMarks } from './docxFieldMarks';
import { richTextToDocx } from './richTextToDocx';
import { sanitizeExportText } from './sanitizeExportText';
import { splitTitlePage, type TitlePageLayout } from './splitTitlePage';

type BodyPiece = Paragraph | Table | TableOfContents;

interface DocxContext {
  lists: { nextInstance: number };
  figures: ReadonlyMap<string, DocxFigureImage>;
  /** The text alternative of each plot's image, by plot id. */
  figureDescriptions: ReadonlyMap<string, string>;
  marks: DocxFieldMarks;
}

export interface DocxOptions {
  /** Open comment threads become Word comments on their fields; left out unless asked. */
  includeComments?: boolean;
}

/** The runs of one field's text inside its bookmark and comment ranges. */
function markedRuns(
  context: DocxContext,
  path: FieldPath | undefined,
  runs: ParagraphChild[],
): ParagraphChild[] {
  const markers = context.marks.field(path);
  if (markers === undefined) return runs;
  return [...asParagraphChildren(markers.before), ...runs, ...asParagraphChildren(markers.after)];
}

function markedRichText(
  block: Extract<OutlineBlock, { kind: 'richText' }>,
  context: DocxContext,
): BodyPiece[] {
  const markers = context.marks.field(block.path);
  const leading = { children: markers === undefined ? [] : asParagraphChildren(markers.before) };
  const pieces = richTextToDocx(block.content, {
    level: block.level,
    lists: context.lists,
    listLevel: -1,
    leading,
  });
  if (markers === undefined) return pieces;
  const last = pieces.findLast((piece) => piece instanceof Paragraph);
  if (last === undefined) return pieces;
  // No paragraph took the opening markers: the field's place is marked at its end instead.
  const closing =
    leading.children.length > 0 ? [...markers.before, ...markers.after] : markers.after;
  for (const marker of closing) last.addChildElement(marker);
  return pieces;
}

/** Each field the outline gives a path, so a thread on a field that is not written goes to its section. */
function collectMarkedPaths(
  blocks: readonly OutlineBlock[],
  paths: Set<FieldPath>,
): Set<FieldPath> {
  for (const block of blocks) {
    if (block.kind === 'fields') {
      for (const field of block.fields) if (field.path !== undefined) paths.add(field.path);
    } else if (block.kind === 'richText' && block.path !== undefined) paths.add(block.path);
    else if (block.kind === 'list')
      for (const item of block.items) collectMarkedPaths(item.blocks, paths);
  }
  return paths;
}

function spanRuns(text: OutlineText, run: IRunOptions = {}): ParagraphChild[] {
  return text.flatMap((span): ParagraphChild[] => {
    const runs = docxTextRuns(span.text, {
      ...run,
      ...(span.strong === true ? { bold: true } : {}),
      ...(span.href !== undefined ? { style: 'Hyperlink' } : {}),
    });
    return span.href !== undefined && isSafeLink(span.href)
      ? [new ExternalHyperlink({ link: span.href, children: runs })]
      : runs;
  });
}

function markedSection(
  context: DocxContext,
  sectionId: SectionId,
  runs: ParagraphChild[],
): ParagraphChild[] {
  const markers = context.marks.section(sectionId);
  return [...asParagraphChildren(markers.before), ...runs, ...asParagraphChildren(markers.after)];
}

function plainText(text: OutlineText): string {
  return text.map((span) => span.text).join('');
}

function tableCell(
  text: OutlineText,
  align: 'left' | 'right',
  width: number,
  options: { header: boolean; fill?: string; size: number; keepNext: boolean },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: cellMargins,
    verticalAlign: options.header ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    ...(options.fill === undefined
      ? {}
      : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } }),
    children: [
      new Paragraph({
        style: 'TableText',
        keepNext: options.keepNext,
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: spanRuns(text, {
          size: options.size,
          ...(options.header ? { bold: true, color: docxTheme.colors.heading } : {}),
        }),
      }),
    ],
  });
}

function outlineTable(table: OutlineTable): BodyPiece[] {
  const size = table.columns.length >= 6 ? 17 : 19;
  const widths = docxColumnWidths(
    table.columns.map((column, index) => [
      column.label,
      ...table.rows.map((row) => plainText(row[index] ?? [])),
    ]),
    size,
  );
  const verticalMargins = cellMargins.top + cellMargins.bottom;
  const rowHeight = (texts: readonly string[]): number =>
    estimateRowHeight(
      texts.map((text, index) => ({
        text,
        width: (widths[index] ?? 0) - cellMargins.left - cellMargins.right,
      })),
      size,
      verticalMargins,
    );
  const keptWithNext = tableRowsKeptWithNext(
    rowHeight(table.columns.map((column) => column.label)),
    table.rows.map((row) =>
      rowHeight(table.columns.map((_, index) => plainText(row[index] ?? []))),
    ),
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) =>
      tableCell([{ text: column.label }], column.align, widths[index] ?? 0, {
        header: true,
        fill: docxTheme.colors.tableHeaderFill,
        size,
        keepNext: true,
      }),
    ),
  });
  const rows = table.rows.map(
    (row, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((column, index) =>
          tableCell(row[index] ?? [], column.align, widths[index] ?? 0, {
            header: false,
            size,
            keepNext: keptWithNext[rowIndex] ?? false,
            ...(rowIndex % 2 === 1 ? { fill: docxTheme.colors.tableBandFill } : {}),
          }),
        ),
      }),
  );
  const pieces: BodyPiece[] = [];
  if (table.caption !== undefined) {
    pieces.push(new Paragraph({ style: 'Caption', children: [new TextRun(table.caption)] }));
  }
  pieces.push(
    new Table({
      rows: [header, ...rows],
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: docxTheme.tableBorders,
    }),
    new Paragraph({ spacing: { after: 120 } }),
  );
  return pieces;
}

/** Word sizes drawings in pixels at 96 per inch. */
const textWidthPixels = Math.floor((textWidth / 1440) * 96);

function figureImage(
  figureBlock: OutlineFigure,
  image: DocxFigureImage,
  description: string,
): Paragraph {
  const height = Math.round((textWidthPixels * image.heightPx) / image.widthPx);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    spacing: { before: 240, after: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: textWidthPixels, height },
        altText: {
          // The library's own ids count up for as long as the module lives; the figure number is stable.
          id: String(figureBlock.number),
          name: `Figure ${figureBlock.number}`,
          title: `Figure ${figureBlock.number}: ${figureBlock.title}`,
          description,
        },
      }),
    ],
  });
}

/**
 * The one place a figure is written: the plot as a full-width PNG kept on the page of its caption
 * "Figure N: …" below it; without an image, the caption and notes saying what the plot shows.
 */
function figure(figureBlock: OutlineFigure, context: DocxContext): BodyPiece[] {
  const caption: ParagraphChild[] = [
    new TextRun({ text: `Figure ${figureBlock.number}: ${figureBlock.title}` }),
  ];
  if (figureBlock.caption.trim() !== '') {
    caption.push(
      new TextRun({
        text: ` ${figureBlock.caption.trim()}`,
        bold: false,
        color: docxTheme.colors.text,
      }),
    );
  }
  const image = context.figures.get(figureBlock.plotId);
  if (image !== undefined && image.widthPx > 0 && image.heightPx > 0)
    return [
      figureImage(
        figureBlock,
        image,
        context.figureDescriptions.get(figureBlock.plotId) ?? figureBlock.notes.join(' '),
      ),
      // Below its image the caption ends the figure, so it keeps with nothing after it.
      new Paragraph({
        style: 'Caption',
        keepNext: false,
        spacing: { before: 80, after: 240 },
        children: caption,
      }),
    ];
  return [
    new Paragraph({ style: 'Caption', children: caption }),
    ...figureBlock.notes.map(
      (note) => new Paragraph({ style: 'FigureNote', children: [new TextRun(note)] }),
    ),
  ];
}

function outlineBlock(block: OutlineBlock, context: DocxContext): BodyPiece[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: docxHeadingLevel(block.level),
          children: docxTextRuns(block.text, {}),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: spanRuns(block.content) })];
    case 'fields':
      return block.fields.map(
        (field) =>
          new Paragraph({
            spacing: { after: 60 },
            children: [
              new TextRun({ text: `${field.label}: `, bold: true }),
              ...markedRuns(context, field.path, spanRuns(field.value)),
            ],
          }),
      );
    case 'richText':
      return markedRichText(block, context);
    case 'table':
      return outlineTable(block.table);
    case 'list': {
      const instance = context.lists.nextInstance;
      context.lists.nextInstance += 1;
      const reference = block.ordered ? 'ordered-list' : 'bullet-list';
      return block.items.flatMap((item) => [
        new Paragraph({
          numbering: { reference, level: 0, instance },
          children: spanRuns(item.content),
        }),
        ...item.blocks.flatMap((child) => outlineBlock(child, context)),
      ]);
    }
    case 'codeBlock':
      return [new Paragraph({ style: 'SourceCode', children: docxTextRuns(block.text, {}) })];
    case 'figure':
      return figure(block.figure, context);
  }
}

/**
 * The title page is section 1: its title and subtitle large, then every other field of the
 * section as the outline gives it, under headings that stay out of the contents.
 */
function titlePage(layout: TitlePageLayout, context: DocxContext): BodyPiece[] {
  const pieces: BodyPiece[] = [
    new Paragraph({ spacing: { before: 1800 } }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: markedSection(
        context,
        'titlePage',
        markedRuns(context, 'titlePage.title', docxTextRuns(layout.title, {})),
      ),
    }),
  ];
  if (layout.subtitle !== '') {
    pieces.push(
      new Paragraph({
        style: 'Subtitle',
        children: markedRuns(context, 'titlePage.subtitle', docxTextRuns(layout.subtitle, {})),
      }),
    );
  }
  pieces.push(
    new Paragraph({
      spacing: { after: 360 },
      border: {
        bottom: { style: BorderStyle.SINGLE, size: 18, color: docxTheme.colors.heading, space: 1 },
      },
    }),
  );
  for (const block of layout.blocks) {
    if (block.kind === 'heading') {
      pieces.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 240, after: 80 },
          children: docxTextRuns(block.text, { bold: true, color: docxTheme.colors.heading }),
        }),
      );
    } else if (block.kind === 'fields') {
      for (const field of block.fields) {
        pieces.push(
          new Paragraph({
            spacing: { after: 60 },
            children: [
              new TextRun({
                text: `${field.label}: `,
                bold: true,
                color: docxTheme.colors.heading,
              }),
              ...markedRuns(context, field.path, spanRuns(field.value)),
            ],
          }),
        );
      }
    } else pieces.push(...outlineBlock(block, context));
  }
  return pieces;
}

function header(outline: ReportOutline): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: docxTextRuns(outline.title, { size: 16, color: docxTheme.colors.muted }),
      }),
    ],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            color: docxTheme.colors.muted,
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * Laying the pages out takes time in proportion to their paragraphs, and to the square of one
 * paragraph's length. Past these limits (about 1.6 times the large bench report's paragraphs, some
 * 200 pages; a paragraph of some eight pages) the contents are written without page numbers
 * rather than keep the user waiting, and Word fills them in when the field is updated (F9).
 */
export const pageNumberLimits: OutlineMeasure = {
  paragraphs: 2_400,
  longestParagraphCharacters: 30_000,
};

function isWithinPageNumberLimits(outline: ReportOutline): boolean {
  const measure = measureOutline(outline);
  return (
    measure.paragraphs <= pageNumberLimits.paragraphs &&
    measure.longestParagraphCharacters <= pageNumberLimits.longestParagraphCharacters
  );
}

/**
 * The report as a Word document: section 1 as the title page, a table of contents with page
 * numbers when `pageNumbers` lays the pages out (within `pageNumberLimits`), the other numbered
 * sections as Heading 1 with real lists and tables, figures, and page numbers in the footer.
 * `figures` holds each plot rasterized (by plot id), made where a canvas exists; a plot without
 * one is written as its caption and a description.
 */
export function buildDocx(
  report: Report,
  figures: ReadonlyMap<string, DocxFigureImage> = new Map(),
  pageNumbers?: PageNumberEstimator,
  options: DocxOptions = {},
): Document {
  const outline = buildReportOutline(report);
  const pageLayout = isWithinPageNumberLimits(outline) ? pageNumbers : undefined;
  const markedPaths = new Set<FieldPath>();
  for (const section of outline.sections) collectMarkedPaths(section.blocks, markedPaths);
  const context: DocxContext = {
    marks: createDocxFieldMarks(
      options.includeComments === true ? report.comments : [],
      markedPaths,
    ),
    lists: { nextInstance: 1 },
    figures,
    figureDescriptions: new Map(
      report.results.plots.map((plot) => {
        const resolved = resolvePlot(report, plot);
        return [plot.id, sanitizeExportText(describePlotImage(resolved.plot, resolved.valueTexts))];
      }),
    ),
  };
  const authors = outline.titlePage.authors
    .map((author) => author.name.trim())
    .filter((name) => name !== '');
  const layout = splitTitlePage(outline);
  const body: BodyPiece[] = [
    ...titlePage(layout, context),
    new Paragraph({ style: 'ContentsHeading', pageBreakBefore: true, text: 'Contents' }),
    // The entries are written with the document, so no reader has to update the field. Their page
    // numbers come from laying the pages out; without that, entries without numbers are complete
    // as written, where blank numbers would make Word ask to update the field.
    new TableOfContents(
      'Contents',
      pageLayout === undefined
        ? {
            hyperlink: true,
            headingStyleRange: '1-2',
            pageNumbersEntryLevelsRange: '1-2',
            beginDirty: false,
          }
        : { hyperlink: true, headingStyleRange: '1-2' },
    ),
    ...layout.sections.flatMap((section, index) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: index === 0,
        // Word and LibreOffice disagree on space above a paragraph that starts a page by a break,
        // which would shift every page after it and their numbers in the contents.
        ...(index === 0 ? { spacing: { before: 0 } } : {}),
        children: markedSection(context, section.id, docxTextRuns(section.heading, {})),
      }),
      ...section.blocks.flatMap((block) => outlineBlock(block, context)),
    ]),
  ];
  return new Document({
    title: outline.title,
    subject: outline.titlePage.subtitle.trim() || 'Fine-tuning experiment report',
    creator: authors.join('; '),
    keywords: outline.keywords.join(', '),
    lastModifiedBy: 'ML Report Studio',
    ...(pageLayout === undefined ? {} : { pageNumbers: pageLayout }),
    styles: docxTheme.styles,
    numbering: docxTheme.numbering,
    ...(options.includeComments === true
      ? { comments: { children: context.marks.comments() } }
      : {}),
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: header(outline), first: new Header({ children: [new Paragraph({})] }) },
        footers: { default: footer(), first: new Footer({ children: [new Paragraph({})] }) },
        children: body,
      },
    ],
  });
}
