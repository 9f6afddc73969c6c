import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, changedPaths } from '../../src/domain/canonical-json.js';

describe('canonical JSON', () => {
  it('is the same text whatever the key order, at every level, and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: undefined } })).toBe('{"a":{"d":[{"x":2,"y":1}]},"b":1}');
  });

  it('keeps a key named __proto__ as a key, so two alerts differing only there differ', () => {
    const withProto = JSON.parse('{"imiId":"IMI-1","__proto__":{"polluted":1}}') as unknown;
    const other = JSON.parse('{"imiId":"IMI-1","__proto__":{"polluted":2}}') as unknown;
    expect(canonicalJson(withProto)).toBe('{"__proto__":{"polluted":1},"imiId":"IMI-1"}');
    expect(canonicalJson(withProto)).not.toBe(canonicalJson(other));
    expect(changedPaths(withProto, other)).toEqual(['__proto__.polluted']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('property: parsing the text gives back the same value, and key order never changes it', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const text = canonicalJson(v);
      expect(canonicalJson(JSON.parse(text))).toBe(text);
      const reversed = JSON.parse(JSON.stringify(v), function (this: unknown, _k, x: unknown) {
        return x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x;
      }) as unknown;
      expect(canonicalJson(reversed)).toBe(text);
    }));
  });
});
