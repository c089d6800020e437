import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumberInput, withoutTypedUnit } from '@/model/numberInput';

describe('parseNumberInput', () => {
  it.each([
    ['2e-4', 0.0002],
    ['0.0002', 0.0002],
    ['3e-5', 0.00003],
    ['3E-5', 0.00003],
    ['1,024', 1024],
    ['1 024', 1024],
    ['1_000', 1000],
    ['-3', -3],
    ['.5', 0.5],
    ['  16  ', 16],
  ])('reads %j as %d', (input, expected) => {
    expect(parseNumberInput(input)).toEqual({ ok: true, value: expected });
  });

  it('reads an empty or blank text as no value', () => {
    expect(parseNumberInput('')).toEqual({ ok: true, value: null });
    expect(parseNumberInput('   ')).toEqual({ ok: true, value: null });
  });

  it.each(['fast', '1,2', 'Infinity', '-Infinity', 'NaN', '1e', '0x10', '2e-4e', '--3'])(
    'refuses %j with a message naming it',
    (input) => {
      const result = parseNumberInput(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(`"${input}"`);
    },
  );

  it('refuses a number too large to store', () => {
    expect(parseNumberInput('1e400')).toEqual({ ok: false, message: '"1e400" is too large' });
  });
});

describe('formatNumber', () => {
  it.each([
    [0.0002, '2e-4'],
    [0.00003, '3e-5'],
    [0.00015, '1.5e-4'],
    [16, '16'],
    [0.05, '0.05'],
    [0.001, '0.001'],
    [0, '0'],
    [-0.0002, '-2e-4'],
  ])('shows %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('shows no value as an empty text', () => {
    expect(formatNumber(null)).toBe('');
  });

  it('is read back to the same number', () => {
    for (const value of [2e-4, 3e-5, 1.5e-4, 16, 0.05, 1024, 7.25e-7]) {
      expect(parseNumberInput(formatNumber(value))).toEqual({ ok: true, value });
    }
  });
});

describe('parseNumberInput with the field’s unit', () => {
  it.each([
    ['99.3 %', '%', 99.3],
    ['99.3%', '%', 99.3],
    ['  99.3  %  ', '%', 99.3],
    ['99.3\u00a0%', '%', 99.3],
    ['1200 Elo', 'Elo', 1200],
    ['1 200 elo', 'Elo', 1200],
    ['12 ms', 'ms', 12],
    ['12MS', 'ms', 12],
    ['21.3GB', 'GB', 21.3],
    ['2e-4 h', 'h', 0.0002],
    ['99.3', '%', 99.3],
  ])('reads %j with unit %j as %d', (input, unit, expected) => {
    expect(parseNumberInput(input, unit)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['99.3 pts', '%'],
    ['99.3 %', 'Elo'],
    ['12 s', 'ms'],
    ['%', '%'],
    ['fast %', '%'],
    ['% 99.3', '%'],
  ])('refuses %j for unit %j with a message naming the unit', (input, unit) => {
    const result = parseNumberInput(input, unit);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(`"${input.trim()}"`);
      expect(result.message).toContain(`e.g. 16, 2e-4 or 16 ${unit}`);
    }
  });

  it('refuses a unit where the field has none, as before', () => {
    expect(parseNumberInput('99.3 %')).toEqual({
      ok: false,
      message: '"99.3 %" is not a number; type e.g. 16, 0.05 or 2e-4',
    });
    expect(parseNumberInput('99.3 %', '  ')).toEqual(parseNumberInput('99.3 %'));
  });
});

describe('withoutTypedUnit', () => {
  it('takes a trailing unit off, whatever its case and spacing, and nothing else', () => {
    expect(withoutTypedUnit('99.30 %', '%')).toBe('99.30');
    expect(withoutTypedUnit('99.30%', '%')).toBe('99.30');
    expect(withoutTypedUnit('1200 elo', 'Elo')).toBe('1200');
    expect(withoutTypedUnit(' 99.3 ', '%')).toBe('99.3');
    expect(withoutTypedUnit('99.3 pts', '%')).toBe('99.3 pts');
    expect(withoutTypedUnit('%', '%')).toBe('%');
    expect(withoutTypedUnit('99.3 %', '')).toBe('99.3 %');
  });

  it('takes a unit that starts like a number off only after a space', () => {
    expect(withoutTypedUnit('0.0', '0')).toBe('0.0');
    expect(withoutTypedUnit('0.0 0', '0')).toBe('0.0');
    expect(withoutTypedUnit('1.5', '.5')).toBe('1.5');
    expect(parseNumberInput('0.0', '0')).toEqual({ ok: true, value: 0 });
    expect(parseNumberInput('10', '0')).toEqual({ ok: true, value: 10 });
  });
});
