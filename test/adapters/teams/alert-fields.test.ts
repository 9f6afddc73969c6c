import { describe, expect, it } from 'vitest';
import { changedFieldsText } from '../../../src/adapters/teams/alert-fields.js';

describe('changed fields on the card', () => {
  it.each([
    [['event', 'sentAt', 'decision.validUntil'], 'gyldig til', 'valid until'],
    [['professional.formerFamilyNames.0', 'professional.formerFamilyNames.1'], 'tidligere etternavn', 'former family names'],
    [['professional.nationalIdentityNumber', 'professional.dateOfBirth'], 'andre personopplysninger, fødselsdato', 'other personal details, date of birth'],
    [['decision.extra.deep', 'caseHandler'], 'andre opplysninger om vedtaket, andre felt', 'other details of the decision, other fields'],
    [['event', 'sentAt'], 'ingen endring i innholdet', 'no change in content'],
  ])('%j reads "%s" / "%s"', (paths, nb, en) => {
    expect(changedFieldsText(paths, 'nb')).toBe(nb);
    expect(changedFieldsText(paths, 'en')).toBe(en);
  });
});
