import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCosmosStore } from '../../src/adapters/storage/cosmos-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { writeCheckpoint } from '../../src/usecases/journal-checkpoint.js';
import { verifyJournals } from '../../src/usecases/verify-journals.js';
import { exportCaseJournal } from '../../src/usecases/export-journal.js';
import { tempDir } from '../adapters/storage/support/temp-dir.js';
import { startCosmosServer } from '../support/cosmos-server.js';
import type { CosmosServer } from '../support/cosmos-server.js';
import { grow, journalDeps, manualClock, receive } from '../support/journal-fixtures.js';
import type { JournalDeps } from '../support/journal-fixtures.js';

let server: CosmosServer;
let databases = 0;
beforeAll(async () => { server = await startCosmosServer(); });
afterAll(async () => { await server.stop(); });

/** Both storage adapters, so the checkpoint repository's queries (kind, order by n) hold on Cosmos DB too. */
const stores = {
  embedded: async () => {
    const dir = await tempDir('journal-');
    return { store: await openEmbeddedStore({ dir: dir.dir }), remove: dir.remove };
  },
  cosmos: async () => ({
    store: await openCosmosStore({ endpoint: server.endpoint, key: server.key, database: `journal-${process.pid}-${databases++}`, agent: server.agent }),
    remove: async () => undefined,
  }),
};

describe.each(Object.entries(stores))('on the %s store', (_name, open) => {
  let store: DocumentStore;
  let remove: () => Promise<void>;
  let deps: JournalDeps;
  const clock = manualClock('2026-11-02T08:00:00.000Z');
  const IDS = ['IMI-2026-000001', 'IMI-2026-000002', 'IMI-2026-000003', 'IMI-2026-000004', 'IMI-2026-000005'];

  async function at(iso: string, work: () => Promise<unknown>) {
    clock.set(iso);
    await work();
  }

  beforeEach(async () => {
    ({ store, remove } = await open());
    deps = journalDeps(store, clock);
    for (const [i, id] of IDS.entries()) await at(`2026-11-02T08:0${i}:00.000Z`, () => receive(deps, id));
    for (const [i, id] of IDS.entries()) await at(`2026-11-02T09:0${i}:00.000Z`, () => grow(deps, id, 1));
  });

  afterEach(async () => {
    await store.close();
    await remove();
  });

  const partIds = async () => (await store.query('checkpoints', { kind: 'checkpoint_part' })).map((d) => d.id).sort();

  describe('writeCheckpoint', () => {
    it('records every case head in parts, once per day, days moving forward only', async () => {
      const first = await writeCheckpoint({ ...deps, partSize: 2 }, '2026-11-02');
      expect(first).toMatchObject({ written: true, day: '2026-11-02', n: 1, cases: 5, parts: 3, carried: [] });
      expect(await writeCheckpoint({ ...deps, partSize: 2 }, '2026-11-02')).toEqual({ written: false, reason: 'exists', day: '2026-11-02' });
      expect(await writeCheckpoint(deps, '2026-11-01')).toEqual({ written: false, reason: 'not_after_latest', day: '2026-11-01', latestDay: '2026-11-02' });
      expect(await writeCheckpoint(deps, '2026-11-31')).toMatchObject({ written: false, reason: 'invalid_day', field: 'day' });
      expect(await partIds()).toHaveLength(3);
      const cp = await deps.checkpoints.get('2026-11-02');
      const marks = (await Promise.all(cp!.parts.map((p) => deps.checkpoints.getPart(p.id)))).flatMap((p) => p!.marks);
      expect(marks.map((m) => m.imiId).sort()).toEqual(IDS);
      expect(marks.every((m) => m.count === 3)).toBe(true);
      expect(await writeCheckpoint(deps, '2026-11-03')).toMatchObject({ written: true, n: 2, cases: 5, parts: 1 });
    });

    it('writes one checkpoint when two instances run it at once, and leaves no stray parts', async () => {
      let written = 0;
      const counting = { ...deps.checkpoints, putPart: (p: Parameters<typeof deps.checkpoints.putPart>[0]) => { written += 1; return deps.checkpoints.putPart(p); } };
      const run = () => writeCheckpoint({ ...deps, checkpoints: counting, partSize: 2 }, '2026-11-02');
      const results = await Promise.all([run(), run()]);
      expect(written).toBe(6);
      expect(results.filter((r) => r.written)).toHaveLength(1);
      expect(results.filter((r) => !r.written)).toEqual([{ written: false, reason: 'exists', day: '2026-11-02' }]);
      const cp = await deps.checkpoints.get('2026-11-02');
      expect(await partIds()).toEqual(cp!.parts.map((p) => p.id).sort());
      expect((await verifyJournals(deps)).intact).toBe(true);
    });

    it('keeps the earlier record of a deleted or rolled-back case, so a later checkpoint does not hide it', async () => {
      await writeCheckpoint(deps, '2026-11-02');
      const old = await store.get('cases', IDS[1]!);
      await at('2026-11-03T10:00:00.000Z', () => grow(deps, IDS[1]!, 2));
      await writeCheckpoint(deps, '2026-11-03');
      await store.delete('cases', IDS[0]!);
      await store.upsert('cases', IDS[1]!, old!.body);

      clock.set('2026-11-04T22:00:00.000Z');
      const next = await writeCheckpoint(deps, '2026-11-04');
      expect(next).toMatchObject({ written: true, cases: 5 });
      expect(next.written && next.carried).toEqual([
        { kind: 'case_truncated', imiId: IDS[1], day: '2026-11-03', recorded: 5, stored: 3 },
        { kind: 'case_missing', imiId: IDS[0], day: '2026-11-03', count: 3 },
      ]);
      const report = await verifyJournals(deps);
      expect(report.comparedWith?.day).toBe('2026-11-04');
      expect(report.problems).toEqual([
        { kind: 'case_truncated', imiId: IDS[1], day: '2026-11-04', recorded: 5, stored: 3 },
        { kind: 'case_missing', imiId: IDS[0], day: '2026-11-04', count: 3 },
      ]);
    });

    it('does not build on a damaged checkpoint', async () => {
      await writeCheckpoint(deps, '2026-11-02');
      const doc = await store.get('checkpoints', '2026-11-02');
      await store.upsert('checkpoints', '2026-11-02', { ...doc!.body, caseCount: 4 });
      expect(await writeCheckpoint(deps, '2026-11-03')).toEqual({ written: false, reason: 'previous_damaged', day: '2026-11-03', problems: [{ kind: 'checkpoint_forged', day: '2026-11-02', n: 1 }] });
      const [part] = await partIds();
      await store.upsert('checkpoints', '2026-11-02', doc!.body);
      await store.delete('checkpoints', part!);
      expect(await writeCheckpoint(deps, '2026-11-03')).toMatchObject({ written: false, reason: 'previous_damaged', problems: [{ kind: 'checkpoint_part_missing', part }] });
    });
  });

  describe('verifyJournals and exportCaseJournal', () => {
    it('reports an intact store with its counts, and an overdue checkpoint', async () => {
      expect(await verifyJournals(deps)).toMatchObject({ intact: true, cases: 5, entries: 15, checkpoints: 0, problems: [] });
      await writeCheckpoint(deps, '2026-11-02');
      clock.set('2026-11-05T12:00:00.000Z');
      expect((await verifyJournals(deps)).problems).toEqual([{ kind: 'checkpoint_overdue', today: '2026-11-05', latestDay: '2026-11-02', days: 3 }]);
      expect((await verifyJournals(deps, { maxCheckpointAgeDays: 3 })).intact).toBe(true);
    });

    it('exports one case with its states, entries, hashes and verification', async () => {
      await at('2026-11-02T12:00:00.000Z', () => receive(deps, IDS[2]!, { event: 'withdrawal' }));
      await writeCheckpoint(deps, '2026-11-02');
      const out = await exportCaseJournal(deps, IDS[2]!);
      if (!out.found) throw new Error('expected the case');
      const e = out.export;
      expect(e.case).toMatchObject({ imiId: IDS[2], state: 'withdrawn', sendingCountry: 'SE', profession: 'doctor' });
      expect(e.states.map((s) => s.state)).toEqual(['received', 'withdrawn']);
      expect(e.entries.map((x) => x.action)).toEqual(['received', 'details_shown', 'imi_update', 'imi_withdrawal']);
      expect(e.entries[1]).toMatchObject({ actor: { kind: 'user', id: 'aad-registry-a' }, cardVersion: 1 });
      expect(e.entries.every((x, i) => x.prevHash === (i === 0 ? 'genesis' : e.entries[i - 1]!.hash))).toBe(true);
      expect(e.verification).toEqual({ intact: true, problems: [], checkpoint: { day: '2026-11-02', n: 1, count: 4, hash: e.head.hash } });
      expect(JSON.stringify(e)).not.toMatch(/Sæther|Kari|1971-03-05/);
      expect(await exportCaseJournal(deps, 'IMI-NOPE')).toEqual({ found: false });
    });
});
});
