import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { personLinkRepository } from '../../src/adapters/storage/job-repositories.js';
import { emptyHead } from '../../src/domain/journal.js';
import { actOnCase } from '../../src/usecases/act-on-case.js';
import { viewDetails } from '../../src/usecases/view-details.js';
import { actor, caseIn } from '../support/case-fixtures.js';

const KEY = 'person-links-journal-key-0123456789abcdef';
let dir: string;
let store: DocumentStore;
beforeEach(async () => { dir = mkdtempSync(join(tmpdir(), 'links-')); store = await openEmbeddedStore({ dir }); });
afterEach(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

let seq = 0;
function deps() {
  const now = new Date('2026-11-24T10:00:00Z');
  return { cases: caseRepository(store), ids: { next: () => `id-${++seq}` }, journalKey: KEY, persons: personLinkRepository(store), clock: { now: () => now }, today: () => '2026-11-24' };
}
const candidate = (hprNumber: string) => ({ hprNumber, score: 0.9, reasons: [], codes: [] });

async function addCase(imiId: string, candidates: string[]) {
  const base = caseIn('to_verify', { imiId });
  const c = { ...base, screening: { ...base.screening!, outcome: 'possible' as const, candidates: candidates.map(candidate) } };
  await caseRepository(store).create({ case: c, journal: [], head: emptyHead(imiId, KEY), outbox: [], cards: {} });
  // A case's first person is linked by the write that screens it; these start screened, so link by hand.
  await personLinkRepository(store).add(candidates[0]!, imiId);
}

describe('cases about the same person', () => {
  it('follow the person a case is about as it changes, and Show details lists the others', async () => {
    await addCase('IMI-P-1', ['X', 'Y']);
    await addCase('IMI-P-2', ['Y']);
    const registry = actor('reg-a', 'registry');
    const before = await viewDetails(deps(), 'IMI-P-2', registry, undefined, 'card');
    expect(before.ok && before.related).toEqual([]);

    // Confirming the second candidate moves IMI-P-1 from X to Y.
    const confirmed = await actOnCase(deps(), 'IMI-P-1', { verb: 'confirmMatch', hprNumber: 'Y' }, registry, 3);
    expect(confirmed.ok).toBe(true);
    expect(await personLinkRepository(store).list('X')).toEqual([]);
    expect(await personLinkRepository(store).list('Y')).toEqual(['IMI-P-2', 'IMI-P-1']);
    const after = await viewDetails(deps(), 'IMI-P-2', registry, undefined, 'card');
    expect(after.ok && after.related).toEqual([{ imiId: 'IMI-P-1', state: 'match_confirmed' }]);
  });

  it('skips an entry a crash left behind: the case is checked, not the list', async () => {
    await addCase('IMI-P-3', ['Z']);
    await addCase('IMI-P-4', ['W']);
    // As if a process died after joining IMI-P-4 to Z's list and before writing the case.
    await personLinkRepository(store).add('Z', 'IMI-P-4');
    const shown = await viewDetails(deps(), 'IMI-P-3', actor('reg-a', 'registry'), undefined, 'card');
    expect(shown.ok && shown.related).toEqual([]);
  });
});
