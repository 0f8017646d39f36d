/** What Map and WeakMap share. */
interface Store<K, T> {
  get(key: K): T | undefined;
  has(key: K): boolean;
  set(key: K, value: T): unknown;
}

function remembered<K, T>(results: Store<K, T>, key: K, compute: (key: K) => T): T {
  if (results.has(key)) return results.get(key) as T;
  const result = compute(key);
  results.set(key, result);
  return result;
}

/**
 * A function of one argument remembered per argument: for the pure conversions
 * a build repeats on every page that shows the same text or date (10,000
 * entries appear on an entry page, a year page, a details chunk and the feeds
 * of two editions), the indexes it asks of the same array of content on every
 * page, and what the timeline repeats for entries on the same day. Objects are
 * remembered weakly: an array of content is not kept alive by it. The result
 * is shared: callers must not mutate it.
 */
export function memoize<K extends string | number | object, T>(compute: (key: K) => T): (key: K) => T {
  const values = new Map<K, T>();
  const objects = new WeakMap<K & object, T>();
  return (key) => (typeof key === 'object' ? remembered(objects, key, compute) : remembered(values, key, compute));
}
