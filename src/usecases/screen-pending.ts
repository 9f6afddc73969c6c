import type { Alert } from '../domain/alert-schema.js';
import { applyScreening } from '../domain/case-events.js';
import type { AlertIdentity, ScreeningResult } from '../domain/matching/index.js';
import type { WriterDeps } from './case-writer.js';
import { mutateCase } from './case-writer.js';
import type { Clock, Screener } from './ports.js';

export interface ScreenDeps extends WriterDeps {
  readonly clock: Clock;
  readonly screener: () => Screener;
  /** Told about a case that could not be screened; it stays unscreened and is tried again on the next run. */
  readonly onError?: (imiId: string, error: unknown) => void;
}

export function identityOf(alert: Alert): AlertIdentity {
  const p = alert.professional;
  return {
    familyName: p.familyName, givenNames: p.givenNames, formerFamilyNames: p.formerFamilyNames ?? [], dateOfBirth: p.dateOfBirth,
    countries: [alert.sendingCountry, ...(p.nationalities ?? [])],
  };
}

/**
 * Screens every stored case that has no screening yet (new alerts, and those whose identity an IMI update
 * changed), in batches of `batch`, and records each outcome with its journal entry and card messages.
 * One case that fails (a bug, a store error) does not hold up the others: it is reported through `onError`,
 * left unscreened for the next run, and skipped for the rest of this one. Returns how many were screened.
 * Safe to run on several instances: each write is conditional.
 */
export async function screenPending(deps: ScreenDeps, batch = 200): Promise<number> {
  let total = 0;
  const failed = new Set<string>();
  for (;;) {
    const pending = (await deps.cases.unscreened(batch + failed.size)).filter((r) => !failed.has(r.case.imiId));
    if (pending.length === 0) return total;
    const screener = deps.screener();
    for (const rec of pending) {
      try {
        await mutateCase(deps, rec.case.imiId, (current) => {
          if (current.case.screening) return { result: undefined };
          const result: ScreeningResult = screener.screen(identityOf(current.case.alert));
          const now = deps.clock.now().toISOString();
          const out = applyScreening(current.case, result, now);
          if (!out.changed || !out.journal) return { result: undefined };
          return { result: undefined, change: { next: out.next, drafts: [out.journal], actor: { kind: 'system' }, at: now } };
        });
        total += 1;
      } catch (error) {
        if (!deps.onError) throw error;
        failed.add(rec.case.imiId);
        deps.onError(rec.case.imiId, error);
      }
    }
  }
}
