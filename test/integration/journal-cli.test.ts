import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { addDays, toLocalDate } from '../../src/domain/deadlines/local-date.js';
import { appendJournal, emptyHead, headMac } from '../../src/domain/journal.js';
import type { JournalEntry, JournalHead } from '../../src/domain/journal.js';
import { writeCheckpoint } from '../../src/usecases/journal-checkpoint.js';
import { tempDir } from '../adapters/storage/support/temp-dir.js';
import { grow, JOURNAL_KEY, journalDeps, manualClock, receive } from '../support/journal-fixtures.js';

/**
 * The journal commands as an operator runs them: real child processes, configured by the environment,
 * against an embedded store built with the real use cases and then tampered with directly in the store.
 * Each process costs a few seconds, so one tampered store carries every kind of tampering at once.
 */
const OTHER_KEY = 'an-attackers-own-key-0123456789abcdef0123';
const ID = (x: string) => `IMI-2026-${x}`;
const [A, B, C, D, E, F, G, H] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map(ID) as [string, string, string, string, string, string, string, string];

let dir: string;
let remove: () => Promise<void>;
let env: Record<string, string>;
const today = toLocalDate(new Date(), 'Europe/Oslo');
const days = [-3, -2, -1, 0].map((d) => addDays(today, d));

function run(command: 'journal-verify' | 'journal-export', args: string[] = [], extraEnv: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${command}.ts`, ...args], { env: { PATH: process.env.PATH ?? '', ...env, ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function withStore<T>(work: (store: DocumentStore) => Promise<T>): Promise<T> {
  const store = await openEmbeddedStore({ dir: join(dir, 'store') });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

type CaseBody = { journal: JournalEntry[]; head: JournalHead } & Record<string, unknown>;

async function edit(store: DocumentStore, imiId: string, change: (body: CaseBody) => CaseBody): Promise<void> {
  const doc = await store.get<CaseBody>('cases', imiId);
  await store.upsert('cases', imiId, change(doc!.body));
}

/** The same history re-hashed, entry by entry, with someone else's key: consistent, but not JOURNAL_KEY's. */
function rewrittenWithOtherKey(imiId: string, journal: readonly JournalEntry[]): { journal: JournalEntry[]; head: JournalHead } {
  let head = emptyHead(imiId, OTHER_KEY);
  const out: JournalEntry[] = [];
  for (const e of journal) {
    const next = appendJournal(imiId, head, [{ action: e.action, from: e.from, to: e.to, reason: e.reason, data: e.data }], { actor: e.actor, at: e.at, cardVersion: e.cardVersion }, OTHER_KEY);
    out.push(...next.entries);
    head = next.head;
  }
  return { journal: out, head };
}

beforeAll(async () => {
  ({ dir, remove } = await tempDir('journal-cli-'));
  await writeFile(join(dir, 'register.jsonl'), '');
  await writeFile(join(dir, 'roles.json'), '{}');
  env = {
    DATA_DIR: dir, REGISTER_FILE: join(dir, 'register.jsonl'), ROLES_FILE: join(dir, 'roles.json'),
    INGEST_TOKEN: 'test-ingest-token-0123456789', JOURNAL_KEY, TIME_ZONE: 'Europe/Oslo', LOG_LEVEL: 'warn',
  };
  const ids = [A, B, C, D, E, F, G, H];
  await withStore(async (store) => {
    const clock = manualClock(`${days[0]}T09:00:00.000Z`);
    const deps = journalDeps(store, clock);
    // Three working days of history and a checkpoint each night, then today's.
    for (const [round, day] of days.slice(0, 3).entries()) {
      for (const [i, id] of ids.entries()) {
        clock.set(`${day}T10:0${i}:00.000Z`);
        if (round === 0) await receive(deps, id);
        else await grow(deps, id, round);
      }
      clock.set(`${day}T21:30:00.000Z`);
      expect(await writeCheckpoint({ ...deps, partSize: 3 }, day)).toMatchObject({ written: true });
    }
    clock.set(new Date(Date.now() - 60_000).toISOString());
    await grow(deps, E, 3);
    await grow(deps, H, 3);
    expect(await writeCheckpoint({ ...deps, partSize: 3 }, today)).toMatchObject({ written: true, n: 4, cases: 8 });
  });
}, 60_000);

afterAll(async () => { await remove(); });

describe('npm run journal:verify and journal:export', () => {
  it('report an intact store with exit 0 and export a case as JSON to a file', async () => {
    const verify = await run('journal-verify');
    expect(verify.stdout).toContain('journalen er intakt / no findings, the journal is intact');
    expect(verify.stdout).toMatch(/saker \/ cases: 8, oppføringer \/ entries: 44, sjekkpunkter \/ checkpoints: 4/);
    expect(verify.code).toBe(0);

    const out = join(dir, 'export.json');
    const exported = await run('journal-export', [E, '--out', out]);
    expect(exported.code).toBe(0);
    const json = JSON.parse(await readFile(out, 'utf8')) as { case: { imiId: string }; entries: JournalEntry[]; verification: { intact: boolean; checkpoint: { day: string; count: number } } };
    expect(json.case.imiId).toBe(E);
    expect(json.entries.map((e) => e.action)).toEqual(['received', 'details_shown', 'imi_update', 'details_shown', 'imi_update', 'details_shown', 'imi_update']);
    expect(json.entries[1]).toMatchObject({ actor: { kind: 'user', id: 'aad-registry-a' }, cardVersion: 1 });
    expect(json.verification).toMatchObject({ intact: true, checkpoint: { day: today, count: 7 } });
  });

  it('name an unknown case, a bad configuration and a store the bot holds, with their exit codes', async () => {
    const unknown = await run('journal-export', ['IMI-NO-SUCH-CASE']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No case with reference IMI-NO-SUCH-CASE');
    expect(unknown.stdout).toBe('');

    const badConfig = await run('journal-verify', [], { JOURNAL_KEY: 'short' });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/JOURNAL_KEY: must be at least 32 characters/);

    const busy = await withStore(() => run('journal-verify'));
    expect(busy.code).toBe(3);
    expect(busy.stderr).toMatch(/most likely the bot\. Stop the bot briefly/);
  });

  it('fail with exit 1 and name every kind of tampering, and only those', async () => {
    const [d3, d2, d1] = days;
    let partOfD1 = '';
    await withStore(async (store) => {
      await edit(store, B, (b) => ({ ...b, journal: b.journal.map((e) => (e.seq === 2 ? { ...e, at: '2020-01-01T00:00:00.000Z' } : e)) }));
      await edit(store, C, (b) => ({ ...b, journal: b.journal.filter((e) => e.seq !== 2) }));
      await edit(store, D, (b) => ({ ...b, journal: [b.journal[0]!, b.journal[2]!, b.journal[1]!, ...b.journal.slice(3)] }));
      // E: rolled back to an intact older copy (chain and head both valid): only the checkpoint can tell.
      await edit(store, E, (b) => ({ ...b, journal: b.journal.slice(0, 5), head: { count: 5, hash: b.journal[4]!.hash, mac: headMac(E, 5, b.journal[4]!.hash, JOURNAL_KEY) } }));
      // F: cut back and the head adjusted by someone without the key.
      await edit(store, F, (b) => ({ ...b, journal: b.journal.slice(0, 3), head: { count: 3, hash: b.journal[2]!.hash, mac: headMac(F, 3, b.journal[2]!.hash, OTHER_KEY) } }));
      await store.delete('cases', G);
      await edit(store, H, (b) => ({ ...b, ...rewrittenWithOtherKey(H, b.journal) }));

      const first = await store.get<Record<string, unknown>>('checkpoints', d3!);
      await store.upsert('checkpoints', d3!, { ...first!.body, caseCount: 7 });
      await store.delete('checkpoints', d2!);
      const third = await store.get<{ parts: { id: string }[] }>('checkpoints', d1!);
      partOfD1 = third!.body.parts[0]!.id;
      const part = await store.get<{ marks: { count: number }[] }>('checkpoints', partOfD1);
      await store.upsert('checkpoints', partOfD1, { ...part!.body, marks: part!.body.marks.map((m) => ({ ...m, count: m.count - 1 })) });
    });

    const verify = await run('journal-verify', ['--all-parts']);
    const findings = verify.stdout.split('\n').filter((l) => l.startsWith('  - '));
    const expected = [
      `${B} #2: oppføringen er endret / entry changed`,
      `${C} #2: oppføring fjernet / entry removed`,
      `${C} #3: peker ikke på oppføringen før / does not link to the entry before it`,
      `${C}: hodet teller 5 oppføringer, 4 er lagret (kuttet eller fjernet på slutten) / head counts 5 entries, 4 stored (truncated or removed at the end)`,
      `${C}: kuttet: sjekkpunkt ${today} hadde 5 oppføringer, 4 er lagret / truncated: checkpoint ${today} recorded 5 entries, 4 stored`,
      `${D} #2: oppføringene er stokket om (står etter #3) / entries reordered (stands after #3)`,
      `${E}: kuttet: sjekkpunkt ${today} hadde 7 oppføringer, 5 er lagret / truncated: checkpoint ${today} recorded 7 entries, 5 stored`,
      `${F}: hodet er ikke signert med journalnøkkelen (forfalsket) / head not signed with the journal key (forged)`,
      `${F}: kuttet: sjekkpunkt ${today} hadde 5 oppføringer, 3 er lagret / truncated: checkpoint ${today} recorded 5 entries, 3 stored`,
      `${G}: saken er slettet (sjekkpunkt ${today} hadde 5 oppføringer) / case deleted (checkpoint ${today} recorded 5 entries)`,
      `${H}: hodet er ikke signert med journalnøkkelen (forfalsket) / head not signed with the journal key (forged)`,
      `${H} #1-#7: kjeden er skrevet om uten journalnøkkelen / chain rewritten without the journal key`,
      `${H} #7: historikken er skrevet om siden sjekkpunkt ${today} / history rewritten since checkpoint ${today}`,
      `sjekkpunkt ${d3} (nr. 1): endret eller forfalsket / checkpoint ${d3} (no. 1): altered or forged`,
      `sjekkpunkt nr. 2 mangler (fjernet) før ${d1} / checkpoint no. 2 missing (removed) before ${d1}`,
      `sjekkpunkt ${d1}: del ${partOfD1} er endret eller forfalsket / checkpoint ${d1}: part ${partOfD1} altered or forged`,
    ];
    for (const line of expected) expect(findings, line).toContain(`  - ${line}`);
    // D's swap also breaks the links around it; nothing else may be reported, and never the intact case.
    const rest = findings.filter((l) => !expected.some((e) => l === `  - ${e}`));
    expect(rest.every((l) => l.startsWith(`  - ${D} #`) && l.includes('does not link to the entry before it')), rest.join('\n')).toBe(true);
    expect(verify.stdout).not.toContain(A);
    expect(verify.stdout).toContain('journalen er IKKE intakt / ');
    expect(verify.code).toBe(1);

    const exported = await run('journal-export', [B]);
    expect(exported.code).toBe(0);
    const json = JSON.parse(exported.stdout) as { verification: { intact: boolean; problems: unknown[] } };
    expect(json.verification).toMatchObject({ intact: false, problems: [{ kind: 'entry_changed', imiId: B, seq: 2 }] });
  });
});
