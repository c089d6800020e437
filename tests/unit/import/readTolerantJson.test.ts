import { describe, expect, it } from 'vitest';
import { readTolerantJson } from '@/import/readTolerantJson';

describe('readTolerantJson', () => {
  it('reads valid JSON through the fast path', () => {
    expect(readTolerantJson('{"a": [1, 2.5e-4, "x"]}')).toEqual({
      ok: true,
      value: { a: [1, 2.5e-4, 'x'] },
      damage: null,
      nonFiniteCount: 0,
    });
  });

  it('reads NaN, Infinity and -Infinity as null and counts them', () => {
    const result = readTolerantJson('{"loss": NaN, "grad": [Infinity, -Infinity, 1]}');
    expect(result).toEqual({
      ok: true,
      value: { loss: null, grad: [null, null, 1] },
      damage: null,
      nonFiniteCount: 3,
    });
  });

  it('keeps every complete value before a cut and says where the file ends', () => {
    const result = readTolerantJson(
      '{\n  "log_history": [\n    {"loss": 1.5, "step": 10},\n    {"loss": 1.',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ log_history: [{ loss: 1.5, step: 10 }, {}] });
    expect(result.damage).toEqual({
      kind: 'truncated',
      message: 'ends early at line 4, column 16',
    });
  });

  it('drops a number, word or string that the cut may have shortened', () => {
    for (const text of [
      '{"a": 1, "b": 12',
      '{"a": 1, "b": tr',
      '{"a": 1, "b": "par',
      '{"a": 1, "b',
    ]) {
      const result = readTolerantJson(text);
      expect(result.ok && result.value, text).toEqual({ a: 1 });
      expect(result.ok && result.damage?.kind, text).toBe('truncated');
    }
  });

  it('reports damage in the middle with its line and column, keeping what came before', () => {
    const result = readTolerantJson('{\n  "a": 1,\n  "b": 2 ]] x,\n  "c": 3\n}');
    expect(result.ok && result.value).toEqual({ a: 1, b: 2 });
    expect(result.ok && result.damage).toEqual({
      kind: 'corrupt',
      message: 'has an unexpected "]" at line 3, column 10',
    });
  });

  it('fails with a message when nothing could be read', () => {
    expect(readTolerantJson('   ')).toEqual({ ok: false, message: 'holds no JSON value' });
    expect(readTolerantJson('hello')).toEqual({
      ok: false,
      message: 'is not valid JSON: it has an unexpected "h" at line 1, column 1',
    });
  });

  it('treats __proto__ as plain data on the slow path', () => {
    const result = readTolerantJson('{"__proto__": {"polluted": true}, "x": NaN}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stops at a nesting depth that would overflow the stack', () => {
    const deep = `${'['.repeat(5000)}NaN${']'.repeat(5000)}`;
    const result = readTolerantJson(deep);
    expect(result.ok && result.damage?.message).toBe('is nested more than 512 levels deep');
  });

  it('strips a byte order mark', () => {
    expect(readTolerantJson('\ufeff{"a": NaN}')).toMatchObject({ ok: true, value: { a: null } });
  });
});
