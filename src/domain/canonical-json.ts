/**
 * JSON with object keys sorted at every level, so that equal content gives equal text whatever the key order
 * it arrived in. Used for journal hashes and for recognising a re-sent identical alert.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties: a key named __proto__ (kept from an alert) stays a key, where an
    // assignment would set the copy's prototype and drop the key from the text and the hash.
    return Object.fromEntries(Object.keys(value).sort()
      .map((key) => [key, (value as Record<string, unknown>)[key]] as const)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => [key, sortKeys(v)]));
  }
  return value;
}

/** Dotted paths (arrays by index) whose values differ between two JSON values. */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
  if (!isObj(before) || !isObj(after) || Array.isArray(before) !== Array.isArray(after)) {
    return canonicalJson(before) === canonicalJson(after) ? [] : [prefix || '(root)'];
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: string[] = [];
  for (const key of [...keys].sort()) {
    out.push(...changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return out;
}
