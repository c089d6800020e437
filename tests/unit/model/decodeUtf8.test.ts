import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '@/model/decodeUtf8';

const decodeBlob = async (blob: Blob): Promise<string> =>
  decodeUtf8(new Uint8Array(await blob.arrayBuffer()));

describe('decodeUtf8', () => {
  it('gives what Blob.text() gives, for any bytes cut anywhere into pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .string({ unit: 'binary', maxLength: 200 })
            .map((text) => new TextEncoder().encode(text)),
          fc.uint8Array({ maxLength: 200 }),
        ),
        fc.nat({ max: 140_000 }),
        async (sample, padding) => {
          // ASCII padding moves the sample across the 64 KB piece boundaries.
          const bytes = new Uint8Array([
            0xef,
            0xbb,
            0xbf,
            ...new Uint8Array(padding).fill(0x61),
            ...sample,
          ]);
          const blob = new Blob([bytes]);
          expect(await decodeBlob(blob)).toBe(await blob.text());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps a letter whose bytes fall on both sides of a piece boundary', async () => {
    const text = `${'a'.repeat(64 * 1024 - 1)}é😀 end`;
    expect(await decodeBlob(new Blob([text]))).toBe(text);
  });
});
