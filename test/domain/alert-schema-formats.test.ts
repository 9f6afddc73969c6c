import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAlert } from '../../src/domain/alert-schema.js';
import { validAlert } from '../support/alert-samples.js';

/**
 * The shared samples pin the known edge cases; these properties look for the ones nobody thought of. Strings
 * are built from near-miss pieces (out-of-range fields, odd separators and offsets) so that both the accepted
 * and the rejected side are well covered, and each is judged by ajv with ajv-formats and by our validator.
 */
const schema = JSON.parse(readFileSync(new URL('../../../shared/spec/imi-alert.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const contract = ajv.compile(schema);

const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const year = fc.oneof(digits(4, 9999), fc.constantFrom('2000', '1900', '2016', '0000', '2024', '202', '20261'));
const date = fc.tuple(year, digits(2, 13), digits(2, 32)).map(([y, m, d]) => `${y}-${m}-${d}`);
const offset = fc.oneof(
  fc.constantFrom('Z', 'z', '', 'Zz', '+', '+1'),
  fc.tuple(fc.constantFrom('+', '-'), digits(2, 25), fc.constantFrom(':', '', '::'), fc.oneof(digits(2, 61), fc.constant(''))).map((p) => p.join('')),
);
const seconds = fc.tuple(digits(2, 61), fc.constantFrom('', '.5', '.', '.000001', ',5')).map((p) => p.join(''));
const time = fc.tuple(digits(2, 48), digits(2, 61), seconds, offset).map(([h, m, s, z]) => `${h}:${m}:${s}${z}`);
const separator = fc.constantFrom('T', 't', ' ', '\t', '\n', '_', 'TT', '');
const dateTime = fc.oneof(
  fc.tuple(date, separator, time).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('2016-12-31', '2017-01-01', '2016-06-30'), separator, time).map((p) => p.join('')),
);

const agree = (value: Record<string, unknown>) => {
  expect(parseAlert(value).ok, JSON.stringify(value)).toBe(contract(value));
};

describe('formats agree with ajv-formats (full mode) for all generated strings', () => {
  it('date-time (sentAt)', () => {
    fc.assert(fc.property(dateTime, (sentAt) => agree(validAlert({ sentAt }))), { numRuns: 3000 });
  });

  it('date (dateOfBirth, validUntil)', () => {
    fc.assert(fc.property(fc.oneof(date, fc.string({ maxLength: 12 })), (d) => {
      agree(validAlert({ professional: { familyName: 'A', givenNames: 'B', dateOfBirth: d } }));
      agree(validAlert({ decision: { measure: 'restriction', decidedOn: '2025-01-01', validUntil: d } }));
    }), { numRuns: 2000 });
  });

  it('every accepted sentAt is stored in a spelling Date.parse reads', () => {
    fc.assert(fc.property(dateTime, (sentAt) => {
      const parsed = parseAlert(validAlert({ sentAt }));
      if (parsed.ok) expect(Number.isFinite(Date.parse(parsed.alert.sentAt)), `${sentAt} -> ${parsed.alert.sentAt}`).toBe(true);
    }), { numRuns: 3000 });
  });
});

describe('string lengths count code points, as JSON Schema does', () => {
  const unit = fc.constantFrom('a', 'é', 'e\u0301', '😀', '\uD83D', '\uDE00', '𝔸');
  const text = (min: number, max: number) => fc.array(unit, { minLength: min, maxLength: max }).map((a) => a.join(''));

  it('imiId (1 to 64)', () => {
    fc.assert(fc.property(fc.oneof(text(0, 3), text(40, 70)), (imiId) => agree(validAlert({ imiId }))), { numRuns: 2000 });
  });

  it('familyName and givenNames (at least 1)', () => {
    fc.assert(fc.property(text(0, 3), text(0, 3), (familyName, givenNames) => {
      agree(validAlert({ professional: { familyName, givenNames, dateOfBirth: '1970-01-01' } }));
    }), { numRuns: 500 });
  });
});
