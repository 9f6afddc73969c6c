import type { Condition, Filter, QueryOptions, Scalar } from '../document-store.js';
import { splitPath } from '../document-rules.js';

/**
 * Evaluates a Filter on a parsed body with the semantics of the Cosmos DB SQL the other adapter
 * generates: comparisons between different types never match, and `null` is defined.
 */

type Test = (value: unknown) => boolean;

function resolve(body: unknown, segments: readonly string[]): unknown {
  let current = body;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function sameType(a: unknown, b: unknown): boolean {
  return typeof a === typeof b && (typeof a === 'string' || typeof a === 'number');
}

function conditionTest(condition: Condition): Test {
  if (condition === null || typeof condition !== 'object') return (v) => v === condition;
  if ('in' in condition) {
    const values: readonly Scalar[] = condition.in;
    return (v) => values.some((x) => x === v);
  }
  if ('defined' in condition) {
    const wanted = condition.defined;
    return (v) => (v !== undefined) === wanted;
  }
  const { lt, lte, gt, gte } = condition;
  return (v) =>
    (lt === undefined || (sameType(v, lt) && (v as typeof lt) < lt)) &&
    (lte === undefined || (sameType(v, lte) && (v as typeof lte) <= lte)) &&
    (gt === undefined || (sameType(v, gt) && (v as typeof gt) > gt)) &&
    (gte === undefined || (sameType(v, gte) && (v as typeof gte) >= gte));
}

/** Compiles a Filter once into a predicate, so a query over many documents splits paths only once. */
export function compileFilter(filter: Filter): (body: unknown) => boolean {
  const tests = Object.entries(filter).map(([path, condition]) => {
    const segments = splitPath(path);
    const test = conditionTest(condition);
    return (body: unknown) => test(resolve(body, segments));
  });
  return (body) => tests.every((test) => test(body));
}

/** Cosmos DB's order across types: null, booleans, numbers, strings. */
function rank(value: unknown): number {
  if (value === null) return 1;
  if (typeof value === 'boolean') return 2;
  if (typeof value === 'number') return 3;
  if (typeof value === 'string') return 4;
  return 5;
}

function compareValues(a: unknown, b: unknown): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean') {
    return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
  }
  return 0;
}

/**
 * Sorts (stable) and limits matched items as `ORDER BY ... TOP n` would. Like Cosmos DB's ORDER BY on a
 * single path, it leaves out documents that lack the path.
 */
export function orderAndLimit<T>(items: T[], bodyOf: (item: T) => unknown, options: QueryOptions): T[] {
  let result = items;
  if (options.orderBy !== undefined) {
    const segments = splitPath(options.orderBy);
    const sign = options.desc === true ? -1 : 1;
    const keyed = result.map((item) => ({ item, key: resolve(bodyOf(item), segments) })).filter((k) => k.key !== undefined);
    keyed.sort((a, b) => sign * compareValues(a.key, b.key));
    result = keyed.map((k) => k.item);
  }
  if (options.limit !== undefined) result = result.slice(0, Math.max(0, options.limit));
  return result;
}
