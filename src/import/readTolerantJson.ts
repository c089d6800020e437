export interface JsonDamage {
  kind: 'truncated' | 'corrupt';
  /** Where and what, for a person: `ends early at line 12`, `unexpected "}" at line 3, column 7`. */
  message: string;
}

export type TolerantJsonResult =
  | {
      ok: true;
      value: unknown;
      /** Set when the text is cut off or damaged; `value` then holds everything complete before it. */
      damage: JsonDamage | null;
      /** How many NaN, Infinity and -Infinity tokens were read as null. */
      nonFiniteCount: number;
    }
  | { ok: false; message: string };

const maximumDepth = 512;
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class StopParsing extends Error {}

function createContainer(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/**
 * Reads JSON as Python writes it: `NaN`, `Infinity` and `-Infinity` become null (a gap), and a file
 * cut off mid-write keeps every value that was complete before the cut, so a truncated
 * trainer_state.json still yields its log history. Objects are built without a prototype, so a
 * `__proto__` key is plain data.
 */
export function readTolerantJson(input: string): TolerantJsonResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) as unknown, damage: null, nonFiniteCount: 0 };
  } catch {
    return readSlowly(text);
  }
}

function readSlowly(text: string): TolerantJsonResult {
  let position = 0;
  let nonFiniteCount = 0;
  let damage = null as JsonDamage | null;

  const lineAndColumn = (at: number): string => {
    let line = 1;
    let lineStart = 0;
    for (let index = text.indexOf('\n'); index !== -1 && index < at;) {
      line += 1;
      lineStart = index + 1;
      index = text.indexOf('\n', index + 1);
    }
    return `line ${line}, column ${at - lineStart + 1}`;
  };

  const stop = (kind: JsonDamage['kind'], message: string): never => {
    damage ??= { kind, message };
    throw new StopParsing();
  };

  const endEarly = (): never => stop('truncated', `ends early at ${lineAndColumn(text.length)}`);

  const isTokenPrefix = (tail: string): boolean =>
    /^-?(\d+(\.\d*)?([eE][+-]?\d*)?)?$/u.test(tail) ||
    ['true', 'false', 'null', 'NaN', 'Infinity', '-Infinity'].some((word) => word.startsWith(tail));

  /** A write cut mid-token leaves an unfinished token (`1.`, `tr`, `-`) and nothing after it. */
  const unexpected = (tokenStart: number = position): never => {
    if (isTokenPrefix(text.slice(tokenStart).trim())) return endEarly();
    const character = text[position] ?? '';
    return stop('corrupt', `has an unexpected "${character}" at ${lineAndColumn(position)}`);
  };

  const skipWhitespace = (): void => {
    while (position < text.length) {
      const code = text.charCodeAt(position);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      position += 1;
    }
  };

  const readString = (): string => {
    position += 1;
    let result = '';
    for (;;) {
      const quote = text.indexOf('"', position);
      const backslash = text.indexOf('\\', position);
      if (quote === -1) return endEarly();
      if (backslash === -1 || quote < backslash) {
        result += text.slice(position, quote);
        position = quote + 1;
        return result;
      }
      result += text.slice(position, backslash);
      const escape = text[backslash + 1];
      if (escape === undefined) return endEarly();
      position = backslash + 2;
      switch (escape) {
        case 'n':
          result += '\n';
          break;
        case 't':
          result += '\t';
          break;
        case 'r':
          result += '\r';
          break;
        case 'b':
          result += '\b';
          break;
        case 'f':
          result += '\f';
          break;
        case 'u': {
          const hex = text.slice(position, position + 4);
          if (hex.length < 4) return endEarly();
          if (!/^[0-9a-fA-F]{4}$/u.test(hex)) return unexpected();
          result += String.fromCharCode(Number.parseInt(hex, 16));
          position += 4;
          break;
        }
        default:
          result += escape;
      }
    }
  };

  const readWord = (word: string, value: unknown): unknown => {
    const available = text.slice(position, position + word.length);
    if (available === word) {
      position += word.length;
      return value;
    }
    if (position + available.length >= text.length && word.startsWith(available)) return endEarly();
    return unexpected();
  };

  const readValue = (depth: number): unknown => {
    if (depth > maximumDepth) {
      return stop('corrupt', `is nested more than ${maximumDepth} levels deep`);
    }
    skipWhitespace();
    if (position >= text.length) return endEarly();
    const character = text[position];
    if (character === '{') return readObject(depth);
    if (character === '[') return readArray(depth);
    if (character === '"') return readString();
    if (character === 't') return readWord('true', true);
    if (character === 'f') return readWord('false', false);
    if (character === 'n') return readWord('null', null);
    if (character === 'N') {
      nonFiniteCount += 1;
      return readWord('NaN', null);
    }
    if (character === 'I') {
      nonFiniteCount += 1;
      return readWord('Infinity', null);
    }
    if (character === '-' && text[position + 1] === 'I') {
      nonFiniteCount += 1;
      position += 1;
      return readWord('Infinity', null);
    }
    numberPattern.lastIndex = position;
    const match = numberPattern.exec(text);
    if (match === null) return unexpected();
    const numberStart = position;
    position += match[0].length;
    // A number touching the end of the text, or followed by half an exponent, may have lost digits.
    if (position >= text.length) return endEarly();
    if (/[.eE+\-\d]/u.test(text[position] ?? '')) return unexpected(numberStart);
    return Number(match[0]);
  };

  /** Containers never throw: when the text stops inside one, it returns what it holds so far. */
  const readArray = (depth: number): unknown[] => {
    position += 1;
    const array: unknown[] = [];
    skipWhitespace();
    if (text[position] === ']') {
      position += 1;
      return array;
    }
    for (;;) {
      if (!readMember(depth, (value) => array.push(value))) return array;
      skipWhitespace();
      if (position >= text.length) return haltInContainer(endEarly, array);
      const separator = text[position];
      if (separator === ']') {
        position += 1;
        return array;
      }
      if (separator !== ',') return haltInContainer(() => unexpected(), array);
      position += 1;
    }
  };

  const readObject = (depth: number): Record<string, unknown> => {
    position += 1;
    const object = createContainer();
    skipWhitespace();
    if (text[position] === '}') {
      position += 1;
      return object;
    }
    for (;;) {
      skipWhitespace();
      if (position >= text.length) return haltInContainer(endEarly, object);
      if (text[position] !== '"') return haltInContainer(() => unexpected(), object);
      let key: string;
      try {
        key = readString();
      } catch (error) {
        if (error instanceof StopParsing) return object;
        throw error;
      }
      skipWhitespace();
      if (position >= text.length) return haltInContainer(endEarly, object);
      if (text[position] !== ':') return haltInContainer(() => unexpected(), object);
      position += 1;
      if (
        !readMember(depth, (value) => {
          object[key] = value;
        })
      ) {
        return object;
      }
      skipWhitespace();
      if (position >= text.length) return haltInContainer(endEarly, object);
      const separator = text[position];
      if (separator === '}') {
        position += 1;
        return object;
      }
      if (separator !== ',') return haltInContainer(() => unexpected(), object);
      position += 1;
    }
  };

  /** Reads one member; false once the text stopped (a partly read container is still kept). */
  const readMember = (depth: number, keep: (value: unknown) => void): boolean => {
    let value: unknown;
    try {
      value = readValue(depth + 1);
    } catch (error) {
      if (error instanceof StopParsing) return false;
      throw error;
    }
    keep(value);
    return damage === null;
  };

  const haltInContainer = <Container>(halt: () => never, container: Container): Container => {
    try {
      halt();
    } catch (error) {
      if (!(error instanceof StopParsing)) throw error;
    }
    return container;
  };

  skipWhitespace();
  if (position >= text.length) return { ok: false, message: 'holds no JSON value' };
  let value: unknown;
  try {
    value = readValue(0);
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
    return { ok: false, message: `is not valid JSON: it ${describe(damage)}` };
  }
  if (damage === null) {
    skipWhitespace();
    if (position < text.length) haltInContainer(() => unexpected(), null);
  }
  return { ok: true, value, damage, nonFiniteCount };
}

function describe(damage: JsonDamage | null): string {
  return damage === null ? 'could not be read' : damage.message;
}
