import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/domain/memo.js';

describe('memoize', () => {
  it('computes each key once, remembers falsy results too, and stays within its bound', () => {
    const computed: string[] = [];
    const length = memoize((text: string) => { computed.push(text); return text.length; }, (text) => text, 3);
    expect([length('a'), length('bb'), length('a'), length(''), length('')]).toEqual([1, 2, 1, 0, 0]);
    expect(computed).toEqual(['a', 'bb', '']);
    // Full: the next new key empties the cache, so 'a' is computed again afterwards.
    expect(length('dddd')).toBe(4);
    expect(length('a')).toBe(1);
    expect(computed).toEqual(['a', 'bb', '', 'dddd', 'a']);
  });

  it('keys several arguments as keyOf says', () => {
    let calls = 0;
    const repeat = memoize((text: string, times: number) => { calls += 1; return text.repeat(times); }, (text, times) => `${text} ${times}`);
    expect([repeat('ab', 2), repeat('ab', 2), repeat('ab', 3)]).toEqual(['abab', 'abab', 'ababab']);
    expect(calls).toBe(2);
  });

  it('does not remember a throw', () => {
    let calls = 0;
    const failing = memoize((_: string) => { calls += 1; throw new RangeError('bad'); }, (key) => key);
    expect(() => failing('x')).toThrow(RangeError);
    expect(() => failing('x')).toThrow(RangeError);
    expect(calls).toBe(2);
  });
});
