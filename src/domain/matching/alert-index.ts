import { parseBirthDate, relatedDates } from './birth-date.js';
import { foldTokens, withJoined } from './fold.js';
import type { PreparedAlert } from './prepared-alert.js';
import { InMemoryRegisterIndex } from './register-index.js';
import { alertTokenKeys, registerTokenKeys } from './token-keys.js';
import type { AlertIdentity, RegisterIndex, RegisterPerson, ScreeningResult } from './types.js';

interface IndexedAlert { id: string; identity: AlertIdentity; date: number; initial: boolean }

/**
 * The active alerts kept for re-screening, opaque to callers: by birth date, by the keys of their name tokens
 * (token-keys.ts), and, per register index they were screened against, prepared for comparison. Build it once
 * when the alerts change and reuse it for every register change.
 */
export class AlertIndex {
  /** @internal */ readonly alerts: IndexedAlert[] = [];
  /** @internal */ readonly byDate = new Map<number, number[]>();
  /** @internal */ readonly byKey = new Map<string, number[]>();
  private readonly prepared = new WeakMap<InMemoryRegisterIndex, Map<number, PreparedAlert>>();

  constructor(alerts: Iterable<{ id: string; identity: AlertIdentity }>) {
    const keysOf = new Map<string, string[]>();
    const tokenKeys = (token: string): string[] => {
      let keys = keysOf.get(token);
      if (!keys) keysOf.set(token, (keys = alertTokenKeys(token)));
      return keys;
    };
    for (const { id, identity } of alerts) {
      const index = this.alerts.length;
      const date = parseBirthDate(identity.dateOfBirth);
      // Family and given names also without separators (de Vries as devries), as screening compares them.
      const tokens = [
        ...[identity.familyName, identity.givenNames].flatMap((text) => withJoined(foldTokens(text))),
        ...(identity.formerFamilyNames ?? []).flatMap(foldTokens),
      ];
      this.alerts.push({ id, identity, date, initial: tokens.some((t) => t.length === 1) });
      // An alert without a valid birth date relates to no register row at all, so it is never re-screened.
      if (date < 0) continue;
      push(this.byDate, date, index);
      const keys = new Set(tokens.flatMap(tokenKeys));
      for (const key of keys) push(this.byKey, key, index);
    }
  }

  get size(): number {
    return this.alerts.length;
  }

  /** @internal The alert prepared against `register`, kept for the next register change against the same index. */
  preparedFor(register: InMemoryRegisterIndex, index: number): PreparedAlert {
    let cache = this.prepared.get(register);
    if (!cache) this.prepared.set(register, (cache = new Map()));
    let alert = cache.get(index);
    if (!alert) cache.set(index, (alert = register.prepare(this.alerts[index]?.identity as AlertIdentity)));
    return alert;
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildAlertIndex(alerts: Iterable<{ id: string; identity: AlertIdentity }>): AlertIndex {
  return new AlertIndex(alerts);
}

/**
 * Alerts that a register row may concern: a birth date in an accepted relation, some name token that may relate
 * to one of the row's family (or former) names, whole or without separators, and one that may relate to one of its
 * given names. A superset of
 * the alerts for which the row is a candidate; `spellings` gives every folded spelling of a token.
 */
function alertsNear(alerts: AlertIndex, row: RegisterPerson, spellings: (folded: string) => string[], marks: Uint8Array): number[] {
  const touched: number[] = [];
  const mark = (i: number, from: number, to: number): void => {
    if (marks[i] !== from) return;
    if (from === 0) touched.push(i);
    marks[i] = to;
  };
  for (const date of relatedDates(parseBirthDate(row.dateOfBirth))) for (const i of alerts.byDate.get(date) ?? []) mark(i, 0, 1);
  const keysOf = (text: string): string[] => withJoined(foldTokens(text)).flatMap((t) => registerTokenKeys(spellings(t)));
  for (const key of new Set([row.familyName, ...row.formerFamilyNames].flatMap(keysOf))) for (const i of alerts.byKey.get(key) ?? []) mark(i, 1, 2);
  const given = foldTokens(row.givenNames);
  const near: number[] = [];
  if (given.length > 0) {
    // An initial on either side is compared by its letter, which no key covers.
    for (const i of touched) if (marks[i] === 2 && ((given[0]?.length ?? 0) === 1 || alerts.alerts[i]?.initial)) marks[i] = 3;
    // Any given name, not only the first: an alert may name the person by a later one (Olav for Morten Olav).
    for (const key of new Set(given.flatMap((t) => registerTokenKeys(spellings(t))))) for (const i of alerts.byKey.get(key) ?? []) mark(i, 2, 3);
  }
  for (const i of touched) {
    if (marks[i] === 3) near.push(i);
    marks[i] = 0;
  }
  return near;
}

/**
 * Incremental re-screening, for the job that runs when a new register snapshot arrives.
 *
 * Contract: `register` is the new index (buildRegisterIndex of the new snapshot); `changed` are its rows that are
 * new or changed (diffRegister's added and changed); `former` are the rows as they were before (the previous
 * versions of changed rows and the removed rows), so that alerts which matched them are looked at again too.
 * Returns the full new screening result of every alert that any of these rows is (or, for `former`, may have
 * been) a candidate for, keyed by alert id; alerts missing from the map keep their result. Results of alerts
 * the rows do not touch can still drift a little as name frequencies change, which a periodic full re-screen
 * settles. Pure: it reads its arguments and changes nothing but the index's cache of prepared alerts.
 */
export function rescreenChanged(
  register: RegisterIndex,
  alerts: AlertIndex,
  changed: readonly RegisterPerson[],
  former: readonly RegisterPerson[] = [],
): Map<string, ScreeningResult> {
  const results = new Map<string, ScreeningResult>();
  const inMemory = register instanceof InMemoryRegisterIndex ? register : undefined;
  const spellings = (folded: string): string[] => [folded, ...(inMemory?.spellings(folded) ?? [])];
  const marks = new Uint8Array(alerts.size);
  const rowsFor = new Map<number, RegisterPerson[]>();
  const forced = new Set<number>();
  for (const row of changed) for (const i of alertsNear(alerts, row, spellings, marks)) push2(rowsFor, i, row);
  for (const row of former) for (const i of alertsNear(alerts, row, spellings, marks)) forced.add(i);
  for (const i of new Set([...rowsFor.keys(), ...forced])) {
    const alert = alerts.alerts[i];
    if (!alert || results.has(alert.id)) continue;
    if (!inMemory) {
      results.set(alert.id, register.screen(alert.identity));
      continue;
    }
    const prepared = alerts.preparedFor(inMemory, i);
    // A changed row confirms the alert when the comparison screening makes accepts it (or it is not in the index).
    const concerned = forced.has(i) || (rowsFor.get(i) ?? []).some((row) => inMemory.isCandidate(prepared, row.hprNumber) !== false);
    if (concerned) results.set(alert.id, inMemory.screenPrepared(alert.identity, prepared));
  }
  return results;
}

function push2(map: Map<number, RegisterPerson[]>, key: number, row: RegisterPerson): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}
