import { describe, expect, it } from 'vitest';
import { toSql } from '../../../src/adapters/storage/cosmos/sql-filter.js';

describe('toSql', () => {
  it('writes paths in bracket notation and every value as a parameter', () => {
    expect(toSql({ state: { in: ['a', 'b'] }, 'outbox.pending': { defined: true }, due: { gte: '2025', lt: '2026' }, n: null }, { orderBy: 'due', desc: true, limit: 5 })).toEqual({
      query: 'SELECT TOP 5 * FROM c WHERE c["state"] IN (@p0, @p1) AND IS_DEFINED(c["outbox"]["pending"]) AND c["due"] < @p2 AND c["due"] >= @p3 AND c["n"] = @p4 AND IS_DEFINED(c["due"]) ORDER BY c["due"] DESC',
      parameters: [
        { name: '@p0', value: 'a' },
        { name: '@p1', value: 'b' },
        { name: '@p2', value: '2026' },
        { name: '@p3', value: '2025' },
        { name: '@p4', value: null },
      ],
    });
  });

  it('counts with SELECT VALUE COUNT(1)', () => {
    expect(toSql({ state: 'x' }, { count: true }).query).toBe('SELECT VALUE COUNT(1) FROM c WHERE c["state"] = @p0');
    expect(toSql({}, { count: true }).query).toBe('SELECT VALUE COUNT(1) FROM c');
  });

  it('refuses paths and limits that could change the query', () => {
    expect(() => toSql({ 'a"] OR 1=1 --': 1 })).toThrow(/Invalid field path/);
    expect(() => toSql({}, { orderBy: 'a..b' })).toThrow(/Invalid field path/);
    expect(() => toSql({}, { limit: 1.5 })).toThrow(/limit/);
  });
});
