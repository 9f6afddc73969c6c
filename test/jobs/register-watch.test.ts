import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { leaseRepository, registerStateRepository } from '../../src/adapters/storage/job-repositories.js';
import { buildRegisterIndex, parseRegisterLine, type RegisterIndex } from '../../src/domain/matching/index.js';
import { createRegisterWatch } from '../../src/jobs/register-watch.js';

let dir: string;
let store: DocumentStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'watch-'));
  store = await openEmbeddedStore({ dir: join(dir, 'store') });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const row = (hpr: string, family: string) => JSON.stringify({ hprNumber: hpr, familyName: family, givenNames: 'Kari', formerFamilyNames: [], dateOfBirth: '1971-03-05', authorisations: [] });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (test: () => boolean | Promise<boolean>) => { for (let i = 0; i < 200 && !(await test()); i++) await sleep(10); };

/**
 * A watch over a register file holding one person, started, with a re-screening that records what it was
 * asked. `current()` is the register the bot screens with; `fingerprint()` that of the file now.
 */
async function startedWatch() {
  const path = join(dir, 'register.jsonl');
  writeFileSync(path, `${row('1', 'Sæther')}\n`);
  const load = async (): Promise<RegisterIndex> => buildRegisterIndex(readFileSync(path, 'utf8').split('\n').flatMap((l) => {
    const parsed = l.trim() ? parseRegisterLine(l) : undefined;
    return parsed?.ok ? [parsed.person] : [];
  }));
  let current = await load();
  const first = current;
  const calls: { next: RegisterIndex; former: RegisterIndex | undefined }[] = [];
  const state = registerStateRepository(store);
  const watch = createRegisterWatch({
    path, pollMs: 20, load, current: () => current, replace: (n) => { current = n; },
    rescreen: async (next, former) => { calls.push({ next, former }); return { screened: 0, newMatches: [] } as never; },
    state, leases: leaseRepository(store), instanceId: 'b', clock: { now: () => new Date() }, logger: pino({ level: 'silent' }),
  });
  await watch.start();
  expect(calls).toHaveLength(1); // no screenings recorded yet: every kept alert in full
  return {
    watch, calls, state, first, current: () => current,
    /** Another instance takes the re-screening lease, and a second person is added to the file. */
    async nextSnapshotWhileAnotherHoldsTheLease() {
      expect(await leaseRepository(store).acquire('job:rescreen', 'other', 150, new Date())).toBe(true);
      writeFileSync(path, `${row('1', 'Sæther')}\n${row('2', 'Olsen')}\n`);
      await until(() => current !== first);
    },
    fingerprint: () => createHash('sha256').update(readFileSync(path)).digest('hex'),
  };
}

describe('register watch', () => {
  it('a re-screening skipped for another instance\'s lease is done here once that lease is gone, from the rows before it', async () => {
    const w = await startedWatch();
    await w.nextSnapshotWhileAnotherHoldsTheLease(); // ... and that instance dies with it
    await sleep(60);
    expect(w.calls).toHaveLength(1);
    await until(() => w.calls.length === 2);
    await w.watch.stop();
    expect(w.calls[1]).toEqual({ next: w.current(), former: w.first });
    expect((await w.state.get())?.fingerprint).toBe(w.fingerprint());
  });

  it('does nothing twice when the instance holding the lease finishes the re-screening', async () => {
    const w = await startedWatch();
    await w.nextSnapshotWhileAnotherHoldsTheLease();
    // The other instance finishes and records the snapshot before its lease runs out.
    await w.state.set({ fingerprint: w.fingerprint(), rows: 2, at: new Date().toISOString() });
    await sleep(300);
    await w.watch.stop();
    expect(w.calls).toHaveLength(1);
  });
});
