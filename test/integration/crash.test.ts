/**
 * Crash test (issue 5): 1,000 alerts imported over /api/alerts while the bot process is killed with
 * SIGKILL at random moments, some of them while a card post is in flight at the Bot Connector, and
 * restarted each time. Afterwards every alert is stored once, every hit has its card, duplicate cards
 * number at most one per kill, and every journal verifies. CRASH_SEED=<n> replays a run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { verifyJournal } from '../../src/domain/journal.js';
import type { StoredCaseRecord } from '../../src/usecases/ports.js';
import { ALERT_ORIGINS, makePerson, makeRegister, weighted } from '../eval/generator/people.js';
import { Rng } from '../eval/generator/rng.js';
import { validAlert } from '../support/alert-samples.js';
import type { BotProcess } from '../support/bot-process.js';
import { botEnvironment, JOURNAL_KEY, startBotProcess } from '../support/bot-process.js';
import type { RecordedCall } from '../support/connector-standin.js';
import { startConnectorStandIn } from '../support/connector-standin.js';
import { INGEST_TOKEN, REGISTRY_CHANNEL } from '../support/desk-harness.js';

const ALERTS = 1_000;
const BATCH = 50;
const PLANTED_HITS = 30;
/** Kill modes, one per kill, in a seeded order: `card` kills while a card post waits for its answer. */
const KILL_MODES = ['card', 'card', 'card', 'timer', 'timer', 'timer'] as const;
const ID = /IMI-CRASH-\d{4}/g;

type KillMode = (typeof KILL_MODES)[number];
interface Kill { readonly mode: KillMode; readonly moment: string; readonly batchesStored: number }

function makeAlerts(rng: Rng) {
  const register = makeRegister(rng, 60).map((p) => p.person);
  const plantedAt = new Set<number>();
  while (plantedAt.size < PLANTED_HITS) plantedAt.add(rng.int(ALERTS));
  const planted: string[] = [];
  const alerts = Array.from({ length: ALERTS }, (_, i) => {
    const imiId = `IMI-CRASH-${String(i).padStart(4, '0')}`;
    const person = plantedAt.has(i) ? register[planted.push(imiId) - 1]! : makePerson(rng, weighted(rng, ALERT_ORIGINS), 'none').person;
    return validAlert({
      imiId,
      professional: { familyName: person.familyName, givenNames: person.givenNames, formerFamilyNames: person.formerFamilyNames, dateOfBirth: person.dateOfBirth },
    });
  });
  return { register, alerts, planted };
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const isCardPost = (c: RecordedCall) => c.method === 'POST' && c.conversationId === REGISTRY_CHANNEL && c.activityId === undefined;

describe('crash test: 1,000 alerts imported while the bot is killed with SIGKILL and restarted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crash-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every alert once, posts every hit\'s card, at most one duplicate per kill, and the journals verify', async () => {
    const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const rng = new Rng(seed);
    const { register, alerts, planted } = makeAlerts(rng);
    const batches = Array.from({ length: ALERTS / BATCH }, (_, b) => alerts.slice(b * BATCH, (b + 1) * BATCH));
    const modes = shuffled(KILL_MODES, rng);

    let bot: BotProcess | undefined;
    let onCardPost: (() => void) | undefined;
    // Answers wait 30 ms, so a `card` kill lands between the post reaching Teams and the bot hearing back.
    const connector = await startConnectorStandIn({ delayMs: 30, onCall: (call) => { if (isCardPost(call)) onCardPost?.(); } });
    const env = { ...botEnvironment(dir, { register, connectorUrl: connector.url }), STORE: 'embedded', DATA_DIR: join(dir, 'data') };
    const kills: Kill[] = [];
    let stored = 0;
    const started = performance.now();
    try {
      for (let life = 1; ; life++) {
        const current = await startBotProcess(`bot-${life}`, env);
        bot = current;
        const mode = modes[kills.length];
        let killed = false;
        let batchInFlight = false;
        const kill = (moment: string) => {
          if (killed) return;
          killed = true;
          onCardPost = undefined;
          kills.push({ mode: mode!, moment: `${moment}${batchInFlight ? ', an alert batch in flight' : ''}`, batchesStored: stored });
          void current.stop('SIGKILL');
        };
        // The import takes a few seconds in all, so kills come early in each life to land in the middle of it.
        const delay = mode === 'card' ? rng.int(300) : 50 + rng.int(750);
        // A `card` kill waits for the next card post; if none comes (nothing left to send), a timer kills anyway.
        const timer = mode ? setTimeout(() => kill(mode === 'card' ? `no card in flight, ${delay + 3_000} ms after start` : `${delay} ms after start`), mode === 'card' ? delay + 3_000 : delay) : undefined;
        if (mode === 'card') setTimeout(() => { if (!killed) onCardPost = () => kill('while a card post awaited its answer'); }, delay);
        while (stored < batches.length && !killed) {
          batchInFlight = true;
          try {
            const res = await fetch(`${current.base}/api/alerts`, {
              method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST_TOKEN}` }, body: JSON.stringify({ alerts: batches[stored] }),
            });
            const body = (await res.json()) as { accepted: string[]; rejected: unknown[] };
            expect(res.status).toBe(202);
            expect(body.accepted).toHaveLength(BATCH);
            stored += 1;
          } catch (error) {
            // The batch in flight when the bot died is sent again to the next process: the API is idempotent.
            if (!killed) throw error;
          } finally {
            batchInFlight = false;
          }
        }
        if (!mode) break;
        await current.exited;
        clearTimeout(timer);
      }
      const left = await bot.drain(60_000);
      expect(left).toEqual({ unscreened: 0, pendingOutbox: 0 });
      await bot.stop('SIGTERM');
    } catch (error) {
      await bot?.stop('SIGKILL');
      throw new Error(`crash test failed (CRASH_SEED=${seed}): ${String(error)}\n--- last bot output ---\n${bot?.output() ?? ''}`);
    } finally {
      await connector.stop();
    }
    const seconds = (performance.now() - started) / 1_000;

    const store = await openEmbeddedStore({ dir: join(dir, 'data', 'store') });
    const records: StoredCaseRecord[] = [];
    for await (const r of caseRepository(store).all()) records.push(r);
    await store.close();

    const postsPerCase = new Map<string, number>();
    for (const call of connector.calls.filter(isCardPost)) {
      const ids = new Set(JSON.stringify(call.body).match(ID));
      expect(ids.size).toBe(1);
      for (const id of ids) postsPerCase.set(id, (postsPerCase.get(id) ?? 0) + 1);
    }
    const matched = records.filter((r) => r.case.screening?.outcome !== 'no_hit');
    const duplicates = [...postsPerCase.values()].reduce((sum, n) => sum + n - 1, 0);
    const cardKills = kills.filter((k) => k.moment.startsWith('while')).length;
    process.stdout.write(
      `crash test (CRASH_SEED=${seed}): ${ALERTS} alerts in ${batches.length} batches, ${kills.length} SIGKILLs ` +
        `(${cardKills} while a card post was in flight), ${seconds.toFixed(1)} s\n` +
        kills.map((k, i) => `  kill ${i + 1}: ${k.mode}, ${k.moment}, after ${k.batchesStored} batches stored\n`).join('') +
        `  cases stored ${records.length}, hits/possibles ${matched.length} (${planted.length} planted), cards posted ${[...postsPerCase.values()].reduce((a, b) => a + b, 0)}, ` +
        `duplicate cards ${duplicates} (limit: one per kill, ${kills.length})\n`,
    );

    expect(kills.length).toBeGreaterThanOrEqual(5);
    expect(cardKills).toBeGreaterThanOrEqual(1);
    // Every alert exactly once: one case per imiId, each received (journaled) once.
    expect(records.map((r) => r.case.imiId).sort()).toEqual(alerts.map((a) => a.imiId).sort());
    for (const r of records) {
      expect(r.journal.filter((e) => e.action === 'received'), r.case.imiId).toHaveLength(1);
      expect(verifyJournal(r.case.imiId, r.journal, r.head, JOURNAL_KEY), r.case.imiId).toEqual([]);
      expect(r.case.screening, r.case.imiId).toBeDefined();
      expect(r.outbox, r.case.imiId).toEqual([]);
    }
    // Every hit and possible has its card at the Bot Connector; nothing else has one.
    expect(matched.map((r) => r.case.imiId)).toEqual(expect.arrayContaining(planted));
    for (const r of matched) {
      expect(r.case.state, r.case.imiId).toBe('to_verify');
      expect(r.cards.registry, r.case.imiId).toBeDefined();
      expect(postsPerCase.get(r.case.imiId) ?? 0, r.case.imiId).toBeGreaterThanOrEqual(1);
    }
    expect(postsPerCase.size).toBe(matched.length);
    expect(duplicates).toBeLessThanOrEqual(kills.length);
  }, 110_000);
});
