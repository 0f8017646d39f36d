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

  it('remembers per object, not per equal contents, for indexes of one array of content', () => {
    let calls = 0;
    const total = memoize((values: readonly number[]) => {
      calls += 1;
      return values.reduce((sum, value) => sum + value, 0);
    });
    const content = [1, 2, 3];
    expect(total(content)).toBe(6);
    expect(total(content)).toBe(6);
    expect(calls).toBe(1);
    expect(total([1, 2, 3])).toBe(6);
    expect(calls).toBe(2);
  });
});
