import { describe, expect, it } from 'vitest';
import { parseParameterCount } from '@/plot/parseParameterCount';

describe('parseParameterCount', () => {
  it.each([
    ['7.25B', 7.25e9],
    ['125M', 125e6],
    ['1.1b', 1.1e9],
    ['6.8M (0.08 %)', 6.8e6],
    ['168.1M (2.32 %)', 168.1e6],
    ['66,955,010', 66_955_010],
    ['66 955 010', 66_955_010],
    ['13.9 M', 13.9e6],
    ['1.3 billion', 1.3e9],
    ['350 million', 350e6],
    ['7B parameters', 7e9],
    ['~1.5T', 1.5e12],
    ['2.5k', 2500],
    ['7,25B', 7.25e9],
    ['1e9', 1e9],
    ['  355M (100 %) ', 355e6],
  ])('reads %s', (text, expected) => {
    expect(parseParameterCount(text)).toBe(expected);
  });

  it.each(['', '—', 'unknown', 'about 7B', '7 apples', '-5M'])('refuses %j', (text) => {
    expect(parseParameterCount(text)).toBeNull();
  });
});
