import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCase } from '../../src/domain/case-events.js';
import { emptyHead } from '../../src/domain/journal.js';
import { parseAlert } from '../../src/domain/alert-schema.js';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { identityOf, screenPending } from '../../src/usecases/screen-pending.js';
import { validAlert } from '../support/alert-samples.js';

const KEY = 'screen-test-journal-key-0123456789abcdef';
let dir: string;
let store: DocumentStore;
beforeEach(async () => { dir = mkdtempSync(join(tmpdir(), 'screen-')); store = await openEmbeddedStore({ dir }); });
afterEach(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('screenPending', () => {
  it('screens the others when one alert cannot be screened, and leaves that one for the next run', async () => {
    const cases = caseRepository(store);
    for (const [i, familyName] of ['Hansen', 'Broken', 'Olsen'].entries()) {
      const parsed = parseAlert(validAlert({ imiId: `IMI-P-${i}`, professional: { familyName, givenNames: 'Kari', dateOfBirth: '1971-03-05' } }));
      if (!parsed.ok) throw new Error('fixture must parse');
      const { case: c } = openCase(parsed.alert, `2026-11-24T08:0${i}:00Z`);
      await cases.create({ case: c, journal: [], head: emptyHead(c.imiId, KEY), outbox: [], cards: {} });
    }
    const errors: string[] = [];
    const screener = () => ({
      screen: (identity: { familyName: string }) => {
        if (identity.familyName === 'Broken') throw new Error('engine bug');
        return { outcome: 'no_hit' as const, candidates: [] };
      },
    });
    const deps = { cases, ids: { next: () => 'x' }, journalKey: KEY, clock: { now: () => new Date('2026-11-24T09:00:00Z') }, screener, onError: (id: string) => errors.push(id) };
    expect(await screenPending(deps, 1)).toBe(2);
    expect(errors).toEqual(['IMI-P-1']);
    expect((await cases.get('IMI-P-0'))?.case.state).toBe('no_hit');
    expect((await cases.get('IMI-P-2'))?.case.state).toBe('no_hit');
    expect((await cases.get('IMI-P-1'))?.case.screening).toBeUndefined();
    // Without an error handler a failure is not swallowed.
    await expect(screenPending({ ...deps, onError: undefined })).rejects.toThrow('engine bug');
  });
});

describe('identityOf', () => {
  it('gives screening the names, the birth date, and the sending country with the nationalities', () => {
    const parsed = parseAlert(validAlert({ sendingCountry: 'DE', professional: { familyName: 'Pappa', givenNames: 'Sofia', dateOfBirth: '1940-08-07', nationalities: ['GR', 'CY'] } }));
    expect(parsed.ok && identityOf(parsed.alert)).toEqual({ familyName: 'Pappa', givenNames: 'Sofia', formerFamilyNames: [], dateOfBirth: '1940-08-07', countries: ['DE', 'GR', 'CY'] });
  });
});
