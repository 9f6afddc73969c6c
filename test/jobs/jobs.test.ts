import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/case.js';
import type { CaseState } from '../../src/domain/case-state.js';
import { DEFAULT_DEADLINE_POLICY } from '../../src/domain/deadlines/index.js';
import { emptyHead, verifyJournal } from '../../src/domain/journal.js';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { leaseRepository, noticeRepository } from '../../src/adapters/storage/job-repositories.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import type { NoticeRepository } from '../../src/usecases/job-ports.js';
import { postNohitList, signOffNoHits } from '../../src/usecases/nohit-list.js';
import { sendReminders } from '../../src/usecases/send-reminders.js';
import { actor, caseIn } from '../support/case-fixtures.js';

const KEY = 'jobs-test-journal-key-0123456789abcdef';
const TZ = 'Europe/Oslo';
let dir: string;
let store: DocumentStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jobs-'));
  store = await openEmbeddedStore({ dir });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** 07:30 in Oslo on a winter day. */
const morning = (day: string) => new Date(`${day}T06:30:00Z`);
let seq = 0;
const ids = { next: () => `id-${++seq}` };

async function addCase(imiId: string, state: CaseState, stateSince: string, extra: Partial<Case> = {}) {
  const c = caseIn(state, { imiId, stateSince, ...extra });
  await caseRepository(store).create({ case: c, journal: [], head: emptyHead(imiId, KEY), outbox: [], cards: {} });
}

function deps(over: { notices?: NoticeRepository; dryRun?: boolean; maxPerRun?: number } = {}) {
  const cases = caseRepository(store);
  return {
    cases, ids, notices: over.notices ?? noticeRepository(store), clock: { now: () => new Date('2026-11-25T06:30:00Z') },
    dryRun: over.dryRun ?? false, maxPerRun: over.maxPerRun ?? 100, policy: DEFAULT_DEADLINE_POLICY, timeZone: TZ,
    journalKey: KEY, today: () => '2026-11-25',
  };
}

describe('reminders job', () => {
  it('reminds on the due working day, escalates at 2 working days late, and never sends a key twice', async () => {
    // To verify since Monday 23 November: 2 working days, due Wednesday 25 November.
    await addCase('IMI-R-1', 'to_verify', '2026-11-23T09:00:00Z');
    await addCase('IMI-R-2', 'match_confirmed', '2026-11-23T09:00:00Z', { holder: { id: 'aad-registry-a', name: 'Rita' } });
    expect((await sendReminders(deps(), morning('2026-11-24'))).created).toEqual([]);
    const due = await sendReminders(deps(), morning('2026-11-25'));
    expect(due.created).toEqual(['reminder:IMI-R-1:to_verify@2026-11-23T09:00:00Z:reminder']);
    const again = await sendReminders(deps(), morning('2026-11-25'));
    expect(again.created).toEqual([]);
    expect(again.existing).toBe(1);
    const notice = await noticeRepository(store).get(due.created[0]!);
    expect(notice?.target).toEqual({ kind: 'channel', slot: 'registry' });
    expect(notice?.outbox).toHaveLength(1);

    // Friday 27 November: IMI-R-1 is 2 working days late; IMI-R-2 (info request, 5 days) is not due yet.
    const late = await sendReminders(deps(), morning('2026-11-27'));
    expect(late.created).toEqual(['reminder:IMI-R-1:to_verify@2026-11-23T09:00:00Z:escalation']);
    expect((await noticeRepository(store).get(late.created[0]!))?.target).toEqual({ kind: 'channel', slot: 'leadership' });

    // Monday 30 November: IMI-R-2's info request is due: its holder is reminded personally.
    const held = await sendReminders(deps(), morning('2026-11-30'));
    expect(held.created).toEqual(['reminder:IMI-R-2:match_confirmed@2026-11-23T09:00:00Z:reminder']);
    expect((await noticeRepository(store).get(held.created[0]!))?.target).toEqual({ kind: 'user', userId: 'aad-registry-a', fallback: 'registry' });
  });

  it('tells the registry channel, once, of an alert still unscreened an hour after it came', async () => {
    await addCase('IMI-U-1', 'received', '2026-11-24T15:00:00Z', { screening: undefined, receivedAt: '2026-11-24T15:00:00Z' });
    await addCase('IMI-U-2', 'received', '2026-11-25T06:10:00Z', { screening: undefined, receivedAt: '2026-11-25T06:10:00Z' }); // 20 minutes ago
    const first = await sendReminders(deps(), morning('2026-11-25'));
    expect(first.created).toEqual(['unscreened:IMI-U-1@2026-11-24T15:00:00Z']);
    const notice = await noticeRepository(store).get(first.created[0]!);
    expect(notice).toMatchObject({ target: { kind: 'channel', slot: 'registry' }, payload: { kind: 'unscreened', subject: { kind: 'case', imiId: 'IMI-U-1' } } });
    expect((await sendReminders(deps(), morning('2026-11-26'))).created).toEqual(['unscreened:IMI-U-2@2026-11-25T06:10:00Z']);
  });

  it('sends nothing on a public holiday', async () => {
    await addCase('IMI-H-1', 'to_verify', '2026-12-21T09:00:00Z');
    const report = await sendReminders(deps(), morning('2026-12-25'));
    expect(report.skipped).toMatch(/not a working day/);
    expect(report.created).toEqual([]);
  });

  it('two instances running at once create each reminder once', async () => {
    for (let i = 0; i < 20; i++) await addCase(`IMI-T-${i}`, 'to_verify', '2026-11-19T09:00:00Z');
    const [a, b] = await Promise.all([sendReminders(deps(), morning('2026-11-25')), sendReminders(deps(), morning('2026-11-25'))]);
    expect(a.created.length + b.created.length).toBe(40); // a reminder and an escalation each
    expect(new Set([...a.created, ...b.created]).size).toBe(40);
    expect(a.existing + b.existing).toBe(40);
  });

  it('a dry run writes nothing and says what it would send', async () => {
    await addCase('IMI-D-1', 'to_verify', '2026-11-23T09:00:00Z');
    const report = await sendReminders(deps({ dryRun: true }), morning('2026-11-25'));
    expect(report.dryRun).toBe(true);
    expect(report.wouldSend).toEqual([{ id: 'reminder:IMI-D-1:to_verify@2026-11-23T09:00:00Z:reminder', target: { kind: 'channel', slot: 'registry' }, payload: expect.objectContaining({ kind: 'reminder', step: 'verification', dueOn: '2026-11-25' }) }]);
    expect(await noticeRepository(store).get(report.created[0]!)).toBeUndefined();
    expect(await store.count('jobs', {})).toBe(0);
  });

  it('holds the per-run limit, and a run cut short by a crash is finished by the next without repeats', async () => {
    for (let i = 0; i < 5; i++) await addCase(`IMI-L-${i}`, 'to_verify', '2026-11-23T09:00:00Z');
    const first = await sendReminders(deps({ maxPerRun: 2 }), morning('2026-11-25'));
    expect(first.created).toHaveLength(2);
    expect(first.limited).toBe(true);

    // The next run dies right after writing one more notice.
    const real = noticeRepository(store);
    const crashing: NoticeRepository = { ...real, async create(n) { if ((await real.create(n)) === 'created') throw new Error('killed'); return 'exists'; } };
    await expect(sendReminders(deps({ notices: crashing }), morning('2026-11-25'))).rejects.toThrow('killed');

    const rest = await sendReminders(deps(), morning('2026-11-25'));
    expect(rest.created).toHaveLength(2);
    expect(rest.existing).toBe(3);
    expect(await store.count('jobs', {})).toBe(5);
  });
});

describe('daily no-hit list', () => {
  it('lists every alert that ended no_hit since the last list, once, on working days only', async () => {
    await addCase('IMI-N-1', 'no_hit', '2026-11-23T10:00:00Z');
    await addCase('IMI-N-2', 'no_hit', '2026-11-24T15:00:00Z');
    await addCase('IMI-N-3', 'no_hit', '2026-11-25T05:00:00Z'); // today: on tomorrow's list
    const wed = await postNohitList(deps(), new Date('2026-11-25T06:00:00Z'));
    expect(wed.created).toEqual(['nohit:2026-11-25']);
    const list = await noticeRepository(store).get('nohit:2026-11-25');
    expect(list?.payload).toEqual({ kind: 'nohit_list', day: '2026-11-25', until: '2026-11-25', caseIds: ['IMI-N-1', 'IMI-N-2'] });
    expect((await postNohitList(deps(), new Date('2026-11-25T09:00:00Z'))).created).toEqual([]);

    // Christmas Day: no list. The next working day lists everything since Wednesday's list.
    await addCase('IMI-N-4', 'no_hit', '2026-12-24T20:00:00Z');
    expect((await postNohitList(deps(), new Date('2026-12-25T06:00:00Z'))).skipped).toMatch(/not a working day/);
    await postNohitList(deps(), new Date('2026-12-28T06:00:00Z'));
    const after = await noticeRepository(store).get('nohit:2026-12-28');
    expect(after?.payload).toMatchObject({ from: '2026-11-25', until: '2026-12-28', caseIds: ['IMI-N-3', 'IMI-N-4'] });
  });

  it('signs off the listed alerts in one press, journaled per alert; a user without the role is refused and that is journaled', async () => {
    await addCase('IMI-S-1', 'no_hit', '2026-11-24T10:00:00Z');
    await addCase('IMI-S-2', 'no_hit', '2026-11-24T11:00:00Z');
    await postNohitList(deps(), new Date('2026-11-25T06:00:00Z'));
    const d = { ...deps(), clock: { now: () => new Date('2026-11-25T08:00:00Z') } };

    const refused = await signOffNoHits(d, 'nohit:2026-11-25', ['IMI-S-1'], actor('aad-outsider'));
    expect(refused.ok && refused.refused).toEqual([{ imiId: 'IMI-S-1', code: 'not_permitted' }]);
    expect((await caseRepository(store).get('IMI-S-1'))?.journal.map((e) => e.action)).toEqual(['refused']);

    // An alert not on the list (here one that is not a no-hit at all) refuses the press: nothing is signed off,
    // and the refusal is journaled on every alert it named, so the attempt is on record.
    await addCase('IMI-S-HIT', 'to_verify', '2026-11-24T12:00:00Z');
    const offList = await signOffNoHits(d, 'nohit:2026-11-25', ['IMI-S-2', 'IMI-S-HIT'], actor('aad-registry-a', 'registry'));
    expect(offList).toMatchObject({ ok: false, code: 'invalid_input', field: 'caseIds', list: { id: 'nohit:2026-11-25' } });
    for (const id of ['IMI-S-2', 'IMI-S-HIT']) {
      const rec = (await caseRepository(store).get(id))!;
      expect(rec.case.state).not.toBe('no_hit_signed_off');
      expect(rec.journal.at(-1)).toMatchObject({ action: 'refused', data: { verb: 'signOffNoHits', code: 'invalid_input', field: 'caseIds' }, actor: { id: 'aad-registry-a' } });
    }
    // Someone without the role who names alerts off the list is refused for want of the role, on each alert.
    const outsider = await signOffNoHits(d, 'nohit:2026-11-25', ['IMI-S-HIT', 'IMI-NOWHERE'], actor('aad-outsider'));
    expect(outsider.ok && outsider.refused).toEqual([{ imiId: 'IMI-S-HIT', code: 'not_permitted' }, { imiId: 'IMI-NOWHERE', code: 'not_found' }]);
    expect((await caseRepository(store).get('IMI-S-HIT'))?.journal.at(-1)).toMatchObject({ action: 'refused', data: { code: 'not_permitted' }, actor: { id: 'aad-outsider' } });

    const res = await signOffNoHits(d, 'nohit:2026-11-25', ['IMI-S-1', 'IMI-S-2'], actor('aad-registry-a', 'registry'));
    expect(res.ok && res.signedOff).toEqual(['IMI-S-1', 'IMI-S-2']);
    for (const id of ['IMI-S-1', 'IMI-S-2']) {
      const rec = (await caseRepository(store).get(id))!;
      expect(rec.case.state).toBe('no_hit_signed_off');
      const entry = rec.journal.at(-1)!;
      expect(entry).toMatchObject({ action: 'signOff', from: 'no_hit', to: 'no_hit_signed_off', actor: { kind: 'user', id: 'aad-registry-a' } });
      expect(verifyJournal(id, rec.journal, rec.head, KEY)).toEqual([]);
    }
    // Pressing again changes nothing and journals nothing more.
    const twice = await signOffNoHits(d, 'nohit:2026-11-25', ['IMI-S-1', 'IMI-S-2'], actor('aad-registry-a', 'registry'));
    expect(twice.ok && twice.signedOff).toEqual([]);
    expect((await caseRepository(store).get('IMI-S-1'))?.journal).toHaveLength(2);
  });

  it('signs off alerts named without a list (the contract\'s data, caseIds alone), and updates the list that shows them', async () => {
    await addCase('IMI-L-1', 'no_hit', '2026-11-24T10:00:00Z');
    await addCase('IMI-L-2', 'no_hit', '2026-11-24T11:00:00Z');
    await postNohitList(deps(), new Date('2026-11-25T06:00:00Z'));
    const notices = noticeRepository(store);
    const list = (await notices.get('nohit:2026-11-25'))!;
    await notices.save({ ...list, outbox: [], posted: { serviceUrl: 'http://c/', conversationId: 'chan', activityId: 'a1' } }, list.etag);
    const d = { ...deps(), clock: { now: () => new Date('2026-11-25T08:00:00Z') } };

    const res = await signOffNoHits(d, undefined, ['IMI-L-1', 'IMI-NOT-STORED'], actor('aad-registry-a', 'registry'));
    expect(res.ok && res.signedOff).toEqual(['IMI-L-1']);
    expect(res.ok && res.refused).toEqual([{ imiId: 'IMI-NOT-STORED', code: 'not_found' }]);
    expect(res.ok && res.list?.id).toBe('nohit:2026-11-25');
    expect((await notices.get('nohit:2026-11-25'))?.outbox).toMatchObject([{ kind: 'update', status: 'pending' }]);
    expect((await caseRepository(store).get('IMI-L-1'))?.case.state).toBe('no_hit_signed_off');
    expect((await caseRepository(store).get('IMI-L-2'))?.case.state).toBe('no_hit');
  });

  it('an unsigned list is reminded the working day after it was due, and escalated at 2 working days late', async () => {
    await addCase('IMI-U-1', 'no_hit', '2026-11-24T10:00:00Z');
    await postNohitList(deps(), new Date('2026-11-25T06:00:00Z'));
    // Due the day it is posted (1 working day after Tuesday): the list itself is that day's notice.
    expect((await sendReminders(deps(), morning('2026-11-25'))).created).toEqual([]);
    expect((await sendReminders(deps(), morning('2026-11-26'))).created).toEqual(['reminder:nohit:2026-11-25:reminder']);
    expect((await sendReminders(deps(), morning('2026-11-27'))).created).toEqual(['reminder:nohit:2026-11-25:escalation']);
  });
});

describe('scheduler', () => {
  it('runs a job on one instance at a time under a store lease', async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const job = { name: 'slow', cron: '0 7 * * 1-5', catchUpMs: 0, run: async () => { runs += 1; await gate; } };
    const logger = pino({ level: 'silent' });
    const clock = { now: () => new Date() };
    const a = createScheduler([job], { leases: leaseRepository(store), instanceId: 'a', timeZone: TZ, clock, logger });
    const b = createScheduler([job], { leases: leaseRepository(store), instanceId: 'b', timeZone: TZ, clock, logger });
    const first = a.runNow('slow');
    await new Promise((r) => setTimeout(r, 50));
    expect(await b.runNow('slow')).toEqual({ ran: false });
    release();
    expect((await first).ran).toBe(true);
    expect(runs).toBe(1);
    // Released: the other instance may run it now.
    expect((await b.runNow('slow')).ran).toBe(true);
  });

  it('a lease left by a process that died is taken over at start when the store is this process\'s alone', async () => {
    const started = new Date();
    // The dead process took the digest lease a minute before this one started, for 15 minutes.
    expect(await leaseRepository(store).acquire('job:digest', 'dead-process', 15 * 60_000, new Date(started.getTime() - 60_000))).toBe(true);
    const at: Date[] = [];
    const job = { name: 'digest', cron: '0 8 * * 1', catchUpMs: 7 * 24 * 3600_000, run: async (d: Date) => { at.push(d); } };
    const deps = { instanceId: 'b', timeZone: TZ, clock: { now: () => new Date() }, logger: pino({ level: 'silent' }) };
    const shared = createScheduler([job], { ...deps, leases: leaseRepository(store) });
    shared.start();
    await shared.idle();
    expect(at).toHaveLength(0); // several instances could share the store: the lease may be live
    await shared.stop();
    const alone = createScheduler([job], { ...deps, leases: leaseRepository(store, { orphanedBefore: started }) });
    alone.start();
    await alone.idle();
    await alone.stop();
    expect(at).toHaveLength(1);
    // A lease this process's own other scheduler took after it started is still respected.
    expect(await leaseRepository(store).acquire('job:digest', 'a', 60_000, new Date())).toBe(true);
    expect(await leaseRepository(store, { orphanedBefore: started }).acquire('job:digest', 'b', 60_000, new Date())).toBe(false);
  });

  it('tries a skipped or failed occurrence again for the same instant, within its catch-up window, and not after stop', async () => {
    let now = new Date('2026-11-30T07:00:05Z'); // Monday 08:00:05 in Oslo, just after the digest's occurrence
    const clock = { now: () => now };
    const runs: string[] = [];
    let fail = true;
    const job = { name: 'digest', cron: '0 8 * * 1', catchUpMs: 7 * 24 * 3600_000, run: async (d: Date) => {
      runs.push(d.toISOString());
      if (fail) { fail = false; throw new Error('store unavailable'); }
    } };
    // Another instance holds the lease for 20 ms (then it expires: that instance died).
    expect(await leaseRepository(store).acquire('job:digest', 'other', 20, now)).toBe(true);
    const s = createScheduler([job], { leases: leaseRepository(store), instanceId: 'b', timeZone: TZ, clock, logger: pino({ level: 'silent' }), retryMs: 30 });
    s.start(); // catch-up: skipped, the lease is held
    await s.idle();
    expect(runs).toEqual([]);
    now = new Date(now.getTime() + 1000);
    await new Promise((r) => setTimeout(r, 50)); // retried: runs, fails
    await s.idle();
    await new Promise((r) => setTimeout(r, 50)); // retried again: runs and succeeds
    await s.idle();
    expect(runs).toEqual(['2026-11-30T07:00:00.000Z', '2026-11-30T07:00:00.000Z']);
    await new Promise((r) => setTimeout(r, 80));
    expect(runs).toHaveLength(2); // done: no more retries

    await s.stop();

    // Stopped with a retry waiting: it never runs.
    fail = true;
    runs.length = 0;
    const t = createScheduler([job], { leases: leaseRepository(store), instanceId: 'c', timeZone: TZ, clock, logger: pino({ level: 'silent' }), retryMs: 30 });
    t.start(); // catch-up runs and fails: a retry is waiting
    await t.idle();
    expect(runs).toHaveLength(1);
    await t.stop();
    await new Promise((r) => setTimeout(r, 80));
    expect(runs).toHaveLength(1);
  });

  it('catches up at start a run missed while the bot was down', async () => {
    const at: Date[] = [];
    const job = { name: 'daily', cron: '0 7 * * *', catchUpMs: 24 * 3600_000, run: async (d: Date) => { at.push(d); } };
    const s = createScheduler([job], { leases: leaseRepository(store), instanceId: 'a', timeZone: TZ, clock: { now: () => new Date() }, logger: pino({ level: 'silent' }) });
    s.start();
    await s.stop();
    expect(at).toHaveLength(1);
    expect(Date.now() - at[0]!.getTime()).toBeLessThanOrEqual(24 * 3600_000);
  });
});
