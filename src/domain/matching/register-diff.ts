import { InMemoryRegisterIndex } from './register-index.js';
import type { Authorisation, RegisterDiff, RegisterIndex, RegisterPerson } from './types.js';

function sameAuthorisation(a: Authorisation, b: Authorisation): boolean {
  return a.profession === b.profession && a.status === b.status && a.validFrom === b.validFrom && a.validUntil === b.validUntil;
}

/** Field-by-field equality; authorisations count too, since a card shows them beside the candidate. */
export function samePerson(a: RegisterPerson, b: RegisterPerson): boolean {
  return (
    a.hprNumber === b.hprNumber && a.familyName === b.familyName && a.givenNames === b.givenNames &&
    a.dateOfBirth === b.dateOfBirth &&
    a.formerFamilyNames.length === b.formerFamilyNames.length && a.formerFamilyNames.every((f, i) => f === b.formerFamilyNames[i]) &&
    a.authorisations.length === b.authorisations.length &&
    a.authorisations.every((x, i) => { const y = b.authorisations[i]; return y !== undefined && sameAuthorisation(x, y); })
  );
}

function rows(index: RegisterIndex): Iterable<RegisterPerson> {
  if (index instanceof InMemoryRegisterIndex) return index.all();
  throw new TypeError('diffRegister needs indexes built by buildRegisterIndex');
}

/**
 * What a new snapshot changes, compared by hprNumber: new rows, rows with any field changed, and hprNumbers
 * that disappeared (reported so that nobody is silently forgotten).
 */
export function diffRegister(previous: RegisterIndex, next: RegisterIndex): RegisterDiff {
  const added: RegisterPerson[] = [];
  const changed: RegisterPerson[] = [];
  for (const person of rows(next)) {
    const before = previous.person(person.hprNumber);
    if (!before) added.push(person);
    else if (!samePerson(before, person)) changed.push(person);
  }
  const removed: string[] = [];
  for (const person of rows(previous)) if (!next.person(person.hprNumber)) removed.push(person.hprNumber);
  return { added, changed, removed };
}
