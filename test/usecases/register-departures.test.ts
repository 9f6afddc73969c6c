import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { emptyHead, verifyJournal } from '../../src/domain/journal.js';
import { buildRegisterIndex, type RegisterPerson } from '../../src/domain/matching/index.js';
import { journalRegisterDepartures } from '../../src/usecases/register-departures.js';
import { caseIn } from '../support/case-fixtures.js';

const KEY = 'departures-journal-key-0123456789abcdef';
let dir: string;
let store: DocumentStore;
beforeEach(async () => { dir = mkdtempSync(join(tmpdir(), 'departures-')); store = await openEmbeddedStore({ dir }); });
afterEach(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

const person = (hprNumber: string): RegisterPerson => ({ hprNumber, familyName: 'Sæther', givenNames: 'Kari', formerFamilyNames: [], dateOfBirth: '1971-03-05', authorisations: [] });
const candidate = (hprNumber: string) => ({ hprNumber, score: 0.9, reasons: [], codes: [] });

async function addCase(imiId: string, candidates: string[], confirmedHpr?: string) {
  const base = caseIn('match_confirmed', { imiId });
  const c = { ...base, screening: { ...base.screening!, candidates: candidates.map(candidate) }, ...(confirmedHpr ? { confirmedHpr } : {}) };
  await caseRepository(store).create({ case: c, journal: [], head: emptyHead(imiId, KEY), outbox: [], cards: {} });
}

const deps = () => ({ cases: caseRepository(store), ids: { next: () => Math.random().toString(36) }, journalKey: KEY, clock: { now: () => new Date('2026-12-01T10:00:00Z') } });
const marks = async (imiId: string) => (await caseRepository(store).get(imiId))!.journal.map((e) => [e.action, (e.data as { hprNumber?: string }).hprNumber]);

describe('journalRegisterDepartures', () => {
  it('journals, on each case that names them, register people the snapshot no longer holds, once, and their return', async () => {
    await addCase('IMI-R-1', ['1', '2'], '1');
    await addCase('IMI-R-2', ['3']);
    await addCase('IMI-R-3', []);
    const without1 = buildRegisterIndex([person('2'), person('3')]);
    expect(await journalRegisterDepartures(deps(), without1)).toEqual({ removed: 1, restored: 0 });
    expect(await marks('IMI-R-1')).toEqual([['register_row_removed', '1']]);
    expect(await marks('IMI-R-2')).toEqual([]);
    // The same snapshot again (the weekly full re-screen, a restart): nothing more.
    expect(await journalRegisterDepartures(deps(), without1)).toEqual({ removed: 0, restored: 0 });
    expect(await marks('IMI-R-1')).toHaveLength(1);

    const back = buildRegisterIndex([person('1'), person('2')]);
    expect(await journalRegisterDepartures(deps(), back)).toEqual({ removed: 1, restored: 1 });
    expect(await marks('IMI-R-1')).toEqual([['register_row_removed', '1'], ['register_row_restored', '1']]);
    expect(await marks('IMI-R-2')).toEqual([['register_row_removed', '3']]);
    const rec = (await caseRepository(store).get('IMI-R-1'))!;
    expect(rec.case.version).toBe(3); // nothing on the case itself changed
    expect(rec.journal[0]).toMatchObject({ actor: { kind: 'system' }, from: 'match_confirmed', to: 'match_confirmed' });
    expect(verifyJournal('IMI-R-1', rec.journal, rec.head, KEY)).toEqual([]);
  });
});
