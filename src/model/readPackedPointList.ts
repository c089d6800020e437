import { maximumPlotPointsPerSeries } from './reportSchema';

const space = 0x20;
const newline = 0x0a;
const carriageReturn = 0x0d;
const tab = 0x09;
const comma = 0x2c;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const minus = 0x2d;
const plus = 0x2b;
const dot = 0x2e;
const digitZero = 0x30;
const digitNine = 0x39;
const lowerE = 0x65;
const upperE = 0x45;
const nullBytes = [0x6e, 0x75, 0x6c, 0x6c];

/** 10^0 … 10^22, each exact in a double; read from text, so each is the correctly rounded value. */
const exactPowersOfTen = Array.from({ length: 23 }, (_, power) => Number(`1e${power}`));
/** Digits a double holds exactly as an integer, whatever they are: 10^15 < 2^53. */
const exactDigits = 15;

/** Where the last number read ended; set by readNumber. */
let numberEnd = 0;

function skipWhitespace(bytes: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    const code = bytes[at];
    if (code !== space && code !== newline && code !== carriageReturn && code !== tab) return at;
    at += 1;
  }
}

function isDigit(code: number | undefined): code is number {
  return code !== undefined && code <= digitNine && code >= digitZero;
}

function numberText(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let at = start; at < end; at += 1) text += String.fromCharCode(bytes[at] ?? 0);
  return text;
}

/**
 * The JSON number at `start`, exactly as JSON.parse reads it, or NaN where there is none or it is
 * not finite (NaN, which no JSON number reads as, keeps the result a number for the compiler). Up to 15 significant digits and a power of ten up to 22 either way, the
 * digits as an integer and the power are both exact, so one multiplication or division gives
 * the correctly rounded value (Clinger's fast path); any other number is read by Number(), which
 * rounds as JSON.parse does.
 */
function readNumber(bytes: Uint8Array, start: number): number {
  let at = start;
  const negative = bytes[at] === minus;
  if (negative) at += 1;
  let digits = 0;
  let significantDigits = 0;
  let fractionDigits = 0;
  const first = bytes[at];
  if (first === digitZero) {
    at += 1;
  } else if (isDigit(first)) {
    for (let code = bytes[at]; isDigit(code); code = bytes[at]) {
      if (significantDigits < exactDigits) digits = digits * 10 + (code - digitZero);
      significantDigits += 1;
      at += 1;
    }
  } else {
    return Number.NaN;
  }
  if (bytes[at] === dot) {
    at += 1;
    if (!isDigit(bytes[at])) return Number.NaN;
    for (let code = bytes[at]; isDigit(code); code = bytes[at]) {
      // Zeros before the first significant digit only move the point.
      if (significantDigits > 0 || code !== digitZero) {
        if (significantDigits < exactDigits) digits = digits * 10 + (code - digitZero);
        significantDigits += 1;
      }
      fractionDigits += 1;
      at += 1;
    }
  }
  let exponent = 0;
  const exponentMark = bytes[at];
  if (exponentMark === lowerE || exponentMark === upperE) {
    at += 1;
    const exponentNegative = bytes[at] === minus;
    if (exponentNegative || bytes[at] === plus) at += 1;
    if (!isDigit(bytes[at])) return Number.NaN;
    for (let code = bytes[at]; isDigit(code); code = bytes[at]) {
      // Past any exponent a double can show: only the text's end matters from here.
      if (exponent < 100_000) exponent = exponent * 10 + (code - digitZero);
      at += 1;
    }
    if (exponentNegative) exponent = -exponent;
  }
  numberEnd = at;
  const power = exponent - fractionDigits;
  let value: number;
  if (significantDigits === 0) value = 0;
  else if (significantDigits <= exactDigits && power >= 0 && power <= 22)
    value = digits * (exactPowersOfTen[power] ?? Number.NaN);
  else if (significantDigits <= exactDigits && power < 0 && power >= -22)
    value = digits / (exactPowersOfTen[-power] ?? Number.NaN);
  else return readByNumber(bytes, start, at);
  return negative ? -value : value;
}

function readByNumber(bytes: Uint8Array, start: number, end: number): number {
  const value = Number(numberText(bytes, start, end));
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * The packed values (x0, y0, x1, y1, …, NaN for a null y) of a JSON list of plot points in
 * `bytes`, read without making an array per point: exactly the numbers JSON.parse reads, and only
 * for a list isPlotPointList takes. Undefined for anything else (another shape, a number too large
 * for a double, more points than a series holds): JSON.parse then reads it.
 */
export function readPackedPointList(bytes: Uint8Array): Float64Array<ArrayBuffer> | undefined {
  let brackets = 0;
  for (let at = 0; at < bytes.length; at += 1) if (bytes[at] === openBracket) brackets += 1;
  // A point opens one bracket and the list one: at most this many points.
  const mostPoints = Math.max(0, brackets - 1);
  if (mostPoints > maximumPlotPointsPerSeries) return undefined;
  const values = new Float64Array(mostPoints * 2);
  let count = 0;
  let at = skipWhitespace(bytes, 0);
  if (bytes[at] !== openBracket) return undefined;
  at = skipWhitespace(bytes, at + 1);
  if (bytes[at] === closeBracket) {
    at += 1;
  } else {
    for (;;) {
      if (bytes[at] !== openBracket) return undefined;
      at = skipWhitespace(bytes, at + 1);
      const x = readNumber(bytes, at);
      if (Number.isNaN(x)) return undefined;
      at = skipWhitespace(bytes, numberEnd);
      if (bytes[at] !== comma) return undefined;
      at = skipWhitespace(bytes, at + 1);
      let y = Number.NaN;
      if (
        bytes[at] === nullBytes[0] &&
        bytes[at + 1] === nullBytes[1] &&
        bytes[at + 2] === nullBytes[2] &&
        bytes[at + 3] === nullBytes[3]
      ) {
        at += nullBytes.length;
      } else {
        y = readNumber(bytes, at);
        if (Number.isNaN(y)) return undefined;
        at = numberEnd;
      }
      at = skipWhitespace(bytes, at);
      if (bytes[at] !== closeBracket) return undefined;
      values[2 * count] = x;
      values[2 * count + 1] = y;
      count += 1;
      at = skipWhitespace(bytes, at + 1);
      const next = bytes[at];
      at += 1;
      if (next === closeBracket) break;
      if (next !== comma) return undefined;
      at = skipWhitespace(bytes, at);
    }
  }
  if (skipWhitespace(bytes, at) !== bytes.length) return undefined;
  return count === mostPoints ? values : values.slice(0, count * 2);
}
