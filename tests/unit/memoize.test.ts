import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/lib/memoize';

describe('memoize', () => {
  it('computes once per argument and gives the same result every time after', () => {
    const calls: string[] = [];
    const length = memoize((text: string) => {
      calls.push(text);
      return { length: text.length };
    });
    const first = length('hà nội');
    expect(length('hà nội')).toBe(first);
    expect(length('')).toEqual({ length: 0 });
    expect(length('')).toEqual({ length: 0 });
    expect(calls).toEqual(['hà nội', '']);
  });

  it('remembers a result that is falsy', () => {
    let calls = 0;
    const empty = memoize((_key: string) => {
      calls += 1;
      return undefined;
    });
    empty('a');
    empty('a');
    expect(calls).toBe(1);
  });
});
