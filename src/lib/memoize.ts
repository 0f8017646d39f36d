/**
 * A function of one string or number remembered per argument: for the pure
 * conversions a build repeats on every page that shows the same text or date
 * (10,000 entries appear on an entry page, a year page, a details chunk and
 * the feeds of two editions), and that the timeline repeats for entries on
 * the same day. The result is shared: callers must not mutate it.
 */
export function memoize<K extends string | number, T>(compute: (key: K) => T): (key: K) => T {
  const results = new Map<K, T>();
  return (key) => {
    if (results.has(key)) return results.get(key) as T;
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
