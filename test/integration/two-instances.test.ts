/**
 * Two bot processes on one Cosmos-protocol server (issue 5, "claims stay exactly-once"): both ingest, both
 * screen and deliver cards, and many officers press `claim` on the same cards at once, their presses
 * split across both processes. Each case ends with one holder and one claim in its journal, and each card
 * is posted once. The processes come from startBotProcesses, so further checks over several instances
 * (scheduled jobs running once) can join this file as more `it`s on the same fixture.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import { openCosmosStore } from '../../src/adapters/storage/cosmos-store.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { verifyJournal } from '../../src/domain/journal.js';
import type { StoredCaseRecord } from '../../src/usecases/ports.js';
import { ALERT_ORIGINS, makePerson, makeRegister, weighted } from '../eval/generator/people.js';
import { Rng } from '../eval/generator/rng.js';
import { validAlert } from '../support/alert-samples.js';
import type { BotProcess } from '../support/bot-process.js';
import { botEnvironment, JOURNAL_KEY, LEADERSHIP_CHANNEL, startBotProcesses } from '../support/bot-process.js';
import { addWorkingDays, toLocalDate } from '../../src/domain/deadlines/index.js';
import { answeredCard, cardInvoke, type Presser } from '../support/card-invoke.js';
import type { ConnectorStandIn } from '../support/connector-standin.js';
import { startConnectorStandIn } from '../support/connector-standin.js';
import type { CosmosServer } from '../support/cosmos-server.js';
import { startCosmosServer } from '../support/cosmos-server.js';
import { INGEST_TOKEN, REGISTRY_CHANNEL } from '../support/desk-harness.js';

const INSTANCES = 2;
const HITS = 20;
const NO_HITS = 10;
const PRESSERS_PER_CARD = 8;
const DATABASE = 'two-instances';

const officers: Presser[] = Array.from({ length: PRESSERS_PER_CARD }, (_, i) => ({ aadObjectId: `aad-registry-${i + 1}`, name: `Officer ${i + 1}` }));
const roles = Object.fromEntries(officers.map((o) => [o.aadObjectId, ['registry']]));

function makeAlerts() {
  const rng = new Rng(20_251_103);
  const register = makeRegister(rng, HITS).map((p) => p.person);
  const hits = register.map((p, i) => ({ imiId: `IMI-TWO-H${String(i).padStart(3, '0')}`, person: p }));
  const others = Array.from({ length: NO_HITS }, (_, i) => ({ imiId: `IMI-TWO-N${String(i).padStart(3, '0')}`, person: makePerson(rng, weighted(rng, ALERT_ORIGINS), 'none').person }));
  const alerts = [...hits, ...others].map(({ imiId, person: p }) => validAlert({
    imiId, professional: { familyName: p.familyName, givenNames: p.givenNames, formerFamilyNames: p.formerFamilyNames, dateOfBirth: p.dateOfBirth },
  }));
  return { register, alerts, hitIds: hits.map((h) => h.imiId) };
}

describe('two bot processes on one Cosmos-protocol server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'two-instances-'));
  const { register, alerts, hitIds } = makeAlerts();
  let cosmos: CosmosServer;
  let connector: ConnectorStandIn;
  let bots: BotProcess[] = [];
  let store: DocumentStore;

  beforeAll(async () => {
    cosmos = await startCosmosServer();
    connector = await startConnectorStandIn();
    const env = {
      ...botEnvironment(dir, { register, connectorUrl: connector.url, roles }),
      STORE: 'cosmos', COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key, COSMOS_DATABASE: DATABASE, NODE_EXTRA_CA_CERTS: cosmos.caFile,
    };
    bots = await startBotProcesses(INSTANCES, 'cosmos-bot', () => env);
    store = await openCosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key, database: DATABASE, agent: cosmos.agent });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.stop('SIGTERM')));
    await store?.close();
    await connector?.stop();
    await cosmos?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Lets every instance run its loops until none has work left (one may wait for another's send). */
  async function drainAll(): Promise<void> {
    const left = await Promise.all(bots.map((b) => b.drain(30_000)));
    expect(left, bots.map((b) => b.output()).join('\n')).toEqual(bots.map(() => ({ unscreened: 0, pendingOutbox: 0 })));
  }

  async function cases(): Promise<Map<string, StoredCaseRecord>> {
    const out = new Map<string, StoredCaseRecord>();
    for await (const r of caseRepository(store).all()) out.set(r.case.imiId, r);
    return out;
  }

  const cardPostsPerCase = () => {
    const counts = new Map<string, number>();
    for (const call of connector.posts(REGISTRY_CHANNEL)) {
      const id = JSON.stringify(call.body).match(/IMI-TWO-[HN]\d{3}/)?.[0] ?? 'unknown';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };

  it('claims stay exactly-once: of many simultaneous presses per card, split over both processes, one wins', async () => {
    // Half the alerts through each instance: both write, both screen, both deliver.
    const halves = [alerts.filter((_, i) => i % 2 === 0), alerts.filter((_, i) => i % 2 === 1)];
    for (const [i, half] of halves.entries()) {
      const res = await fetch(`${bots[i]!.base}/api/alerts`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST_TOKEN}` }, body: JSON.stringify(half) });
      expect(res.status).toBe(202);
    }
    await drainAll();
    const before = await cases();
    expect(before.size).toBe(alerts.length);
    for (const id of hitIds) expect(before.get(id)?.case.state, id).toBe('to_verify');
    expect([...cardPostsPerCase().entries()].sort()).toEqual(hitIds.map((id) => [id, 1]));

    // Every officer presses claim on every card, all at once, alternating between the two processes.
    const presses = hitIds.flatMap((imiId) => officers.map((officer, k) => ({ imiId, officer, bot: bots[k % INSTANCES]! })));
    const answers = await Promise.all(presses.map(async ({ imiId, officer, bot }) => {
      const rec = before.get(imiId)!;
      const card = { conversationId: REGISTRY_CHANNEL, activityId: rec.cards.registry!.activityId };
      const res = await fetch(`${bot.base}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify(cardInvoke(officer, 'claim', { caseId: imiId, version: rec.case.version }, card, connector.url)),
      });
      return { imiId, officer, card: answeredCard(res.status, await res.json()) };
    }));
    await drainAll();

    const after = await cases();
    for (const imiId of hitIds) {
      const rec = after.get(imiId)!;
      const holder = rec.case.holder;
      expect(holder, imiId).toBeDefined();
      expect(rec.journal.filter((e) => e.action === 'claim'), imiId).toHaveLength(1);
      const refused = rec.journal.filter((e) => e.action === 'refused');
      expect(refused.map((e) => e.data?.code), imiId).toEqual(Array(PRESSERS_PER_CARD - 1).fill('already_claimed'));
      expect(verifyJournal(imiId, rec.journal, rec.head, JOURNAL_KEY), imiId).toEqual([]);
      // The winner's answer shows the case held by them; every other presser is told who holds it.
      const mine = answers.filter((a) => a.imiId === imiId);
      const told = mine.filter((a) => a.card.includes(`Saken er allerede tatt av ${holder!.name}.`));
      expect(told.map((a) => a.officer.aadObjectId).sort(), imiId).toEqual(officers.filter((o) => o.aadObjectId !== holder!.id).map((o) => o.aadObjectId).sort());
      // The same message (it was redrawn in place, so only when it was drawn may differ).
      const address = (ref: typeof rec.cards.registry) => ref && { serviceUrl: ref.serviceUrl, conversationId: ref.conversationId, activityId: ref.activityId };
      expect(address(rec.cards.registry), imiId).toEqual(address(before.get(imiId)!.cards.registry));
    }
    // Each card was posted once and then updated in place, never posted again.
    expect([...cardPostsPerCase().entries()].sort()).toEqual(hitIds.map((id) => [id, 1]));
    const updated = new Set(connector.updates().map((u) => u.activityId));
    for (const imiId of hitIds) expect(updated.has(after.get(imiId)!.cards.registry!.activityId), imiId).toBe(true);
  }, 90_000);

  it('scheduled jobs run once: the same job started on both processes at the same moment sends one message', async () => {
    // Both processes run each job for the same occurrence at once, as their timers would at 07:00 and on Monday.
    let day = addWorkingDays(toLocalDate(new Date(), 'Europe/Oslo'), 1);
    while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 1) day = addWorkingDays(day, 1);
    const at = new Date(`${day}T06:00:00Z`);
    for (const job of ['nohit-list', 'digest', 'checkpoint']) {
      const runs = await Promise.all(bots.map((b) => b.runJob(job, at)));
      expect(runs.every((r) => r.error === undefined), JSON.stringify(runs)).toBe(true);
      // Either the lease kept one out, or it ran after the other and found the work done.
      const didWork = (result: unknown): string[] => {
        const r = result as { created?: string[]; written?: boolean; day?: string };
        return r.created ?? (r.written === false || !r.day ? [] : [r.day]);
      };
      const created = runs.flatMap((r) => (r.ran ? didWork(r.result) : []));
      expect(created, `${job}: ${JSON.stringify(runs)}`).toHaveLength(1);
    }
    await drainAll();
    for (const b of bots) await b.drain(5_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(connector.posts(REGISTRY_CHANNEL).filter((c) => JSON.stringify(c.body).includes('signOffNoHits'))).toHaveLength(1);
    expect(connector.posts(LEADERSHIP_CHANNEL)).toHaveLength(1);
    expect(await store.count('checkpoints', {})).toBeGreaterThan(0);
  }, 60_000);
});
