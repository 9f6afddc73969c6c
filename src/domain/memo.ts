/**
 * Memoises a pure function in a bounded map under the key `keyOf` gives its arguments. When the map is full
 * it is emptied and filled again: the arguments these callers see (calendar dates, country codes, zones)
 * come from a small working set, so an occasional refill costs nothing noticeable and the memory stays
 * bounded whatever the input. A call that throws is not remembered.
 *
 * Only for pure functions whose results are immutable or never changed by callers: a cached result is
 * shared by every caller.
 */
export function memoize<A extends readonly unknown[], V>(compute: (...args: A) => V, keyOf: (...args: A) => string, maxEntries = 4_096): (...args: A) => V {
  const cache = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = compute(...args);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(key, value);
    return value;
  };
}
