/**
 * A synthetic register and demo alerts for `npm start`: invented people only, deterministic, so a newcomer
 * sees the same demo every time. Not a test data set (the evaluation generator in test/eval is).
 */
const FAMILY = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Lund', 'Sørensen', 'Bakken', 'Solberg', 'Strand', 'Moen', 'Svendsen', 'Sæther'];
const GIVEN = ['Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg', 'Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Hans', 'Nora', 'Emma', 'Jakob', 'Emil', 'Lukas'];
const PROFESSIONS = ['doctor', 'nurse', 'dentist', 'pharmacist', 'midwife', 'physiotherapist', 'psychologist'];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface DemoPerson {
  hprNumber: string; familyName: string; givenNames: string; formerFamilyNames: string[]; dateOfBirth: string;
  authorisations: { profession: string; status: 'active' | 'suspended' | 'revoked' | 'expired'; validFrom: string; validUntil: null }[];
}

/** People the demo alerts are about, so some alerts hit. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { hprNumber: '9144889', familyName: 'Sæther', givenNames: 'Kari Marie', formerFamilyNames: ['Olsen'], dateOfBirth: '1971-03-05', authorisations: [{ profession: 'doctor', status: 'active', validFrom: '1998-06-30', validUntil: null }] },
  { hprNumber: '7257868', familyName: 'Kowalski', givenNames: 'Piotr Jan', formerFamilyNames: [], dateOfBirth: '1979-11-04', authorisations: [{ profession: 'dentist', status: 'active', validFrom: '2008-02-01', validUntil: null }] },
  { hprNumber: '6123450', familyName: 'Papadopoulou', givenNames: 'Eleni', formerFamilyNames: [], dateOfBirth: '1985-07-12', authorisations: [{ profession: 'nurse', status: 'active', validFrom: '2012-09-01', validUntil: null }] },
];

export function demoRegister(size: number): DemoPerson[] {
  const rnd = prng(20261124);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const people: DemoPerson[] = [...DEMO_PEOPLE];
  for (let i = 0; people.length < size; i++) {
    const year = 1950 + Math.floor(rnd() * 50);
    const dob = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    people.push({
      hprNumber: String(1000000 + i * 7),
      familyName: pick(FAMILY), givenNames: rnd() < 0.3 ? `${pick(GIVEN)} ${pick(GIVEN)}` : pick(GIVEN), formerFamilyNames: [], dateOfBirth: dob,
      authorisations: [{ profession: pick(PROFESSIONS), status: rnd() < 0.95 ? 'active' : 'revoked', validFrom: `${year + 26}-06-30`, validUntil: null }],
    });
  }
  return people;
}

/** Alerts for the demo: hits, a possible match, no-hits and a falsified diploma, dated `now`. */
export function demoAlerts(now: Date): object[] {
  const sentAt = now.toISOString();
  const base = (imiId: string, country: string, profession: string, professional: object, type = 'restriction', measure = 'prohibition') => ({
    imiId, type, event: 'new', sentAt, sendingCountry: country, profession, professional,
    decision: { measure, decidedOn: sentAt.slice(0, 10), validFrom: sentAt.slice(0, 10), validUntil: null, summary: 'Demo: right to practise withdrawn.' },
  });
  return [
    base('IMI-DEMO-0001', 'SE', 'doctor', { familyName: 'SAETHER', givenNames: 'Kari', dateOfBirth: '1971-03-05' }),
    base('IMI-DEMO-0002', 'PL', 'dentist', { familyName: 'Kowalski', givenNames: 'Piotr', dateOfBirth: '1979-04-11' }, 'restriction', 'suspension'),
    base('IMI-DEMO-0003', 'GR', 'nurse', { familyName: 'Papadopoulos', givenNames: 'Eleni', dateOfBirth: '1985-07-12' }, 'falsified_diploma', 'falsified_diploma_finding'),
    base('IMI-DEMO-0004', 'DE', 'doctor', { familyName: 'Zimmermann', givenNames: 'Jürgen', dateOfBirth: '1966-02-20' }),
    base('IMI-DEMO-0005', 'FR', 'nurse', { familyName: 'Lefèvre', givenNames: 'Camille', dateOfBirth: '1990-10-01' }, 'restriction', 'restriction'),
  ];
}
