import { Packer, type Document, type PageNumberEstimator } from 'docx';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import type { Report } from '@/model/reportSchema';
import { buildDocx, type DocxOptions } from './buildDocx';
import type { DocxFigures } from './docxFigureImage';

/** Figures still being drawn, and the size each plot's will have, by plot id. */
export interface DocxFiguresToFollow {
  sizes: ReadonlyMap<string, { widthPx: number; heightPx: number }>;
  figures: Promise<DocxFigures>;
}

/** A file of the package as docx writes it: XML as text, pictures and fonts as bytes. */
type PackageFile = string | ArrayBuffer | ArrayBufferView;

/**
 * docx's step that writes a document's files, before `Packer.pack` zips them. `Packer` keeps it
 * private; calling it lets the figures drawn meanwhile go into the one zip, where packing first
 * meant unzipping and deflating the whole package a second time.
 */
interface DocxCompiler {
  compile(file: Document): ReadonlyMap<string, PackageFile>;
}

const docxCompiler = (Packer as unknown as { compiler: DocxCompiler }).compiler;

/**
 * The report's package files, in one build; should the page layout fail, the contents are
 * written without page numbers.
 */
async function compileOnce(
  report: Report,
  figures: DocxFigures,
  options: DocxOptions,
): Promise<ReadonlyMap<string, PackageFile>> {
  try {
    // Its font width tables are most of the Word export's code: fetched only for a Word export.
    const { estimatePageNumbers } = await import('docx/layout');
    // Without its `listNumbers`, which read the whole document a second time (a sixth of the
    // export) to find numbered headings for the contents: the report numbers none.
    const pageNumbers: PageNumberEstimator = (body, context) => estimatePageNumbers(body, context);
    return docxCompiler.compile(buildDocx(report, figures, pageNumbers, options));
  } catch {
    return docxCompiler.compile(buildDocx(report, figures, undefined, options));
  }
}

function bytesOf(file: PackageFile): Uint8Array {
  if (typeof file === 'string') return strToU8(file);
  if (ArrayBuffer.isView(file))
    return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  return new Uint8Array(file);
}

const placeholderPrefix = 'figure to follow: ';

/** A stand-in image of each figure's size, whose bytes name its plot, so it can be found and replaced. */
function placeholderFigures(sizes: DocxFiguresToFollow['sizes']): DocxFigures {
  return new Map(
    [...sizes].map(([plotId, size]) => [
      plotId,
      { png: strToU8(`${placeholderPrefix}${plotId}`), ...size },
    ]),
  );
}

function hasSizes(figures: DocxFigures, sizes: DocxFiguresToFollow['sizes']): boolean {
  if (figures.size !== sizes.size) return false;
  for (const [plotId, size] of sizes) {
    const figure = figures.get(plotId);
    if (figure?.widthPx !== size.widthPx || figure.heightPx !== size.heightPx) return false;
  }
  return true;
}

/** The plot a stand-in image is for, from its bytes; undefined for any other file. */
function placeholderPlotId(bytes: Uint8Array): string | undefined {
  if (bytes.length > 400) return undefined;
  const text = strFromU8(bytes);
  return text.startsWith(placeholderPrefix) ? text.slice(placeholderPrefix.length) : undefined;
}

/**
 * The package's files zipped in their order, each stand-in image replaced by its figure; PNG is
 * compressed already, so stored.
 */
function zipPackage(files: ReadonlyMap<string, PackageFile>, figures: DocxFigures): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, file] of files) {
    const bytes = bytesOf(file);
    const plotId = path.startsWith('word/media/') ? placeholderPlotId(bytes) : undefined;
    const figure = plotId === undefined ? undefined : figures.get(plotId);
    zippable[path] = figure === undefined ? bytes : [figure.png, { level: 0 }];
  }
  return zipSync(zippable);
}

/**
 * The report as the bytes of a .docx file; pure and async, so it runs in a worker or in Node. The
 * pages are laid out as Word lays them out (docx's own layout engine), so the contents carry page
 * numbers. Figures still being drawn are not waited for: the document is built and laid out with
 * stand-ins of their size (most of the export), and they replace them once drawn. Should a figure
 * not come, or at another size, the document is built again with those that came.
 */
export async function packDocx(
  report: Report,
  figures: DocxFigures | DocxFiguresToFollow = new Map(),
  options: DocxOptions = {},
): Promise<Uint8Array> {
  if (!('sizes' in figures))
    return zipPackage(await compileOnce(report, figures, options), figures);
  const files = await compileOnce(report, placeholderFigures(figures.sizes), options);
  const drawn = await figures.figures;
  return hasSizes(drawn, figures.sizes)
    ? zipPackage(files, drawn)
    : zipPackage(await compileOnce(report, drawn, options), drawn);
}

/**
 * Loads the page layout's code ahead of a Word export, as the export worker starts: its font
 * tables are most of the export's code, and loading them made the first export wait.
 */
export function preloadDocxLayout(): void {
  import('docx/layout').catch(() => undefined);
}
