import { randomUUID } from 'node:crypto';
import { parseAlert } from '../../src/domain/alert-schema.js';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import { checkpointRepository } from '../../src/adapters/storage/checkpoint-repository.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { storeAlert } from '../../src/usecases/ingest-alerts.js';
import { viewDetails } from '../../src/usecases/view-details.js';
import type { Clock } from '../../src/usecases/ports.js';
import { validAlert } from './alert-samples.js';
import { actor } from './case-fixtures.js';

export const JOURNAL_KEY = 'test-journal-key-0123456789abcdef0123456789';

/** A clock the test moves by hand. */
export function manualClock(start: string): Clock & { set(iso: string): void } {
  let now = new Date(start);
  return { now: () => now, set: (iso) => { now = new Date(iso); } };
}

/** Repositories and use-case dependencies on one store, as the desk wires them. */
export function journalDeps(store: DocumentStore, clock: Clock) {
  return {
    cases: caseRepository(store), checkpoints: checkpointRepository(store), clock, journalKey: JOURNAL_KEY,
    ids: { next: () => randomUUID() }, timeZone: 'Europe/Oslo', today: (d: Date) => d.toISOString().slice(0, 10),
  };
}

export type JournalDeps = ReturnType<typeof journalDeps>;

/** An alert, received through the real ingestion use case. */
export async function receive(deps: JournalDeps, imiId: string, overrides: Record<string, unknown> = {}): Promise<void> {
  const parsed = parseAlert(validAlert({ imiId, sentAt: deps.clock.now().toISOString(), ...overrides }));
  if (!parsed.ok) throw new Error(`test alert invalid: ${JSON.stringify(parsed.errors)}`);
  await storeAlert(deps, parsed.alert);
}

/**
 * Grows a case's journal through the real use cases: an officer viewing the details (journaled with the
 * card version), then an IMI update of the alert. Two entries per call.
 */
export async function grow(deps: JournalDeps, imiId: string, round: number): Promise<void> {
  const details = await viewDetails(deps, imiId, actor('aad-registry-a', 'registry'), round, 'card');
  if (!details.ok) throw new Error(`details refused: ${details.code}`);
  await receive(deps, imiId, { event: 'update', professionalTitle: `Läkare (${round})` });
}
