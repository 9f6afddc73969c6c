/**
 * Memoises a pure function of one string key in a bounded map. When the map is full it is emptied and
 * filled again: the keys these callers see (calendar dates, country codes) come from a small working set,
 * so an occasional refill costs nothing noticeable and the memory stays bounded whatever the input.
 *
 * Only for pure functions whose results are immutable values (strings, numbers, booleans): a cached
 * result is shared by every caller.
 */
export function memoByKey<V>(compute: (key: string) => V, maxEntries = 4_096): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = compute(key);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(key, value);
    return value;
  };
}
