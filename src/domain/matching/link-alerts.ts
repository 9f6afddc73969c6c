import { InMemoryRegisterIndex } from './register-index.js';
import type { AlertIdentity } from './types.js';

/**
 * Groups of alert ids that name the same person (alerted twice, by two countries, as doctor and as specialist),
 * so an officer sees them together. Alerts are linked only on hit-grade evidence (birth date equal, both names
 * equal or a recognised variant): a `possible` between two alerts is two people as often as one. Groups of one
 * are left out; each group and the list are sorted for stable output.
 */
export function linkSamePerson(alerts: Iterable<{ id: string; identity: AlertIdentity }>): string[][] {
  const list = [...alerts];
  const asPersons = list.map((a) => ({
    hprNumber: a.id,
    familyName: a.identity.familyName,
    givenNames: a.identity.givenNames,
    formerFamilyNames: a.identity.formerFamilyNames ?? [],
    dateOfBirth: a.identity.dateOfBirth,
    authorisations: [],
  }));
  const index = new InMemoryRegisterIndex(asPersons);
  const parent = new Map<string, string>(list.map((a) => [a.id, a.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(id, r);
    return r;
  };
  for (const alert of list) {
    for (const other of index.strongMatches(alert.identity)) {
      const [a, b] = [root(alert.id), root(other)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const alert of list) {
    const r = root(alert.id);
    const group = groups.get(r) ?? [];
    if (!group.includes(alert.id)) group.push(alert.id);
    groups.set(r, group);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort()).sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? ''));
}
