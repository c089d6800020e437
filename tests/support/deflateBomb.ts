/** Writes bits as DEFLATE reads them: from the lowest bit of each byte up (RFC 1951 §3.1.1). */
class BitWriter {
  readonly bytes: Uint8Array;
  private bitPosition = 0;

  constructor(byteLength: number) {
    this.bytes = new Uint8Array(byteLength);
  }

  /** A number of `count` bits, lowest bit first (header fields, extra bits). */
  writeNumber(value: number, count: number): void {
    for (let bit = 0; bit < count; bit += 1) this.writeBit((value >> bit) & 1);
  }

  /** A Huffman code, its highest bit first, written as a string of 0 and 1. */
  writeCode(code: string): void {
    for (const bit of code) this.writeBit(bit === '1' ? 1 : 0);
  }

  /** Zero bits are already there: moving on writes them. */
  skipZeroBits(count: number): void {
    this.bitPosition += count;
  }

  get length(): number {
    return Math.ceil(this.bitPosition / 8);
  }

  private writeBit(bit: number): void {
    const index = this.bitPosition >> 3;
    this.bytes[index] = (this.bytes[index] ?? 0) | (bit << (this.bitPosition & 7));
    this.bitPosition += 1;
  }
}

/**
 * Raw DEFLATE that unpacks to `unpackedBytes` zero bytes (at least 1 GB is the usual bomb) in about
 * a thousandth of that: one dynamic block whose "repeat 258 bytes" and distance codes are one bit
 * each. Built bit by bit, so the test never holds what it unpacks to.
 */
export function buildDeflateBomb(unpackedBytes: number): Uint8Array {
  const repeats = Math.ceil((unpackedBytes - 1) / 258);
  const writer = new BitWriter(100 + Math.ceil(repeats / 4));
  writer.writeNumber(1, 1); // the final block
  writer.writeNumber(2, 2); // dynamic Huffman codes
  writer.writeNumber(286 - 257, 5); // literal/length codes 0…285
  writer.writeNumber(2 - 1, 5); // distance codes 0 and 1
  writer.writeNumber(18 - 4, 4); // code length codes up to "1" in the order below
  const codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
  const codeLengthLengths: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const symbol of codeLengthOrder) writer.writeNumber(codeLengthLengths[symbol] ?? 0, 3);
  // Canonical codes of the code length alphabet: 18 → 0, 1 → 10, 2 → 11.
  const zeros = (count: number): void => {
    writer.writeCode('0');
    writer.writeNumber(count - 11, 7);
  };
  // Literal/length lengths: 0 → 2, 1…255 none, 256 → 2, 257…284 none, 285 → 1.
  writer.writeCode('11');
  zeros(138);
  zeros(117);
  writer.writeCode('11');
  zeros(28);
  writer.writeCode('10');
  // Distance lengths: 0 → 1, 1 → 1.
  writer.writeCode('10');
  writer.writeCode('10');
  // Canonical literal/length codes: 285 → 0, literal 0 → 10, end of block → 11; distance 0 → 0.
  writer.writeCode('10');
  writer.skipZeroBits(repeats * 2);
  writer.writeCode('11');
  return writer.bytes.subarray(0, writer.length);
}
