import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { createEmptyReport } from '@/model/createEmptyReport';
import { bytesToBase64Url } from '@/model/shareLink/base64Url';
import { decodeShareFragment } from '@/model/shareLink/decodeShareFragment';
import { encodeShareFragment } from '@/model/shareLink/encodeShareFragment';
import { arbitraryMutatedReport } from '../../export/support/arbitraryMutatedReport';
import { buildDeflateBomb } from '../../../support/deflateBomb';

const exportedAt = '2026-12-04T10:00:00.000Z';

function fragmentOfText(text: string): string {
  return `r=1.${bytesToBase64Url(deflateSync(strToU8(text)))}`;
}

describe('share link fragments', () => {
  it('give back the example exactly, and say how long they are', () => {
    const example = createExampleReport();
    const fragment = encodeShareFragment(example, exportedAt);
    expect(fragment).toMatch(/^r=1\.[A-Za-z0-9_-]+$/u);
    const decoded = decodeShareFragment(`#${fragment}`);
    expect(decoded).toMatchObject({ ok: true, report: example });
  });

  it('leave plot points out when asked, and only them', () => {
    const example = createExampleReport();
    const full = encodeShareFragment(example, exportedAt);
    const short = encodeShareFragment(example, exportedAt, { withoutPlotPoints: true });
    expect(short.length).toBeLessThan(full.length);
    const decoded = decodeShareFragment(short);
    if (!decoded.ok) throw new Error(decoded.message);
    for (const plot of decoded.report.results.plots)
      for (const series of plot.series) expect(series.points).toEqual([]);
    expect(decoded.report.titlePage).toEqual(example.titlePage);
  });

  it('encode then decode is the identity for generated reports', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), (report) => {
        const decoded = decodeShareFragment(encodeShareFragment(report, exportedAt));
        expect(decoded).toMatchObject({ ok: true, report });
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it.each([
    ['garbage', 'r=1.%%%not-base64%%%', /damaged/u],
    ['no share link', 'section=abstract', /no share link/u],
    ['a newer link format', 'r=2.AAAA', /newer version/u],
    [
      'bytes that are not DEFLATE',
      `r=1.${bytesToBase64Url(new Uint8Array([255, 255, 255, 255]))}`,
      /damaged|cut off/u,
    ],
    [
      'a cut-off link',
      encodeShareFragment(createExampleReport(), exportedAt).slice(0, 400),
      /cut off|damaged/u,
    ],
    ['an empty link', 'r=1.', /empty/u],
    [
      'text that is not JSON',
      fragmentOfText('hello'),
      /^The report in the share link is not valid JSON/u,
    ],
  ])('refuse %s with a message saying what is wrong', (_name, fragment, message) => {
    const decoded = decodeShareFragment(fragment);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(message);
  });

  it('refuse a newer schema version', () => {
    const report = { ...createEmptyReport('shared'), schemaVersion: 99 };
    const decoded = decodeShareFragment(
      fragmentOfText(
        JSON.stringify({ format: 'ml-report', schemaVersion: 99, exportedAt, report }),
      ),
    );
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(/newer version/u);
  });

  it('stop a decompression bomb at the cap without unpacking all of it', () => {
    const compressed = buildDeflateBomb(1024 ** 3);
    const started = performance.now();
    const decoded = decodeShareFragment(`r=1.${bytesToBase64Url(compressed)}`);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(/more than 25 MB/u);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
