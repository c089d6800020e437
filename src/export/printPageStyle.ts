/** Paper a print is laid out on. */
export type PaperSize = 'A4' | 'letter';

/** Regions whose default paper is US Letter (CLDR `paperSize`); the rest of the world uses A4. */
const letterRegions: ReadonlySet<string> = new Set([
  'BZ',
  'CA',
  'CL',
  'CO',
  'CR',
  'GT',
  'MX',
  'NI',
  'PA',
  'PH',
  'PR',
  'SV',
  'US',
  'VE',
]);

/** The paper people in `locale` print on: `en` means the United States, as browsers take it. */
export function paperSizeForLocale(locale: string): PaperSize {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region !== undefined && letterRegions.has(region) ? 'letter' : 'A4';
  } catch {
    return 'A4';
  }
}

/** A CSS string that reads back as exactly `text`: quotes, backslashes and controls escaped. */
export function cssStringLiteral(text: string): string {
  let escaped = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (character === '"' || character === '\\') escaped += `\\${character}`;
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
      escaped += `\\${code.toString(16)} `;
    else escaped += character;
  }
  return `"${escaped}"`;
}

/** Beyond this the running title would not fit the page's top margin on one line. */
export const runningTitleLength = 90;

function runningTitle(title: string): string {
  const oneLine = title.replace(/\s+/gu, ' ').trim();
  const characters = [...oneLine];
  return characters.length <= runningTitleLength
    ? oneLine
    : `${characters.slice(0, runningTitleLength - 1).join('')}…`;
}

const marginBoxText = "font-family: 'Liberation Sans', Arial, sans-serif; color: #5b6675;";

/**
 * The page rules of a printed report: its paper, margins, the report title at the top of every
 * page but the title page and "Page N of M" at the bottom (CSS margin boxes, which Chromium
 * draws from version 131).
 */
export function buildPrintPageStyle(options: { title: string; paperSize: PaperSize }): string {
  return `@page {
  size: ${options.paperSize};
  margin: 22mm 18mm 20mm;
  @top-right {
    content: ${cssStringLiteral(runningTitle(options.title))};
    ${marginBoxText}
    font-size: 8pt;
    vertical-align: bottom;
    padding-bottom: 5mm;
  }
  @bottom-center {
    content: "Page " counter(page) " of " counter(pages);
    ${marginBoxText}
    font-size: 9pt;
    vertical-align: top;
    padding-top: 5mm;
  }
}
@page :first {
  @top-right {
    content: none;
  }
  @bottom-center {
    content: none;
  }
}
`;
}
