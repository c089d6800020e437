import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlotPointList } from '@/model/isPlotPointList';
import { packSeriesPoints } from '@/model/packedPlotPoints';
import { readPackedPointList } from '@/model/readPackedPointList';
import { writtenJsonNumber } from './support/plotPointDrafts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What JSON.parse, isPlotPointList and packSeriesPoints make of the text, if they take it. */
function packedByJsonParse(text: string): number[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isPlotPointList(parsed) ? [...packSeriesPoints(parsed)] : undefined;
}

function expectSameBits(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, index) => {
    if (!Object.is(value, expected[index]))
      throw new Error(`Value ${index}: ${String(value)} instead of ${String(expected[index])}`);
  });
}

const finiteNumber = fc.double({ noNaN: true, noDefaultInfinity: true });
const whitespace = fc.stringMatching(/^[ \n\r\t]{0,2}$/u);

describe('readPackedPointList', () => {
  it('reads the points JSON.stringify writes, to the last bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(finiteNumber, fc.option(finiteNumber, { nil: null })), {
          maxLength: 40,
        }),
        (points) => {
          const text = JSON.stringify(points);
          const read = readPackedPointList(utf8(text));
          expect(read).toBeDefined();
          expectSameBits([...(read ?? [])], packedByJsonParse(text) ?? []);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads any written number and spacing as JSON.parse does, or leaves the list to it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            writtenJsonNumber,
            fc.option(writtenJsonNumber, { nil: null }),
            whitespace,
            whitespace,
          ),
          { maxLength: 20 },
        ),
        whitespace,
        (points, outside) => {
          const text = `${outside}[${outside}${points
            .map(
              ([x, y, before, after]) => `[${before}${x}${after},${before}${y ?? 'null'}${after}]`,
            )
            .join(`${outside},${outside}`)}${outside}]${outside}`;
          const expected = packedByJsonParse(text);
          const read = readPackedPointList(utf8(text));
          if (expected === undefined) expect(read).toBeUndefined();
          else if (read !== undefined) expectSameBits([...read], expected);
          // Only a number too large for a double is left to JSON.parse.
          if (expected !== undefined) expect(read).toBeDefined();
        },
      ),
      { numRuns: 600 },
    );
  });

  it('reads exactly the numbers where one rounding step decides the last bit', () => {
    const texts = [
      '9007199254740993',
      '0.1',
      '0.30000000000000004',
      '2.2250738585072011e-308',
      '4.9e-324',
      '1.7976931348623157e308',
      '123456789012345.6',
      '1e22',
      '1e23',
      '-0',
      '-0.0e5',
      '0e999',
      '0.000001234567890123',
    ];
    for (const number of texts) {
      const text = `[[${number},${number}]]`;
      const read = readPackedPointList(utf8(text));
      expect(read).toBeDefined();
      expectSameBits([...(read ?? [])], packedByJsonParse(text) ?? []);
    }
  });

  it('leaves to JSON.parse what isPlotPointList would refuse or JSON does not allow', () => {
    for (const text of [
      '[[1e400,1]]',
      '[[1,2,3]]',
      '[[1]]',
      '[["1",2]]',
      '[[01,2]]',
      '[[1.,2]]',
      '[[.5,2]]',
      '[[+1,2]]',
      '[[1,2],]',
      '[[1,2]',
      '[[null,2]]',
      '[[1,2]] x',
      '[[1e,2]]',
      '[[-,2]]',
      '[1,2]',
    ])
      expect(readPackedPointList(utf8(text)), text).toBeUndefined();
    expect([...(readPackedPointList(utf8(' [ ] ')) ?? [1])]).toEqual([]);
  });
});
