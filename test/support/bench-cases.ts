import { randomUUID } from 'node:crypto';
import { parseAlert } from '../../src/domain/alert-schema.js';
import { applyScreening, openCase } from '../../src/domain/case-events.js';
import { emptyHead } from '../../src/domain/journal.js';
import type { RegisterIndex, RegisterPerson } from '../../src/domain/matching/index.js';
import { recordAfter } from '../../src/usecases/case-writer.js';
import type { CaseRecord, CaseRepository } from '../../src/usecases/ports.js';
import { validAlert } from './alert-samples.js';

/** A preloaded case as a card in the channel shows it: reference, version and the card's activity id. */
export interface PreloadedCase {
  readonly imiId: string;
  readonly version: number;
  readonly activityId: string;
}

export interface PreloadOptions {
  readonly journalKey: string;
  /** Where the cases' cards were posted: the stand-in's URL and the registry channel. */
  readonly serviceUrl: string;
  readonly conversationId: string;
  /** Writes in flight at once. */
  readonly concurrency: number;
  readonly now: Date;
}

/**
 * A case as the desk would have it after receiving an alert about `person`, screening it against
 * `register` and posting its card: state `to_verify`, journal `received` + `screened` (keyed, chained),
 * the card's address recorded and nothing left in the outbox.
 */
export function screenedCase(imiId: string, person: RegisterPerson, register: RegisterIndex, options: PreloadOptions): CaseRecord {
  const at = options.now.toISOString();
  const parsed = parseAlert(validAlert({
    imiId, professional: { familyName: person.familyName, givenNames: person.givenNames, formerFamilyNames: person.formerFamilyNames, dateOfBirth: person.dateOfBirth },
  }));
  if (!parsed.ok) throw new Error(`bench alert ${imiId} is invalid: ${JSON.stringify(parsed.errors)}`);
  const deps = { ids: { next: () => randomUUID() }, journalKey: options.journalKey };
  const opened = openCase(parsed.alert, at);
  const empty: CaseRecord = { case: opened.case, journal: [], head: emptyHead(imiId, options.journalKey), outbox: [], cards: {} };
  const received = recordAfter(empty, { next: opened.case, drafts: opened.journal, actor: { kind: 'system' }, at }, deps);
  const result = register.screen({ familyName: person.familyName, givenNames: person.givenNames, formerFamilyNames: person.formerFamilyNames, dateOfBirth: person.dateOfBirth });
  const screened = applyScreening(received.case, result, at);
  if (screened.next.state !== 'to_verify' || !screened.journal) throw new Error(`bench alert ${imiId} did not screen as a match (${result.outcome})`);
  const rec = recordAfter(received, { next: screened.next, drafts: [screened.journal], actor: { kind: 'system' }, at }, deps);
  const card = { serviceUrl: options.serviceUrl, conversationId: options.conversationId, activityId: `card-${imiId}` };
  return { ...rec, outbox: [], cards: { registry: card } };
}

/**
 * Writes one screened case per register person through the case repository, `concurrency` at a time
 * (the embedded store commits concurrent writes together), and returns them in order.
 */
export async function preloadCases(cases: CaseRepository, people: readonly RegisterPerson[], register: RegisterIndex, options: PreloadOptions): Promise<PreloadedCase[]> {
  const out: PreloadedCase[] = [];
  let next = 0;
  const writer = async () => {
    for (let i = next++; i < people.length; i = next++) {
      const imiId = `IMI-BENCH-${String(i).padStart(5, '0')}`;
      const rec = screenedCase(imiId, people[i]!, register, options);
      if ((await cases.create(rec)) !== 'created') throw new Error(`bench case ${imiId} already exists: use an empty store`);
      out[i] = { imiId, version: rec.case.version, activityId: rec.cards.registry!.activityId };
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, writer));
  return out;
}
