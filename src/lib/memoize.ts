/**
 * A function of one string remembered per argument: for the pure conversions
 * a build repeats on every page that shows the same text or date (10,000
 * entries appear on an entry page, a year page, a details chunk and the feeds
 * of two editions). The result is shared: callers must not mutate it.
 */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    if (results.has(key)) return results.get(key) as T;
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
