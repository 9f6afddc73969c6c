import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import type { Condition, Filter, QueryOptions } from '../document-store.js';
import { splitPath } from '../document-rules.js';

/**
 * Translates a Filter into parameterised Cosmos DB SQL. Values always travel as parameters; paths are
 * written in bracket notation (`c["outbox"]["pending"]`) so that field names that are SQL keywords
 * (`value`, `order`, `select`) still work, and splitPath admits only identifiers, so nothing a caller
 * passes can change the query's shape.
 */
export function toSql(filter: Filter, options: QueryOptions & { readonly count?: boolean } = {}): SqlQuerySpec {
  const parameters: SqlParameter[] = [];
  const param = (value: SqlParameter['value']): string => {
    const name = `@p${parameters.length}`;
    parameters.push({ name, value });
    return name;
  };
  const clauses = Object.entries(filter).map(([path, condition]) => clause(fieldRef(path), condition, param));
  // Azure returns documents lacking the ORDER BY path (first), the local test server drops them; asking
  // for the path explicitly gives one behaviour everywhere, the one the embedded store implements.
  if (options.orderBy !== undefined && options.count !== true) clauses.push(`IS_DEFINED(${fieldRef(options.orderBy)})`);
  const where = clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '';
  if (options.count === true) return { query: `SELECT VALUE COUNT(1) FROM c${where}`, parameters };
  const top = options.limit !== undefined ? `TOP ${limitOf(options.limit)} ` : '';
  const order = options.orderBy !== undefined ? ` ORDER BY ${fieldRef(options.orderBy)} ${options.desc === true ? 'DESC' : 'ASC'}` : '';
  return { query: `SELECT ${top}* FROM c${where}${order}`, parameters };
}

function fieldRef(path: string): string {
  return `c${splitPath(path).map((segment) => `["${segment}"]`).join('')}`;
}

function limitOf(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`Invalid query limit ${limit}`);
  return limit;
}

function clause(field: string, condition: Condition, param: (value: SqlParameter['value']) => string): string {
  if (condition === null || typeof condition !== 'object') return `${field} = ${param(condition)}`;
  if ('in' in condition) {
    // `IN ()` is a syntax error; an empty list matches nothing.
    return condition.in.length === 0 ? 'false' : `${field} IN (${condition.in.map((v) => param(v)).join(', ')})`;
  }
  if ('defined' in condition) return condition.defined ? `IS_DEFINED(${field})` : `NOT IS_DEFINED(${field})`;
  const parts: string[] = [];
  const { lt, lte, gt, gte } = condition;
  if (lt !== undefined) parts.push(`${field} < ${param(lt)}`);
  if (lte !== undefined) parts.push(`${field} <= ${param(lte)}`);
  if (gt !== undefined) parts.push(`${field} > ${param(gt)}`);
  if (gte !== undefined) parts.push(`${field} >= ${param(gte)}`);
  return parts.length > 0 ? parts.join(' AND ') : 'true';
}
