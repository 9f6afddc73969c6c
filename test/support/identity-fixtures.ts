import type { RegisterPerson } from '../../src/domain/matching/index.js';
import { validAlert } from './alert-samples.js';
import type { IdentityValues } from './identity-scan.js';

/**
 * Professionals whose names carry the letters that leak in several spellings (æ, ø, å, ü, ñ, ł, é), each in
 * the register under the same identity (so screening finds a hit) and with a national identity number that
 * the alert carries as an extra field. Everything here is identity data: none of it may reach a channel or a log.
 */
export interface Person {
  readonly hprNumber: string;
  readonly nationalId: string;
  readonly familyName: string;
  readonly givenNames: string;
  readonly formerFamilyNames: readonly string[];
  readonly dateOfBirth: string;
  readonly placeOfBirth: string;
}

export const PEOPLE = [
  {
    hprNumber: '9144889', nationalId: '05037112345', familyName: 'Sæther-Ødegård', givenNames: 'Åse Kristin',
    formerFamilyNames: ['Løvås'], dateOfBirth: '1971-03-05', placeOfBirth: 'Tromsø',
  },
  {
    hprNumber: '7261035', nationalId: '23116854321', familyName: 'Müller', givenNames: 'Zoë Françoise',
    formerFamilyNames: ['Brénier'], dateOfBirth: '1968-11-23', placeOfBirth: 'Strasbourg',
  },
  {
    hprNumber: '8830417', nationalId: '17098299887', familyName: 'Núñez Łukasiewicz', givenNames: 'José María',
    formerFamilyNames: [], dateOfBirth: '1982-09-17', placeOfBirth: 'Kraków',
  },
] as const satisfies readonly Person[];

/** The person as the register holds them: same names and birth date, so screening finds a hit. */
export function registerPerson(p: Person): RegisterPerson {
  return {
    hprNumber: p.hprNumber, familyName: p.familyName, givenNames: p.givenNames, formerFamilyNames: [...p.formerFamilyNames], dateOfBirth: p.dateOfBirth,
    authorisations: [{ profession: 'doctor', status: 'active', validFrom: '1998-06-30', validUntil: null }],
  };
}

/** A valid `new` alert about the person (the national id travels as an unknown property, which is kept). */
export function alertAbout(p: Person, imiId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return validAlert({
    imiId,
    professional: {
      familyName: p.familyName, givenNames: p.givenNames, formerFamilyNames: [...p.formerFamilyNames], dateOfBirth: p.dateOfBirth,
      placeOfBirth: p.placeOfBirth, nationalities: ['NO'], nationalIdentityNumber: p.nationalId,
    },
    ...overrides,
  });
}

/** What the identity scan looks for: every name, birth date, HPR and national identity number above. */
export const IDENTITY_VALUES: IdentityValues = {
  names: PEOPLE.flatMap((p) => [p.familyName, p.givenNames, ...p.formerFamilyNames]),
  dates: PEOPLE.map((p) => p.dateOfBirth),
  numbers: PEOPLE.flatMap((p) => [p.hprNumber, p.nationalId]),
};

export const REGISTER: RegisterPerson[] = PEOPLE.map(registerPerson);
