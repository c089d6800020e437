import type { Report } from '@/model/reportSchema';

const maximumSlugLength = 60;
const maximumVersionLength = 20;
// Windows refuses these as file names whatever their extension.
const reservedName = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/u;

/** Cuts at the last word boundary that keeps at least half the length, else mid-word. */
function shorten(slug: string, maximumLength: number): string {
  if (slug.length <= maximumLength) return slug;
  const boundary = slug.lastIndexOf('-', maximumLength);
  return slug.slice(0, boundary > maximumLength / 2 ? boundary : maximumLength);
}

/** Lower-case ASCII letters and digits; every other run becomes one `-` (or `.` where dots are kept). */
function asciiSlug(text: string, unsafe: RegExp, maximumLength: number): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(unsafe, '-')
    .replace(/[-.]*-[-.]*/gu, '-')
    .replace(/\.{2,}/gu, '.')
    .replace(/^[-.]+/u, '');
  return shorten(slug, maximumLength).replace(/[-.]+$/u, '');
}

/** `<title-slug>-v<version>.<extension>`, safe on every operating system: `four-strategies-v1.2.docx`. */
export function reportFileName(report: Report, extension: string): string {
  const title = asciiSlug(report.titlePage.title, /[^a-z0-9]+/gu, maximumSlugLength) || 'report';
  const slug = reservedName.test(title) ? `${title}-report` : title;
  const version = asciiSlug(
    report.titlePage.version.trim().replace(/^v(?=\d)/iu, ''),
    /[^a-z0-9.]+/gu,
    maximumVersionLength,
  );
  const safeExtension = extension.toLowerCase().replace(/[^a-z0-9]/gu, '') || 'txt';
  return version === '' ? `${slug}.${safeExtension}` : `${slug}-v${version}.${safeExtension}`;
}
