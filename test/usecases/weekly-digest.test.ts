import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { DEFAULT_DEADLINE_POLICY } from '../../src/domain/deadlines/index.js';
import { computeDigestFigures, weekEndingAt } from '../../src/domain/digest/index.js';
import { verifyJournal } from '../../src/domain/journal.js';
import { computeDigest } from '../../src/usecases/weekly-digest.js';
import { tempDir } from '../adapters/storage/support/temp-dir.js';
import { casesArb, storedRecord, TZ } from '../domain/digest/simulate.js';

const KEY = 'test-journal-key-0123456789abcdef0123456789';

describe('computeDigest over the embedded store', () => {
  let store: DocumentStore;
  let remove: () => Promise<void>;
  const sims = fc.sample(casesArb(60), { numRuns: 1, seed: 20260518 })[0]!;
  beforeAll(async () => {
    const dir = await tempDir('digest-');
    remove = dir.remove;
    store = await openEmbeddedStore({ dir: dir.dir });
    const cases = caseRepository(store);
    for (const sim of sims) expect(await cases.create(storedRecord(sim, KEY))).toBe('created');
  });
  afterAll(async () => {
    await store.close();
    await remove();
  });

  it('streams every stored case and gives the figures of the last complete week before the instant', async () => {
    const cases = caseRepository(store);
    for await (const rec of cases.all()) expect(verifyJournal(rec.case.imiId, rec.journal, rec.head, KEY)).toEqual([]);
    const deps = { cases, policy: DEFAULT_DEADLINE_POLICY, timeZone: TZ };
    const monday8 = new Date('2026-03-09T07:00:00Z'); // Monday 9 March 2026, 08:00 in Oslo
    const figures = await computeDigest(deps, monday8);
    expect(figures.period).toMatchObject({ isoYear: 2026, isoWeek: 10, weekStart: '2026-03-02', lastDay: '2026-03-08' });
    expect(figures.casesRead).toBe(sims.length);
    // The fixed seed gives a store with something in every part of the digest, so the comparison below means something.
    expect(figures.received.yearToDate.received).toBeGreaterThan(0);
    expect(figures.open.total).toBeGreaterThan(0);
    expect(figures.steps.yearToDate.some((s) => s.closed > 0)).toBe(true);
    expect(figures).toEqual(computeDigestFigures(sims.map((s) => s.journal), weekEndingAt(monday8, TZ), DEFAULT_DEADLINE_POLICY));
    // Asked again on Thursday of the same week: the same digest, figure for figure.
    expect(await computeDigest(deps, new Date('2026-03-12T13:00:00Z'))).toEqual(figures);
  });
});
