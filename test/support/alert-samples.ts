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

export const invalidSamples: InvalidSample[] = [
  { name: 'missing imiId', value: without(base, 'imiId'), paths: ['imiId'] },
  { name: 'empty imiId', value: { ...base, imiId: '' }, paths: ['imiId'] },
  { name: 'imiId too long', value: { ...base, imiId: 'X'.repeat(65) }, paths: ['imiId'] },
  { name: 'unknown type', value: { ...base, type: 'warning' }, paths: ['type'] },
  { name: 'unknown event', value: { ...base, event: 'delete' }, paths: ['event'] },
  { name: 'sentAt not a date-time', value: { ...base, sentAt: 'yesterday' }, paths: ['sentAt'] },
  { name: 'lower-case country', value: { ...base, sendingCountry: 'se' }, paths: ['sendingCountry'] },
  { name: 'missing family name', value: { ...base, professional: without(professional, 'familyName') }, paths: ['professional.familyName'] },
  { name: 'empty given names', value: { ...base, professional: { ...professional, givenNames: '' } }, paths: ['professional.givenNames'] },
  { name: 'impossible birth date', value: { ...base, professional: { ...professional, dateOfBirth: '1971-02-30' } }, paths: ['professional.dateOfBirth'] },
  { name: 'bad nationality', value: { ...base, professional: { ...professional, nationalities: ['NO', 'swe'] } }, paths: ['professional.nationalities.1'] },
  { name: 'missing decision', value: without(base, 'decision'), paths: ['decision'] },
  { name: 'unknown measure', value: { ...base, decision: { ...decision, measure: 'fine' } }, paths: ['decision.measure'] },
  { name: 'validUntil not a date', value: { ...base, decision: { ...decision, validUntil: 'forever' } }, paths: ['decision.validUntil'] },
  { name: 'profession not a string', value: { ...base, profession: 7 }, paths: ['profession'] },
  { name: 'two problems at once', value: { ...base, sendingCountry: 'Sweden', professional: without(professional, 'dateOfBirth') }, paths: ['sendingCountry', 'professional.dateOfBirth'] },
  { name: 'not an object', value: 'an alert', paths: ['(root)'] },
];
