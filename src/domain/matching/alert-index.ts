import { parseBirthDate, relatedDates } from './birth-date.js';
import { InMemoryRegisterIndex } from './register-index.js';
import type { AlertIdentity, RegisterIndex, RegisterPerson, ScreeningResult } from './types.js';

interface IndexedAlert { id: string; identity: AlertIdentity }

/** The alerts kept for re-screening, by birth date; opaque to callers. */
export class AlertIndex {
  /** @internal */ readonly byDate = new Map<number, IndexedAlert[]>();
  /** @internal */ readonly undated: IndexedAlert[] = [];

  constructor(alerts: Iterable<IndexedAlert>) {
    for (const alert of alerts) {
      const date = parseBirthDate(alert.identity.dateOfBirth);
      if (date < 0) { this.undated.push(alert); continue; }
      const bucket = this.byDate.get(date);
      if (bucket) bucket.push(alert);
      else this.byDate.set(date, [alert]);
    }
  }
}

export function buildAlertIndex(alerts: Iterable<{ id: string; identity: AlertIdentity }>): AlertIndex {
  return new AlertIndex(alerts);
}

/**
 * Which indexed alerts the new/changed rows may now match; returns those alerts' full new screening result
 * against `register` (already the new index). Pass the previous versions of changed rows and the removed rows
 * as `former` so that alerts which matched them before are re-screened too (their candidate may be gone).
 * Only alerts whose birth date relates to a changed row's are compared, and only against the changed rows,
 * before the few that match are screened in full.
 */
export function rescreenChanged(
  register: RegisterIndex,
  alerts: AlertIndex,
  changed: readonly RegisterPerson[],
  former: readonly RegisterPerson[] = [],
): Map<string, ScreeningResult> {
  const rows = [...changed, ...former];
  const results = new Map<string, ScreeningResult>();
  if (rows.length === 0) return results;
  const small = new InMemoryRegisterIndex(rows.map((r, i) => ({ ...r, hprNumber: `${i}:${r.hprNumber}` })));
  const nearby = new Set<IndexedAlert>();
  for (const row of rows) {
    for (const date of relatedDates(parseBirthDate(row.dateOfBirth))) for (const a of alerts.byDate.get(date) ?? []) nearby.add(a);
  }
  for (const alert of nearby) {
    if (results.has(alert.id) || small.screen(alert.identity).outcome === 'no_hit') continue;
    results.set(alert.id, register.screen(alert.identity));
  }
  return results;
}
