/** Alerts used across the tests: valid ones, and invalid ones with the paths their errors must name. */
export function validAlert(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    imiId: 'IMI-2025-000123',
    type: 'restriction',
    event: 'new',
    sentAt: '2025-11-03T09:15:00+01:00',
    sendingCountry: 'SE',
    sendingAuthority: 'Inspektionen för vård och omsorg',
    profession: 'doctor',
    professionalTitle: 'Läkare',
    professional: {
      familyName: 'Sæther',
      givenNames: 'Kari Marie',
      formerFamilyNames: ['Olsen'],
      dateOfBirth: '1971-03-05',
      placeOfBirth: 'Bergen',
      nationalities: ['NO'],
    },
    decision: {
      measure: 'prohibition',
      decidedOn: '2025-10-28',
      validFrom: '2025-10-28',
      validUntil: null,
      summary: 'Legitimationen återkallad.',
    },
    ...overrides,
  };
}

/**
 * A valid alert carrying unknown properties named `__proto__` (as own properties, the way JSON.parse makes
 * them) at the top, in `professional`, in `decision` and inside an unknown object.
 */
export function protoAlert(imiId: string): Record<string, unknown> {
  const a = validAlert({ imiId });
  const inner = (obj: unknown) => JSON.stringify(obj).slice(1, -1);
  return JSON.parse(`{"__proto__":{"polluted":1},${inner(a)},"extra":{"__proto__":{"deep":true}}}`
    .replace('"professional":{', '"professional":{"__proto__":"kept",')
    .replace('"decision":{', '"decision":{"__proto__":null,')) as Record<string, unknown>;
}

export interface ValidSample {
  readonly name: string;
  readonly value: unknown;
}

export interface InvalidSample {
  readonly name: string;
  readonly value: unknown;
  /** Paths the validator must name (at least these). */
  readonly paths: string[];
}

const base = validAlert();
const professional = base.professional as Record<string, unknown>;
const decision = base.decision as Record<string, unknown>;
const without = (obj: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
const withSentAt = (sentAt: string) => ({ ...base, sentAt });
const withBirth = (dateOfBirth: string) => ({ ...base, professional: { ...professional, dateOfBirth } });
const withDecision = (fields: Record<string, unknown>) => ({ ...base, decision: { ...decision, ...fields } });

/**
 * Valid alerts, each also accepted by the JSON Schema as ajv with ajv-formats (full mode) reads it. The
 * date-time and date edge cases follow RFC 3339 as ajv-formats implements it, quirks included.
 */
export const validSamples: ValidSample[] = [
  { name: 'the base alert', value: base },
  { name: 'a withdrawal of a falsified diploma alert', value: validAlert({ event: 'withdrawal', type: 'falsified_diploma' }) },
  { name: 'an unknown property', value: validAlert({ sentAt: '2025-11-03T08:15:00Z', extra: { kept: true } }) },
  { name: 'accented names, no optional fields', value: validAlert({ professional: { familyName: 'Ó Súilleabháin', givenNames: 'Séan', dateOfBirth: '1980-01-31' } }) },
  { name: 'validFrom null, 29 February of a leap year', value: validAlert({ decision: { measure: 'suspension', decidedOn: '2024-02-29', validFrom: null } }) },
  { name: 'sentAt with lower-case t and z', value: withSentAt('2026-11-20t10:00:00z') },
  { name: 'sentAt on a leap second', value: withSentAt('2016-12-31T23:59:60Z') },
  { name: 'sentAt on a leap second with a fraction', value: withSentAt('2016-12-31T23:59:60.5Z') },
  { name: 'sentAt on a leap second east of UTC', value: withSentAt('2017-01-01T00:59:60+01:00') },
  { name: 'sentAt on a leap second west of UTC, half-hour offset', value: withSentAt('2016-12-31T18:29:60-05:30') },
  { name: 'sentAt with a space for T', value: withSentAt('2026-11-20 10:00:00Z') },
  { name: 'sentAt with a tab for T (ajv-formats splits on any white space)', value: withSentAt('2026-11-20\t10:00:00Z') },
  { name: 'sentAt with an hour-only offset', value: withSentAt('2026-11-20T10:00:00+01') },
  { name: 'sentAt with an offset without colon', value: withSentAt('2026-11-20T10:00:00-0230') },
  { name: 'sentAt with offset -00:00', value: withSentAt('2026-11-20T10:00:00-00:00') },
  { name: 'sentAt with the largest offsets', value: withSentAt('2026-11-20T10:00:00+23:59') },
  { name: 'sentAt with nine fraction digits', value: withSentAt('2026-11-20T10:00:00.123456789Z') },
  { name: 'sentAt at the last moment of a day', value: withSentAt('2026-12-31T23:59:59.999+00:00') },
  { name: 'sentAt in year 0000 (a leap year)', value: withSentAt('0000-02-29T00:00:00Z') },
  { name: 'sentAt with hour 24 that ajv-formats reads as a leap-second minute', value: withSentAt('2026-11-20T24:59:00+01:00') },
  { name: 'dateOfBirth on 29 February 2000', value: withBirth('2000-02-29') },
  { name: 'dateOfBirth in year 0000', value: withBirth('0000-01-01') },
  { name: 'validUntil on 31 December', value: withDecision({ validUntil: '2026-12-31' }) },
  { name: 'validFrom on 30 April', value: withDecision({ validFrom: '2026-04-30' }) },
  { name: 'imiId of 40 emoji (80 UTF-16 units)', value: validAlert({ imiId: '😀'.repeat(40) }) },
  { name: 'imiId of 64 code points outside the BMP', value: validAlert({ imiId: '𝔸'.repeat(64) }) },
  { name: 'imiId of 64 lone surrogates (one code point each)', value: validAlert({ imiId: '\uD83D'.repeat(64) }) },
  { name: 'family name of one emoji', value: validAlert({ professional: { ...professional, familyName: '😀', givenNames: '\uDE00' } }) },
  { name: 'an unknown property named __proto__ at every level', value: protoAlert('IMI-2025-PROTO') },
  { name: 'no nationalities', value: validAlert({ professional: { ...professional, nationalities: [] } }) },
];

export const invalidSamples: InvalidSample[] = [
  { name: 'missing imiId', value: without(base, 'imiId'), paths: ['imiId'] },
  { name: 'empty imiId', value: { ...base, imiId: '' }, paths: ['imiId'] },
  { name: 'imiId too long', value: { ...base, imiId: 'X'.repeat(65) }, paths: ['imiId'] },
  { name: 'imiId of 65 emoji', value: { ...base, imiId: '😀'.repeat(65) }, paths: ['imiId'] },
  { name: 'imiId of 33 letters with combining accents (66 code points)', value: { ...base, imiId: 'e\u0301'.repeat(33) }, paths: ['imiId'] },
  { name: 'unknown type', value: { ...base, type: 'warning' }, paths: ['type'] },
  { name: 'unknown event', value: { ...base, event: 'delete' }, paths: ['event'] },
  { name: 'sentAt not a date-time', value: { ...base, sentAt: 'yesterday' }, paths: ['sentAt'] },
  { name: 'sentAt without seconds', value: withSentAt('2026-11-20T10:00Z'), paths: ['sentAt'] },
  { name: 'sentAt with offset +24:00', value: withSentAt('2026-11-20T10:00:00+24:00'), paths: ['sentAt'] },
  { name: 'sentAt with offset minutes 60', value: withSentAt('2026-11-20T10:00:00+01:60'), paths: ['sentAt'] },
  { name: 'sentAt with a three-digit offset', value: withSentAt('2026-11-20T10:00:00+013'), paths: ['sentAt'] },
  { name: 'sentAt with a dangling offset colon', value: withSentAt('2026-11-20T10:00:00+01:'), paths: ['sentAt'] },
  { name: 'sentAt without time zone', value: withSentAt('2026-11-20T10:00:00'), paths: ['sentAt'] },
  { name: 'sentAt with second 60 outside a leap-second minute', value: withSentAt('2026-11-20T10:00:60Z'), paths: ['sentAt'] },
  { name: 'sentAt with second 60 at 23:59 local but not UTC', value: withSentAt('2016-12-31T23:59:60+01:00'), paths: ['sentAt'] },
  { name: 'sentAt with second 61', value: withSentAt('2016-12-31T23:59:61Z'), paths: ['sentAt'] },
  { name: 'sentAt at 24:00', value: withSentAt('2026-11-20T24:00:00Z'), paths: ['sentAt'] },
  { name: 'sentAt with minute 60', value: withSentAt('2026-11-20T10:60:00Z'), paths: ['sentAt'] },
  { name: 'sentAt on 29 February of a common year', value: withSentAt('2026-02-29T10:00:00Z'), paths: ['sentAt'] },
  { name: 'sentAt with month 13', value: withSentAt('2026-13-01T10:00:00Z'), paths: ['sentAt'] },
  { name: 'sentAt with an empty fraction', value: withSentAt('2026-11-20T10:00:00.Z'), paths: ['sentAt'] },
  { name: 'sentAt with a comma fraction', value: withSentAt('2026-11-20T10:00:00,5Z'), paths: ['sentAt'] },
  { name: 'sentAt with two separators', value: withSentAt('2026-11-20T 10:00:00Z'), paths: ['sentAt'] },
  { name: 'sentAt with a trailing newline', value: withSentAt('2026-11-20T10:00:00Z\n'), paths: ['sentAt'] },
  { name: 'sentAt with a six-digit year', value: withSentAt('+002026-11-20T10:00:00Z'), paths: ['sentAt'] },
  { name: 'sentAt with a one-digit hour', value: withSentAt('2026-11-20T9:00:00Z'), paths: ['sentAt'] },
  { name: 'sentAt with non-ASCII digits', value: withSentAt('2026-11-2\u0660T10:00:00Z'), paths: ['sentAt'] },
  { name: 'sentAt as a date only', value: withSentAt('2026-11-20'), paths: ['sentAt'] },
  { name: 'sentAt as a number', value: { ...base, sentAt: 1795168800000 }, paths: ['sentAt'] },
  { name: 'lower-case country', value: { ...base, sendingCountry: 'se' }, paths: ['sendingCountry'] },
  { name: 'missing family name', value: { ...base, professional: without(professional, 'familyName') }, paths: ['professional.familyName'] },
  { name: 'empty given names', value: { ...base, professional: { ...professional, givenNames: '' } }, paths: ['professional.givenNames'] },
  { name: 'impossible birth date', value: { ...base, professional: { ...professional, dateOfBirth: '1971-02-30' } }, paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth on 29 February 1900', value: withBirth('1900-02-29'), paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth on 31 April', value: withBirth('1971-04-31'), paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth with month 00', value: withBirth('1971-00-05'), paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth with day 00', value: withBirth('1971-03-00'), paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth without leading zeros', value: withBirth('1971-3-5'), paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth without hyphens', value: withBirth('19710305'), paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth with a time', value: withBirth('1971-03-05T00:00:00Z'), paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth with a trailing newline', value: withBirth('1971-03-05\n'), paths: ['professional.dateOfBirth'] },
  { name: 'dateOfBirth with non-ASCII digits', value: withBirth('1971-03-0\u0665'), paths: ['professional.dateOfBirth'] },
  { name: 'decidedOn on 29 February of a common year', value: withDecision({ decidedOn: '2025-02-29' }), paths: ['decision.decidedOn'] },
  { name: 'validFrom as a date-time', value: withDecision({ validFrom: '2025-10-28T00:00:00Z' }), paths: ['decision.validFrom'] },
  { name: 'sendingCountry with a trailing newline', value: { ...base, sendingCountry: 'SE\n' }, paths: ['sendingCountry'] },
  { name: 'sendingCountry with a non-ASCII capital', value: { ...base, sendingCountry: 'ÅS' }, paths: ['sendingCountry'] },
  { name: 'bad nationality', value: { ...base, professional: { ...professional, nationalities: ['NO', 'swe'] } }, paths: ['professional.nationalities.1'] },
  { name: 'missing decision', value: without(base, 'decision'), paths: ['decision'] },
  { name: 'unknown measure', value: { ...base, decision: { ...decision, measure: 'fine' } }, paths: ['decision.measure'] },
  { name: 'validUntil not a date', value: { ...base, decision: { ...decision, validUntil: 'forever' } }, paths: ['decision.validUntil'] },
  { name: 'profession not a string', value: { ...base, profession: 7 }, paths: ['profession'] },
  { name: 'two problems at once', value: { ...base, sendingCountry: 'Sweden', professional: without(professional, 'dateOfBirth') }, paths: ['sendingCountry', 'professional.dateOfBirth'] },
  { name: 'not an object', value: 'an alert', paths: ['(root)'] },
];
