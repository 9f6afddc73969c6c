import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseRepository } from '../../../src/adapters/storage/case-repository.js';
import type { DocumentStore } from '../../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../../src/adapters/storage/embedded-store.js';
import type { DispatcherDeps, SendingTakeover } from '../../../src/adapters/teams/outbox-dispatcher.js';
import { sleepUnless } from '../../../src/adapters/teams/delivery.js';
import { dispatchCases, dispatchOutbox, outboxRunner, SENDING_LEASE_MS } from '../../../src/adapters/teams/outbox-dispatcher.js';
import { RateLimiter } from '../../../src/adapters/teams/rate-limiter.js';
import type { TeamsSender } from '../../../src/adapters/teams/teams-sender.js';
import { emptyHead } from '../../../src/domain/journal.js';
import type { CaseRepository } from '../../../src/usecases/ports.js';
import { tempDir } from '../storage/support/temp-dir.js';
import { caseIn } from '../../support/case-fixtures.js';
import { REGISTRY_CHANNEL, startDesk } from '../../support/desk-harness.js';

const KEY = 'test-journal-key-0123456789abcdef0123456789';
const NOW = new Date('2026-11-02T10:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);
/** This process started (and opened the store) 2 s before NOW. */
const STARTED = ago(2_000);

/** A case waiting for its first card: one pending `post_card` in the outbox. */
async function createWithCardToPost(cases: CaseRepository, imiId: string): Promise<void> {
  const c = caseIn('to_verify', { imiId });
  await cases.create({ case: c, journal: [], head: emptyHead(imiId, KEY), cards: {}, outbox: [{ id: `m-${imiId}`, kind: 'post_card', slot: 'registry', status: 'pending', attempts: 0, createdAt: NOW.toISOString() }] });
}

/** The registry channel the tests' cards go to. */
const CHANNEL = { serviceUrl: 'http://127.0.0.1:1/', conversationId: '19:registry@thread.tacv2' };

/** Runs `test` on the cases of a new embedded store, which is closed and removed afterwards. */
async function withCases(prefix: string, test: (cases: CaseRepository) => Promise<void>): Promise<void> {
  const dir = await tempDir(prefix);
  const store = await openEmbeddedStore({ dir: dir.dir });
  try {
    await test(caseRepository(store));
  } finally {
    await store.close();
    await dir.remove();
  }
}

/** A dispatcher that posts to CHANNEL at NOW, never waits and logs nothing; each test overrides what it watches. */
function dispatcherDeps(cases: CaseRepository, overrides: Partial<DispatcherDeps> = {}): DispatcherDeps {
  return {
    cases, limiter: new RateLimiter(), clock: { now: () => NOW }, logger: pino({ level: 'silent' }),
    sender: { post: async () => 'activity', update: async () => undefined },
    channelFor: async () => CHANNEL,
    render: () => ({ card: { type: 'AdaptiveCard' }, summary: 'card' }),
    sleep: async () => undefined,
    ...overrides,
  };
}

describe('outbox dispatcher: taking over a card left `sending`', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: DocumentStore;
  let cases: CaseRepository;
  let posts: number;

  beforeEach(async () => {
    dir = await tempDir('dispatcher-');
    store = await openEmbeddedStore({ dir: dir.dir });
    cases = caseRepository(store);
    posts = 0;
  });
  afterEach(async () => {
    await store.close();
    await dir.remove();
  });

  const sender: TeamsSender = {
    post: async () => { posts += 1; return `activity-${posts}`; },
    update: async () => undefined,
  };

  async function leaveSending(sendingSince: Date): Promise<void> {
    const c = caseIn('to_verify');
    await cases.create({
      case: c, journal: [], head: emptyHead(c.imiId, KEY), cards: {},
      outbox: [{ id: 'm1', kind: 'post_card', slot: 'registry', status: 'sending', attempts: 1, createdAt: ago(120_000).toISOString(), sendingSince: sendingSince.toISOString() }],
    });
  }

  function dispatch(takeover: SendingTakeover | undefined) {
    return dispatchOutbox(dispatcherDeps(cases, { sender, ...(takeover ? { takeover } : {}) }));
  }

  const exclusive: SendingTakeover = { leaseMs: SENDING_LEASE_MS, orphanedBefore: STARTED };
  const shared: SendingTakeover = { leaseMs: SENDING_LEASE_MS };
  it.each([
    { name: 'exclusive store, marked 5 s ago by the process before this one: sent again at once', takeover: exclusive, markedAt: ago(5_000), resent: true },
    { name: 'exclusive store, marked 1 s ago by this process (a send still under way): held back', takeover: exclusive, markedAt: ago(1_000), resent: false },
    { name: 'exclusive store, marked by this process longer than the lease ago: taken over', takeover: exclusive, markedAt: ago(SENDING_LEASE_MS), resent: true },
    { name: 'shared store, marked 5 s ago: another instance may still be sending it, held back', takeover: shared, markedAt: ago(5_000), resent: false },
    { name: 'shared store, marked 59 s ago: still within the lease', takeover: shared, markedAt: ago(SENDING_LEASE_MS - 1_000), resent: false },
    { name: 'shared store, marked a whole lease ago: its sender is taken for dead', takeover: shared, markedAt: ago(SENDING_LEASE_MS), resent: true },
    { name: 'no takeover rule given: the multi-instance lease applies', takeover: undefined, markedAt: ago(5_000), resent: false },
  ])('$name', async ({ takeover, markedAt, resent }) => {
    await leaveSending(markedAt);
    expect(await dispatch(takeover)).toBe(resent ? 1 : 0);
    expect(posts).toBe(resent ? 1 : 0);
    const rec = await cases.get('IMI-2025-000123');
    if (resent) {
      expect(rec?.outbox).toEqual([]);
      expect(rec?.cards.registry?.activityId).toBe('activity-1');
    } else {
      expect(rec?.outbox).toMatchObject([{ id: 'm1', status: 'sending', sendingSince: markedAt.toISOString() }]);
    }
  });
});

describe('outbox runner: notified cases by point reads, a sweep query only now and then', () => {
  it('delivers what a write just queued without querying, and sweeps for the rest at most every interval', async () => {
    await withCases('runner-', async (real) => {
      let sweeps = 0;
      const cases: CaseRepository = { ...real, withPendingOutbox: (limit) => { sweeps += 1; return real.withPendingOutbox(limit); } };
      const posted: string[] = [];
      const queue = (imiId: string) => createWithCardToPost(real, imiId);
      let elapsed = 0;
      const runner = outboxRunner(dispatcherDeps(cases, {
        sender: { post: async (_a, card) => { posted.push(String((card as { ref?: string }).ref)); return `activity-${posted.length}`; }, update: async () => undefined },
        render: (c) => ({ card: { type: 'AdaptiveCard', ref: c.imiId }, summary: 'card' }),
      }), 2_000, () => elapsed);
      await queue('IMI-LEFT-OVER');
      expect(await runner.run()).toBe(1);
      expect(sweeps).toBe(1);

      await queue('IMI-NOTIFIED');
      await queue('IMI-OTHER-INSTANCE');
      runner.notify('IMI-NOTIFIED');
      elapsed = 1_999;
      expect(await runner.run()).toBe(1);
      expect(sweeps).toBe(1);
      expect(posted).toEqual(['IMI-LEFT-OVER', 'IMI-NOTIFIED']);

      elapsed = 2_000;
      expect(await runner.run()).toBe(1);
      expect(sweeps).toBe(2);
      expect(posted).toEqual(['IMI-LEFT-OVER', 'IMI-NOTIFIED', 'IMI-OTHER-INSTANCE']);
      expect((await real.withPendingOutbox(10))).toEqual([]);
    });
  });
});

describe('outbox dispatcher at shutdown', () => {
  it('leaves a card waiting for its turn under the rate limits queued and unmarked at shutdown, and takes up no more', async () => {
    await withCases('shutdown-', async (cases) => {
      const ids = ['IMI-WAITING', 'IMI-NEXT'];
      for (const imiId of ids) await createWithCardToPost(cases, imiId);
      // The channel has had its 1,800 messages this hour: the next may go only in an hour's time.
      const limiter = new RateLimiter();
      for (let i = 0; i < 1_800; i++) limiter.record(CHANNEL.conversationId, NOW.getTime() - 3_000_000 + i);
      const shutdown = new AbortController();
      let sends = 0;
      const sleeps: number[] = [];
      const run = dispatchCases(dispatcherDeps(cases, {
        limiter,
        sender: { post: async () => { sends += 1; return 'activity'; }, update: async () => undefined },
        sleep: (ms) => { sleeps.push(ms); return sleepUnless(shutdown.signal)(ms); },
        signal: shutdown.signal,
      }), ids);
      await vi.waitFor(() => expect(sleeps).toHaveLength(1));
      expect(sleeps[0]).toBeGreaterThan(500_000);
      shutdown.abort();
      expect(await run).toBe(0);
      expect(sends).toBe(0);
      // Neither was marked `sending`: the next start (or another instance) sends them without waiting out a lease.
      for (const imiId of ids) {
        const [msg] = (await cases.get(imiId))?.outbox ?? [];
        expect(msg).toMatchObject({ status: 'pending', attempts: 0 });
        expect(msg?.sendingSince).toBeUndefined();
      }
    });
  });
});

describe('outbox dispatcher under the rate limits', () => {
  it('renders a card when its turn comes, so a case worked on while it waited is sent once, as it is then', async () => {
    await withCases('turn-', async (cases) => {
      const imiId = 'IMI-WORKED-ON';
      const c = caseIn('to_verify', { imiId });
      await cases.create({
        case: c, journal: [], head: emptyHead(imiId, KEY),
        cards: { registry: { ...CHANNEL, activityId: 'card-1' } },
        outbox: [{ id: 'u1', kind: 'update_card', slot: 'registry', status: 'pending', attempts: 0, createdAt: NOW.toISOString() }],
      });
      // The channel has had 60 messages in the last 30 s: the update must wait its turn.
      const limiter = new RateLimiter();
      for (let i = 0; i < 60; i++) limiter.record(CHANNEL.conversationId, NOW.getTime() - 20_000 + i);
      const rendered: number[] = [];
      const updates: string[] = [];
      let clock = NOW.getTime();
      let worked = false;
      const delivered = await dispatchCases(dispatcherDeps(cases, {
        limiter, clock: { now: () => new Date(clock) },
        sender: { post: async () => 'unused', update: async (_address, _activityId, _card, summary) => { updates.push(summary); } },
        channelFor: async () => undefined,
        render: (current) => { rendered.push(current.version); return { card: { type: 'AdaptiveCard' }, summary: `version ${current.version}` }; },
        sleep: async (ms) => {
          clock += ms;
          if (worked) return;
          // While the update waits, an officer works the case: a new version, whose update is the one queued.
          worked = true;
          const rec = await cases.get(imiId);
          await cases.save({ ...rec!, case: { ...rec!.case, version: rec!.case.version + 1 } }, rec!.etag);
        },
      }), [imiId]);
      expect(worked).toBe(true);
      expect(delivered).toBe(1);
      expect(rendered).toEqual([c.version + 1]);
      expect(updates).toEqual([`version ${c.version + 1}`]);
      expect((await cases.get(imiId))?.outbox).toEqual([]);
    });
  });
});

describe('desk start-up on the embedded store', () => {
  it('re-sends at once a card that the previous process left `sending` a moment before it died', async () => {
    const dir = await tempDir('restart-');
    const store = await openEmbeddedStore({ dir: dir.dir });
    const c = caseIn('to_verify', { imiId: 'IMI-2025-000999' });
    await caseRepository(store).create({
      case: c, journal: [], head: emptyHead(c.imiId, KEY), cards: {},
      outbox: [{ id: 'm1', kind: 'post_card', slot: 'registry', status: 'sending', attempts: 1, createdAt: new Date(Date.now() - 2_000).toISOString(), sendingSince: new Date(Date.now() - 1_000).toISOString() }],
    });
    const h = await startDesk({ register: [], store });
    try {
      await h.settle();
      const posts = h.connector.posts(REGISTRY_CHANNEL);
      expect(posts).toHaveLength(1);
      expect(JSON.stringify(posts[0]!.body)).toContain('IMI-2025-000999');
      expect((await h.desk.cases.get('IMI-2025-000999'))?.outbox).toEqual([]);
    } finally {
      await h.stop();
      await dir.remove();
    }
  });
});
