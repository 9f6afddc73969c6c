import type { EvalAlert } from './build-set.js';

const COUNTRIES = ['SE', 'DK', 'DE', 'PL', 'LT', 'LV', 'CZ', 'HU', 'RO', 'GR', 'ES', 'PT', 'IT', 'NL', 'FI'];

/** An evaluation alert as a full IMI alert document (spec/imi-alert.schema.json), for the batch command. */
export function toAlertJson(alert: EvalAlert, n: number): object {
  const { identity } = alert;
  return {
    imiId: alert.imiId,
    type: n % 10 === 0 ? 'falsified_diploma' : 'restriction',
    event: 'new',
    sentAt: '2025-10-01T09:00:00Z',
    sendingCountry: COUNTRIES[n % COUNTRIES.length],
    profession: 'doctor',
    professional: {
      familyName: identity.familyName,
      givenNames: identity.givenNames,
      ...(identity.formerFamilyNames?.length ? { formerFamilyNames: identity.formerFamilyNames } : {}),
      dateOfBirth: identity.dateOfBirth,
    },
    decision: { measure: n % 10 === 0 ? 'falsified_diploma_finding' : 'suspension', decidedOn: '2025-09-15', validFrom: '2025-09-15', validUntil: null },
  };
}
