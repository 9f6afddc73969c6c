import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseAlert } from '../../src/domain/alert-schema.js';
import { invalidSamples, protoAlert, validAlert, validSamples } from '../support/alert-samples.js';

const schema = JSON.parse(readFileSync(new URL('../../../shared/spec/imi-alert.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const contract = ajv.compile(schema);

describe('alert schema agrees with spec/imi-alert.schema.json', () => {
  it.each(validSamples.map((s) => [s.name, s.value]))('accepts %s like the contract does', (_n, value) => {
    expect(contract(value)).toBe(true);
    expect(parseAlert(value).ok).toBe(true);
  });

  it.each(invalidSamples.map((s) => [s.name, s]))('rejects %s like the contract does, naming the field', (_n, sample) => {
    expect(contract(sample.value)).toBe(false);
    const parsed = parseAlert(sample.value);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.errors.map((e) => e.path);
    for (const p of sample.paths) expect(paths).toContain(p);
  });

  it('names a missing field by its own path with the message "required"', () => {
    const parsed = parseAlert(invalidSamples.find((s) => s.name === 'missing family name')!.value);
    expect(parsed).toEqual({ ok: false, errors: [{ path: 'professional.familyName', message: 'required' }] });
  });

  it('keeps unknown properties at every level', () => {
    const parsed = parseAlert(validAlert({ extra: 1, professional: { ...(validAlert().professional as object), note: 'x' } }));
    expect(parsed.ok && parsed.alert).toMatchObject({ extra: 1, professional: { note: 'x' } });
  });
});

describe('an unknown property named __proto__', () => {
  const own = (o: unknown, key: string) => Object.prototype.hasOwnProperty.call(o, key);

  it('is kept as an own property at every level, and sets no prototype', () => {
    const parsed = parseAlert(protoAlert('IMI-P'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const a = parsed.alert as unknown as Record<string, unknown> & { professional: object; decision: object; extra: object };
    expect([own(a, '__proto__'), own(a.professional, '__proto__'), own(a.decision, '__proto__'), own(a.extra, '__proto__')]).toEqual([true, true, true, true]);
    expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(protoAlert('IMI-P'))));
    expect(JSON.stringify(a)).toContain('"__proto__":{"polluted":1}');
    expect([a, a.professional, a.decision, a.extra].map(Object.getPrototypeOf)).toEqual([Object.prototype, Object.prototype, Object.prototype, Object.prototype]);
    expect(a.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('sentAt as an instant', () => {
  // Where cases compare sentAt (Date.parse in case-events), every spelling the contract allows must read as
  // the instant it names. A leap second reads as the last millisecond of its minute: Date cannot hold second 60.
  const instants: [string, string, string][] = [
    ['2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z', '2026-11-20T10:00:00.000Z'],
    ['2025-11-03T09:15:00+01:00', '2025-11-03T09:15:00+01:00', '2025-11-03T08:15:00.000Z'],
    ['2026-11-20t10:00:00z', '2026-11-20T10:00:00Z', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20 10:00:00Z', '2026-11-20T10:00:00Z', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20\t10:00:00.5z', '2026-11-20T10:00:00.5Z', '2026-11-20T10:00:00.500Z'],
    ['2026-11-20T10:00:00+01', '2026-11-20T10:00:00+01:00', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20T10:00:00-0230', '2026-11-20T10:00:00-02:30', '2026-11-20T12:30:00.000Z'],
    ['2026-11-20T10:00:00.123456789Z', '2026-11-20T10:00:00.123456789Z', '2026-11-20T10:00:00.123Z'],
    ['2016-12-31T23:59:60Z', '2016-12-31T23:59:59.999Z', '2016-12-31T23:59:59.999Z'],
    ['2016-12-31T23:59:60.5Z', '2016-12-31T23:59:59.999Z', '2016-12-31T23:59:59.999Z'],
    ['2017-01-01T00:59:60+01:00', '2016-12-31T23:59:59.999Z', '2016-12-31T23:59:59.999Z'],
    ['2016-12-31T18:29:60-05:30', '2016-12-31T23:59:59.999Z', '2016-12-31T23:59:59.999Z'],
    ['2026-11-20T24:59:00+01:00', '2026-11-20T23:59:00.000Z', '2026-11-20T23:59:00.000Z'],
  ];

  it.each(instants)('stores %j as %j, which Date.parse reads as %s', (sent, stored, instant) => {
    const parsed = parseAlert(validAlert({ sentAt: sent }));
    expect(parsed.ok && parsed.alert.sentAt).toBe(stored);
    expect(new Date(Date.parse(stored)).toISOString()).toBe(instant);
  });
});
