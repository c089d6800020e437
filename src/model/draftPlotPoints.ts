import { decodeUtf8 } from './decodeUtf8';
import { jsonSizeUpperBound } from './jsonSizeUpperBound';
import { isPlotPointList } from './isPlotPointList';
import { packSeriesPoints } from './packedPlotPoints';
import { readPackedPointList } from './readPackedPointList';

/** A series' points read apart from the rest of a draft: x0, y0, x1, y1, …, NaN for a null y. */
export interface DraftPointList {
  /** Where the list is: `report.results.plots[plot].series[series].points`. */
  plot: number;
  series: number;
  values: Float64Array<ArrayBuffer>;
}

export interface DraftWithPointsSetAside {
  /** The draft's text with each list read written as `[]`. */
  text: string;
  /** The length of the draft's whole text, lists included. */
  textLength: number;
  lists: DraftPointList[];
}

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const colon = 0x3a;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const openBrace = 0x7b;
const closeBrace = 0x7d;

/** Thrown where the draft is not what this reader takes; the caller then reads it as it is. */
class NotReadHere extends Error {}

function isWhitespace(code: number | undefined): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Reads `report.results.plots[*].series[*].points` of a JSON draft from its UTF-8 bytes, each list
 * apart from the rest: JSON.parse reads the list's text alone, and each list isPlotPointList takes
 * goes into a Float64Array; the draft's text comes back with `[]` in its place, so parsed it is
 * the draft with those lists empty. A list written otherwise stays in the text. Undefined when the
 * bytes are not a JSON object holding such lists the way this reader expects, or repeat a key on
 * the way to them (JSON.parse keeps the last; this reader does not guess which): the draft is then
 * read as it is. `onListRead` has each list as soon as it is read, in the order of `lists`, so work
 * on it can start while the rest is read; a list so given may still be left out if the draft then
 * is not one this reader takes.
 *
 * Why: JSON.parse of the whole draft made an array of every point, 300,000 of them in a 5 MB
 * draft, all kept until the report was checked: copying them in the collector, checking and
 * packing them took most of an import. Parsed a list at a time, they die as soon as it is packed.
 */
export function setAsideDraftPlotPoints(
  bytes: Uint8Array,
  onListRead: (list: DraftPointList) => void = () => undefined,
): DraftWithPointsSetAside | undefined {
  const reader = new DraftReader(bytes, onListRead);
  try {
    reader.readDraft();
  } catch (error) {
    if (error instanceof NotReadHere) return undefined;
    throw error;
  }
  if (reader.lists.length === 0) return undefined;
  // One decoder throughout, so a byte order mark is dropped only at the start, as for the whole.
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let textLength = 0;
  let from = 0;
  for (const { start, end } of reader.listSpans) {
    const before = decodeUtf8(bytes.subarray(from, start), decoder, false);
    pieces.push(before, '[]');
    // A list is ASCII: a character per byte.
    textLength += before.length + (end - start);
    from = end;
  }
  const rest = decodeUtf8(bytes.subarray(from), decoder);
  pieces.push(rest);
  textLength += rest.length;
  return { text: pieces.join(''), textLength, lists: reader.lists };
}

class DraftReader {
  position: number;
  readonly lists: DraftPointList[] = [];
  readonly listSpans: { start: number; end: number }[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly onListRead: (list: DraftPointList) => void,
  ) {
    const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    this.position = byteOrderMark ? 3 : 0;
  }

  readDraft(): void {
    this.readObject((key) => {
      if (key === 'report' && this.peek() === openBrace) this.readReport();
      else this.skipValue();
    });
    this.skipWhitespace();
    if (this.position !== this.bytes.length) throw new NotReadHere();
  }

  private readReport(): void {
    this.readObject((key) => {
      if (key === 'results' && this.peek() === openBrace) this.readResults();
      else this.skipValue();
    });
  }

  private readResults(): void {
    this.readObject((key) => {
      if (key === 'plots' && this.peek() === openBracket) {
        this.readArray((plot) => {
          if (this.peek() === openBrace) this.readPlot(plot);
          else this.skipValue();
        });
      } else {
        this.skipValue();
      }
    });
  }

  private readPlot(plot: number): void {
    this.readObject((key) => {
      if (key === 'series' && this.peek() === openBracket) {
        this.readArray((series) => {
          if (this.peek() === openBrace) this.readSeries(plot, series);
          else this.skipValue();
        });
      } else {
        this.skipValue();
      }
    });
  }

  private readSeries(plot: number, series: number): void {
    this.readObject((key) => {
      if (key !== 'points' || this.peek() !== openBracket) {
        this.skipValue();
        return;
      }
      const start = this.position;
      this.skipList();
      const end = this.position;
      const listBytes = this.bytes.subarray(start, end);
      const values = readPackedPointList(listBytes) ?? packedPointList(listBytes);
      if (values === undefined) return;
      const list = { plot, series, values };
      this.lists.push(list);
      this.onListRead(list);
      this.listSpans.push({ start, end });
    });
  }

  /** An object, `readMember` called at each member's value; a repeated key is not read here. */
  private readObject(readMember: (key: string) => void): void {
    this.skipWhitespace();
    this.expect(openBrace);
    this.skipWhitespace();
    if (this.peek() === closeBrace) {
      this.position += 1;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      this.skipWhitespace();
      const key = this.readKey();
      if (keys.has(key)) throw new NotReadHere();
      keys.add(key);
      this.skipWhitespace();
      this.expect(colon);
      this.skipWhitespace();
      readMember(key);
      this.skipWhitespace();
      const next = this.peek();
      this.position += 1;
      if (next === closeBrace) return;
      if (next !== comma) throw new NotReadHere();
    }
  }

  private readArray(readItem: (index: number) => void): void {
    this.expect(openBracket);
    this.skipWhitespace();
    if (this.peek() === closeBracket) {
      this.position += 1;
      return;
    }
    for (let index = 0; ; index += 1) {
      this.skipWhitespace();
      readItem(index);
      this.skipWhitespace();
      const next = this.peek();
      this.position += 1;
      if (next === closeBracket) return;
      if (next !== comma) throw new NotReadHere();
    }
  }

  private readKey(): string {
    const start = this.position;
    this.skipString();
    // Keys are few (only those on the way to the points are read); JSON.parse reads each as the
    // whole text will be read, escapes and invalid bytes included.
    try {
      return String(
        JSON.parse(new TextDecoder().decode(this.bytes.subarray(start, this.position))),
      );
    } catch {
      throw new NotReadHere();
    }
  }

  /** A quote and a backslash are never part of a longer UTF-8 sequence, so bytes find the end. */
  private skipString(): void {
    const bytes = this.bytes;
    if (bytes[this.position] !== quote) throw new NotReadHere();
    let end = this.position;
    for (;;) {
      end = bytes.indexOf(quote, end + 1);
      if (end === -1) throw new NotReadHere();
      let backslashes = 0;
      while (bytes[end - 1 - backslashes] === backslash) backslashes += 1;
      if (backslashes % 2 === 0) break;
    }
    this.position = end + 1;
  }

  /** Skips an array, by its brackets alone while it holds no string. */
  private skipList(): void {
    const bytes = this.bytes;
    const start = this.position;
    let depth = 0;
    for (let at = start; at < bytes.length; at += 1) {
      const code = bytes[at];
      if (code === openBracket) {
        depth += 1;
      } else if (code === closeBracket) {
        depth -= 1;
        if (depth === 0) {
          this.position = at + 1;
          return;
        }
      } else if (code === quote || code === openBrace) {
        break;
      }
    }
    this.skipValue();
  }

  /** Skips any value: strings by their quotes, containers by counting brackets outside strings. */
  private skipValue(): void {
    const bytes = this.bytes;
    const first = bytes[this.position];
    if (first === quote) {
      this.skipString();
      return;
    }
    if (first !== openBrace && first !== openBracket) {
      while (this.position < bytes.length) {
        const code = bytes[this.position];
        if (code === comma || code === closeBrace || code === closeBracket || isWhitespace(code))
          break;
        this.position += 1;
      }
      return;
    }
    let depth = 0;
    while (this.position < bytes.length) {
      const code = bytes[this.position];
      if (code === quote) {
        this.skipString();
        continue;
      }
      this.position += 1;
      if (code === openBrace || code === openBracket) {
        depth += 1;
      } else if (code === closeBrace || code === closeBracket) {
        depth -= 1;
        if (depth === 0) return;
      }
    }
    throw new NotReadHere();
  }

  private skipWhitespace(): void {
    this.position = skipWhitespaceAt(this.bytes, this.position);
  }

  private peek(): number | undefined {
    return this.bytes[this.position];
  }

  private expect(code: number): void {
    if (this.bytes[this.position] !== code) throw new NotReadHere();
    this.position += 1;
  }
}

function skipWhitespaceAt(bytes: Uint8Array, position: number): number {
  let at = position;
  while (isWhitespace(bytes[at])) at += 1;
  return at;
}

/** Point lists are ASCII: decoding them needs no care for longer sequences. */
const listDecoder = new TextDecoder();

/**
 * The packed values of the points that the JSON text in `bytes` writes, if isPlotPointList takes
 * them. JSON.parse reads each list alone, so its numbers are exactly those of the whole draft, and
 * its arrays live only until they are packed: the collector then has nothing of them to keep.
 */
function packedPointList(bytes: Uint8Array): Float64Array<ArrayBuffer> | undefined {
  let points: unknown;
  try {
    points = JSON.parse(listDecoder.decode(bytes));
  } catch {
    return undefined;
  }
  return isPlotPointList(points) ? packSeriesPoints(points) : undefined;
}

/** jsonSizeUpperBound of the list of points that `values` packs, without the list. */
export function pointListSizeBound(values: Float64Array): number {
  const count = values.length / 2;
  let bytes = 2 + count;
  for (let index = 0; index < count; index += 1) {
    const y = values[2 * index + 1] ?? Number.NaN;
    bytes +=
      4 +
      jsonSizeUpperBound(values[2 * index] ?? Number.NaN) +
      (Number.isNaN(y) ? 4 : jsonSizeUpperBound(y));
  }
  return bytes;
}

/** The length of JSON.stringify of the list of points that `values` packs, without the list. */
export function pointListTextLength(values: Float64Array): number {
  const count = values.length / 2;
  if (count === 0) return 2;
  let length = 1 + count;
  for (let index = 0; index < count; index += 1) {
    const y = values[2 * index + 1] ?? Number.NaN;
    length +=
      3 + String(values[2 * index] ?? Number.NaN).length + (Number.isNaN(y) ? 4 : String(y).length);
  }
  return length;
}
