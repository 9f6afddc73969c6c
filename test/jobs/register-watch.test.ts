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

function watchOver(path: string) {
  const load = async (): Promise<RegisterIndex> => buildRegisterIndex(readFileSync(path, 'utf8').split('\n').flatMap((l) => {
    const parsed = l.trim() ? parseRegisterLine(l) : undefined;
    return parsed?.ok ? [parsed.person] : [];
  }));
  return { load };
}

describe('register watch', () => {
  it('a re-screening skipped for another instance\'s lease is done here once that lease is gone, from the rows before it', async () => {
    const path = join(dir, 'register.jsonl');
    writeFileSync(path, `${row('1', 'Sæther')}\n`);
    const { load } = watchOver(path);
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

    // Another instance takes the re-screening lease for the next snapshot, and dies with it.
    expect(await leaseRepository(store).acquire('job:rescreen', 'other', 150, new Date())).toBe(true);
    writeFileSync(path, `${row('1', 'Sæther')}\n${row('2', 'Olsen')}\n`);
    await until(() => current !== first);
    await sleep(60);
    expect(calls).toHaveLength(1);
    await until(() => calls.length === 2);
    await watch.stop();
    expect(calls[1]).toEqual({ next: current, former: first });
    expect((await state.get())?.fingerprint).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });

  it('does nothing twice when the instance holding the lease finishes the re-screening', async () => {
    const path = join(dir, 'register.jsonl');
    writeFileSync(path, `${row('1', 'Sæther')}\n`);
    const { load } = watchOver(path);
    let current = await load();
    const first = current;
    let calls = 0;
    const state = registerStateRepository(store);
    const watch = createRegisterWatch({
      path, pollMs: 20, load, current: () => current, replace: (n) => { current = n; },
      rescreen: async () => { calls++; return { screened: 0, newMatches: [] } as never; },
      state, leases: leaseRepository(store), instanceId: 'b', clock: { now: () => new Date() }, logger: pino({ level: 'silent' }),
    });
    await watch.start();
    expect(await leaseRepository(store).acquire('job:rescreen', 'other', 150, new Date())).toBe(true);
    writeFileSync(path, `${row('1', 'Sæther')}\n${row('2', 'Olsen')}\n`);
    await until(() => current !== first);
    // The other instance finishes and records the snapshot before its lease runs out.
    await state.set({ fingerprint: createHash('sha256').update(readFileSync(path)).digest('hex'), rows: 2, at: new Date().toISOString() });
    await sleep(300);
    await watch.stop();
    expect(calls).toBe(1);
  });
});
