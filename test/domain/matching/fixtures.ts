import { makeRegister } from '../../eval/generator/people.js';
import { Rng } from '../../eval/generator/rng.js';
import type { RegisterPerson } from '../../../src/domain/matching/index.js';

export function person(hprNumber: string, familyName: string, givenNames: string, dateOfBirth: string, formerFamilyNames: string[] = []): RegisterPerson {
  return { hprNumber, familyName, givenNames, formerFamilyNames, dateOfBirth, authorisations: [{ profession: 'doctor', status: 'active', validFrom: null, validUntil: null }] };
}

/** A small register with the hard cases side by side: twins, namesakes, a married name. */
export const REGISTER: RegisterPerson[] = [
  person('1', 'Sæther', 'Kari Marie', '1971-03-05', ['Olsen']),
  person('2', 'Sæther', 'Ola', '1971-03-05'),
  person('3', 'Kowalska', 'Anna', '1980-11-02'),
  person('4', 'Papadopoulos', 'Georgios', '1975-07-21'),
  person('5', 'García López', 'María José', '1968-12-30'),
  person('6', 'Kazlauskienė', 'Rasa', '1983-09-14'),
  person('7', 'Nováková', 'Jana', '1990-01-22'),
  person('8', 'Müller', 'Jürgen', '1962-04-17'),
];

let background: RegisterPerson[] | undefined;

/**
 * 20,000 generated people (test/eval/generator: real name frequencies, so Hansens and Annes are common) with
 * hprNumbers from 1000001 up: screening's evidence depends on how common names and birth dates are, which a
 * register of eight cannot show.
 */
export function backgroundRegister(): RegisterPerson[] {
  background ??= makeRegister(new Rng(20251124), 20_000).map((p) => p.person);
  return background;
}
