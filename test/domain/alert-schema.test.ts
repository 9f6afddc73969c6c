import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseAlert } from '../../src/domain/alert-schema.js';
import { invalidSamples, validAlert } from '../support/alert-samples.js';

const schema = JSON.parse(readFileSync(new URL('../../../shared/spec/imi-alert.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const contract = ajv.compile(schema);

describe('alert schema agrees with spec/imi-alert.schema.json', () => {
  const valid = [
    validAlert(),
    validAlert({ event: 'withdrawal', type: 'falsified_diploma' }),
    validAlert({ sentAt: '2025-11-03T08:15:00Z', extra: { kept: true } }),
    validAlert({ professional: { familyName: 'Ó Súilleabháin', givenNames: 'Séan', dateOfBirth: '1980-01-31' } }),
    validAlert({ decision: { measure: 'suspension', decidedOn: '2024-02-29', validFrom: null } }),
  ];

  it.each(valid.map((v, i) => [i, v]))('accepts valid sample %i like the contract does', (_i, value) => {
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
