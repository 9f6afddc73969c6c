import { describe, expect, it } from 'vitest';
import { memoByKey } from '../../src/domain/memo.js';

describe('memoByKey', () => {
  it('computes each key once, remembers falsy results too, and stays within its bound', () => {
    const computed: string[] = [];
    const length = memoByKey((key) => { computed.push(key); return key.length === 0 ? 0 : key.length; }, 3);
    expect([length('a'), length('bb'), length('a'), length(''), length('')]).toEqual([1, 2, 1, 0, 0]);
    expect(computed).toEqual(['a', 'bb', '']);
    // Full: the next new key empties the cache, so 'a' is computed again afterwards.
    expect(length('dddd')).toBe(4);
    expect(length('a')).toBe(1);
    expect(computed).toEqual(['a', 'bb', '', 'dddd', 'a']);
  });

  it('does not remember a throw', () => {
    let calls = 0;
    const failing = memoByKey(() => { calls += 1; throw new RangeError('bad'); });
    expect(() => failing('x')).toThrow(RangeError);
    expect(() => failing('x')).toThrow(RangeError);
    expect(calls).toBe(2);
  });
});
