import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { restoreReport } from '@/model/restoreReport';
import type { Report } from '@/model/reportSchema';
import { applyDocxReview } from '@/import/docxReview/applyDocxReview';
import { maximumReviewComments } from '@/import/docxReview/docxReviewLimits';
import { readDocxReview } from '@/import/docxReview/readDocxReview';
import { buildDeflateBomb } from '../../../support/deflateBomb';
import { addComments, exportDocx, readParts, writeParts } from '../../../support/reviewedDocx';

function refusal(bytes: Uint8Array, report: Report): string {
  const before = JSON.stringify(report);
  const review = readDocxReview(bytes, report);
  expect(JSON.stringify(report)).toBe(before);
  if (review.ok) throw new Error('expected the file to be refused');
  return [review.message, ...review.details].join(' ');
}

/** A zip of one deflated entry whose local header declares `declaredSize` unpacked bytes. */
function zipOfOneEntry(name: string, deflated: Uint8Array, declaredSize: number): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const header = new Uint8Array(30 + nameBytes.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(8, 8, true);
  view.setUint32(18, deflated.length, true);
  view.setUint32(22, declaredSize, true);
  view.setUint16(26, nameBytes.length, true);
  header.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const centralView = new DataView(central.buffer);
  centralView.setUint32(0, 0x02014b50, true);
  centralView.setUint16(4, 20, true);
  centralView.setUint16(6, 20, true);
  centralView.setUint16(10, 8, true);
  centralView.setUint32(20, deflated.length, true);
  centralView.setUint32(24, declaredSize, true);
  centralView.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, 1, true);
  endView.setUint16(10, 1, true);
  endView.setUint32(12, central.length, true);
  endView.setUint32(16, header.length + deflated.length, true);
  const zip = new Uint8Array(header.length + deflated.length + central.length + end.length);
  zip.set(header, 0);
  zip.set(deflated, header.length);
  zip.set(central, header.length + deflated.length);
  zip.set(end, header.length + deflated.length + central.length);
  return zip;
}

describe('a hostile Word file for Import review', () => {
  const report = createExampleReport();

  it('stops a zip bomb that understates its size at the cap, without unpacking it', () => {
    const bomb = zipOfOneEntry('word/document.xml', buildDeflateBomb(1024 ** 3), 1000);
    expect(refusal(bomb, report)).toMatch(/unpacks to more than 40 MB/u);
  });

  it('refuses a part whose declared size is past the cap', () => {
    const bomb = zipOfOneEntry('word/document.xml', buildDeflateBomb(1024 * 1024), 2 ** 31);
    expect(refusal(bomb, report)).toMatch(/says it unpacks to 2048 MB/u);
  });

  it('refuses a document type with entities (entity expansion) before parsing', async () => {
    const parts = readParts(await exportDocx(report, false));
    const laughs = [
      '<!DOCTYPE lolz [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, index) => {
        const previous = index === 0 ? 'lol' : `lol${index}`;
        return `<!ENTITY lol${index + 1} "${`&${previous};`.repeat(10)}">`;
      }),
      ']>',
    ].join('');
    const documentXml = parts.get('word/document.xml') ?? '';
    parts.set(
      'word/document.xml',
      documentXml
        .replace('?>', `?>${laughs}`)
        .replace('</w:body>', '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body>'),
    );
    expect(refusal(writeParts(parts), report)).toMatch(/declares a document type or entities/u);
  });

  it(`refuses 10,000 comments with a clear message (at most ${maximumReviewComments})`, async () => {
    const parts = readParts(await exportDocx(report, false));
    addComments(parts, [
      {
        comment: { id: 0, author: 'Bot', date: '2026-12-04T08:00:00Z', textXml: 'Comment 0' },
        path: 'titlePage.organization',
      },
    ]);
    const comments = Array.from(
      { length: 10_000 },
      (_, id) =>
        `<w:comment w:id="${id}" w:author="Bot"><w:p><w:r><w:t>Comment ${id}</w:t></w:r></w:p></w:comment>`,
    ).join('');
    parts.set(
      'word/comments.xml',
      (parts.get('word/comments.xml') ?? '').replace(/<w:comment .*<\/w:comment>/su, comments),
    );
    expect(refusal(writeParts(parts), report)).toMatch(
      /more than 2,000 comments, more than any review of one report/u,
    );
  });

  it('keeps scripts and javascript: links in comments as inert plain text', async () => {
    const parts = readParts(await exportDocx(report, false));
    const script = '<script>alert(1)</script> <img src=x onerror=alert(2)> javascript:alert(3)';
    const escaped = script.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    addComments(parts, [
      {
        comment: {
          id: 0,
          author: '&lt;b&gt;Mallory&lt;/b&gt;',
          date: 'not a date',
          textXml: escaped,
        },
        path: 'titlePage.organization',
      },
    ]);
    const review = readDocxReview(writeParts(parts), report);
    if (!review.ok) throw new Error(review.message);
    expect(review.threads[0]).toMatchObject({
      body: script,
      author: '<b>Mallory</b>',
      createdAt: '',
    });
    const applied = applyDocxReview(report, review, new Set(), () => 'id1');
    const restored = restoreReport(JSON.parse(JSON.stringify(applied.report)));
    expect(restored.ok && restored.report.comments[0]?.body).toBe(script);
  });

  it('refuses what is not a .docx, leaving the report as it was', () => {
    expect(refusal(new TextEncoder().encode('not a zip at all'), report)).toMatch(
      /not a zip archive/u,
    );
    expect(refusal(new Uint8Array(26 * 1024 * 1024).fill(0x50), report)).toMatch(
      /larger than 25 MB/u,
    );
    const emptyZip = zipOfOneEntry('hello.txt', new Uint8Array([3, 0]), 0);
    expect(refusal(emptyZip, report)).toMatch(/no word\/document.xml/u);
  });
});
