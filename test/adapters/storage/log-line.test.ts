import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLine, encodeLine, encodeLineInto, type LineHeader } from '../../../src/adapters/storage/embedded/log-line.js';

const header = fc.record({ c: fc.string(), i: fc.string(), e: fc.string() }) as fc.Arbitrary<LineHeader>;
// Bodies as the store writes them: JSON text, with characters of one, two, three and four UTF-8 bytes.
const body = fc.jsonValue().map((v) => JSON.stringify({ v, s: 'Ærlig ŁÓDŹ Ψ 😀' }));

describe('log lines', () => {
  it('encodes into a buffer exactly the bytes of the string encoding, and decodes back', () => {
    fc.assert(fc.property(header, body, fc.nat(64), (h, b, offset) => {
      const expected = Buffer.from(encodeLine(h, b), 'utf8');
      const buffer = Buffer.alloc(offset + expected.length * 3 + 16, 0xff);
      const end = encodeLineInto(buffer, offset, h, b);
      expect(end).toBe(offset + expected.length);
      expect(buffer.subarray(offset, end)).toEqual(expected);
      expect(decodeLine(buffer.toString('utf8', offset, end! - 1))).toEqual({ header: h, body: b });
    }));
  });

  it('leaves the buffer alone and says so when the line might not fit', () => {
    const buffer = Buffer.alloc(40, 0);
    expect(encodeLineInto(buffer, 0, { c: 'cases', i: 'IMI-1', e: '"1"' }, '{"a":"long enough not to fit"}')).toBeUndefined();
    expect(buffer.every((b) => b === 0)).toBe(true);
  });

  it('rejects a line whose checksum does not match', () => {
    const line = encodeLine({ c: 'cases', i: 'IMI-1', e: '"1"' }, '{"a":1}').slice(0, -1);
    expect(decodeLine(line)).toBeDefined();
    expect(decodeLine(line.replace('"a":1', '"a":2'))).toBeUndefined();
  });
});
