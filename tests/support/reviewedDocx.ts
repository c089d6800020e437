import { Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildDocx } from '@/export/buildDocx';
import { fieldBookmarkName } from '@/model/comments/fieldBookmarkName';
import type { FieldPath } from '@/model/fieldPath';
import type { Report } from '@/model/reportSchema';

export async function exportDocx(report: Report, includeComments: boolean): Promise<Uint8Array> {
  return Packer.pack(buildDocx(report, undefined, undefined, { includeComments }), 'uint8array');
}

export type DocxParts = Map<string, string>;

export function readParts(bytes: Uint8Array): DocxParts {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export function writeParts(parts: DocxParts): Uint8Array {
  return zipSync(Object.fromEntries([...parts].map(([name, text]) => [name, strToU8(text)])));
}

function part(parts: DocxParts, name: string): string {
  const text = parts.get(name);
  if (text === undefined) throw new Error(`no ${name}`);
  return text;
}

/** Where a field's bookmark starts and ends in document.xml. */
function bookmarkSpan(xml: string, path: FieldPath): { start: number; end: number } {
  const startTag = new RegExp(
    `<w:bookmarkStart w:name="${fieldBookmarkName(path)}" w:id="(\\d+)"/>`,
    'u',
  );
  const found = startTag.exec(xml);
  if (found === null) throw new Error(`no bookmark for ${path}`);
  const endTag = `<w:bookmarkEnd w:id="${found[1]}"/>`;
  return { start: found.index + found[0].length, end: xml.indexOf(endTag, found.index) };
}

const wordNamespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';

export interface WrittenComment {
  id: number;
  author: string;
  date: string;
  /** Raw XML text of the comment's paragraph, escaped by the caller where needed. */
  textXml: string;
}

/**
 * Adds comments as Word writes them: a range around the whole text of a field (or at
 * `at` in document.xml, as a paragraph of its own), the comment in word/comments.xml, its content type and relationship.
 */
export function addComments(
  parts: DocxParts,
  placed: readonly {
    comment: WrittenComment;
    path?: FieldPath;
    at?: (documentXml: string) => number;
  }[],
): void {
  let xml = part(parts, 'word/document.xml');
  for (const { comment, path, at } of placed) {
    const start = `<w:commentRangeStart w:id="${comment.id}"/>`;
    const end = `<w:commentRangeEnd w:id="${comment.id}"/><w:r><w:commentReference w:id="${comment.id}"/></w:r>`;
    if (path !== undefined) {
      const span = bookmarkSpan(xml, path);
      xml =
        xml.slice(0, span.start) +
        start +
        xml.slice(span.start, span.end) +
        end +
        xml.slice(span.end);
    } else if (at !== undefined) {
      const position = at(xml);
      xml = xml.slice(0, position) + `<w:p>${start}${end}</w:p>` + xml.slice(position);
    }
  }
  parts.set('word/document.xml', xml);
  const comments = placed
    .map(
      ({ comment }) =>
        `<w:comment w:id="${comment.id}" w:author="${comment.author}" w:date="${comment.date}"><w:p><w:r><w:t xml:space="preserve">${comment.textXml}</w:t></w:r></w:p></w:comment>`,
    )
    .join('');
  const existing = parts.get('word/comments.xml');
  parts.set(
    'word/comments.xml',
    existing === undefined
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${wordNamespaces}>${comments}</w:comments>`
      : existing.replace('</w:comments>', `${comments}</w:comments>`),
  );
  const types = part(parts, '[Content_Types].xml');
  if (!types.includes('/word/comments.xml'))
    parts.set(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
      ),
    );
  const relationships = part(parts, 'word/_rels/document.xml.rels');
  if (!relationships.includes('comments.xml'))
    parts.set(
      'word/_rels/document.xml.rels',
      relationships.replace(
        '</Relationships>',
        '<Relationship Id="rIdReview1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
      ),
    );
}

/**
 * Replaces `oldText` in the field's text by `newText` as a tracked change: the run holding it
 * deleted (w:del with w:delText) and a copy with the new text inserted (w:ins).
 */
export function trackReplacement(
  parts: DocxParts,
  path: FieldPath,
  oldText: string,
  newText: string,
): void {
  const xml = part(parts, 'word/document.xml');
  const span = bookmarkSpan(xml, path);
  const inside = xml.slice(span.start, span.end);
  const runs =
    inside.match(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>|<w:r [^>]*>(?:(?!<\/w:r>).)*<\/w:r>/gsu) ?? [];
  const run = runs.find((candidate) => candidate.includes(oldText));
  if (run === undefined) throw new Error(`no run with "${oldText}" in ${path}`);
  const attributes = 'w:author="Reviewer" w:date="2026-12-04T08:00:00Z"';
  const parsed = /^(<w:r[^>]*>)(.*?)<w:t[^>]*>(.*?)<\/w:t>(.*)$/su.exec(run);
  if (parsed === null) throw new Error(`unexpected run ${run}`);
  const [, open = '', properties = '', text = '', rest = ''] = parsed;
  const at = text.indexOf(oldText);
  const withText = (element: 't' | 'delText', value: string) =>
    `${open}${properties}<w:${element} xml:space="preserve">${value}</w:${element}>${rest}`;
  const prefix = text.slice(0, at);
  const suffix = text.slice(at + oldText.length);
  const replacement =
    (prefix === '' ? '' : withText('t', prefix)) +
    `<w:del w:id="9001" ${attributes}>${withText('delText', oldText)}</w:del>` +
    `<w:ins w:id="9002" ${attributes}>${withText('t', newText)}</w:ins>` +
    (suffix === '' ? '' : withText('t', suffix));
  const changed = inside.replace(run, replacement);
  parts.set('word/document.xml', xml.slice(0, span.start) + changed + xml.slice(span.end));
}
