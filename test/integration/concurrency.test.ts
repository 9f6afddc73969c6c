import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCosmosStore } from '../../src/adapters/storage/cosmos-store.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { verifyJournal } from '../../src/domain/journal.js';
import { cardRefOf, channelCard, recordOf, textOf } from '../support/card-presser.js';
import type { CosmosServer } from '../support/cosmos-server.js';
import { startCosmosServer } from '../support/cosmos-server.js';
import type { DeskHarness, Officer } from '../support/desk-harness.js';
import { startDesk } from '../support/desk-harness.js';
import { PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';

/**
 * Twenty registry officers press *Claim* on the same card at the same moment, over real HTTP: exactly one
 * holds the case, the other nineteen are told who does, and the journal has one claim (and nineteen refusals).
 * Run on both stores, since the serialisation rests on each store's conditional write.
 */
const IMI = 'IMI-2026-RACE-1';
const OFFICERS_20: Officer[] = Array.from({ length: 20 }, (_, i) => ({ aadObjectId: `aad-registry-race-${String(i + 1).padStart(2, '0')}`, name: `Saksbehandler ${i + 1}` }));
const ROLES_20 = Object.fromEntries(OFFICERS_20.map((o) => [o.aadObjectId, ['registry']]));

let cosmos: CosmosServer | undefined;
afterAll(async () => { await cosmos?.stop(); });

const stores: [string, () => Promise<DocumentStore | undefined>][] = [
  ['embedded store', async () => undefined],
  ['Cosmos DB protocol', async () => {
    cosmos ??= await startCosmosServer();
    return openCosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key, database: `race-${process.pid}`, agent: cosmos.agent });
  }],
];

describe.each(stores)('twenty simultaneous claims (%s)', (_name, openStore) => {
  let h: DeskHarness;
  beforeAll(async () => {
    const store = await openStore();
    h = await startDesk({ register: REGISTER, roles: ROLES_20, ...(store ? { store } : {}) });
    expect((await h.postAlerts(alertAbout(PEOPLE[0], IMI))).status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); });

  it('lets exactly one officer hold the case and tells the other nineteen who does', async () => {
    const ref = await cardRefOf(h, IMI, 'registry');
    const version = (await recordOf(h, IMI)).case.version;
    const answers = await Promise.all(OFFICERS_20.map((o) => h.invoke(o, 'claim', { caseId: IMI, version }, ref)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));

    const rec = await recordOf(h, IMI);
    const winner = OFFICERS_20.find((o) => o.aadObjectId === rec.case.holder?.id);
    expect(winner).toBeDefined();
    const texts = answers.map((a) => JSON.stringify(a.body));
    const toldWhoHolds = texts.filter((t) => t.includes(`Saken er allerede tatt av ${winner!.name}.`));
    expect(toldWhoHolds).toHaveLength(19);
    const winnersAnswer = texts[OFFICERS_20.indexOf(winner!)]!;
    expect(winnersAnswer).not.toContain('allerede tatt av');
    expect(winnersAnswer).toContain(winner!.name);

    const claims = rec.journal.filter((e) => e.action === 'claim');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.actor).toMatchObject({ kind: 'user', id: winner!.aadObjectId });
    const refusals = rec.journal.filter((e) => e.action === 'refused');
    expect(refusals).toHaveLength(19);
    expect(new Set(refusals.map((e) => (e.data as { code: string }).code))).toEqual(new Set(['already_claimed']));
    expect(new Set(refusals.map((e) => (e.actor as { id: string }).id))).toEqual(new Set(OFFICERS_20.filter((o) => o !== winner).map((o) => o.aadObjectId)));
    expect(rec.case.version).toBe(version + 1);
    expect(verifyJournal(IMI, rec.journal, rec.head, h.config.JOURNAL_KEY)).toEqual([]);

    await h.settle();
    expect(textOf(await channelCard(h, IMI, 'registry'))).toContain(winner!.name);
  });
});
