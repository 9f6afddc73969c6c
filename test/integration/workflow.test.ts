import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '../../src/domain/deadlines/index.js';
import { verifyJournal } from '../../src/domain/journal.js';
import type { CardSlot } from '../../src/usecases/ports.js';
import type { Card } from '../support/card-presser.js';
import { actionsOf, cardRefOf, channelCard, press, pressOn, recordOf, textOf, verbsOf } from '../support/card-presser.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, REGISTRY_CHANNEL, SUPERVISION_CHANNEL, startDesk } from '../support/desk-harness.js';
import { IDENTITY_VALUES, PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';
import { connectorTexts, logTexts, scanForIdentity } from '../support/identity-scan.js';

/**
 * The two walks of issue 4's acceptance, through the real HTTP server and the loopback Bot Connector: one hit
 * from its card to an escalated supervision case, one to closed without action (with a declined proposal on
 * the way), each four-eyes step by two different officers, and the journal checked afterwards.
 */
const ESCALATED = 'IMI-2026-WALK-ESC';
const CLOSED = 'IMI-2026-WALK-CLS';
const { registryA, registryB, supervisionA, supervisionB } = OFFICERS;

const versionOn = (card: Card) => actionsOf(card).find((a) => a.verb === 'showDetails')?.data?.version;
const linkOn = (card: Card) => actionsOf(card).find((a) => a.type === 'Action.OpenUrl')?.url;

describe('case workflow end to end', () => {
  let h: DeskHarness;
  const today = toLocalDate(new Date(), 'Europe/Oslo');

  beforeAll(async () => {
    h = await startDesk({ register: REGISTER });
    const res = await h.postAlerts({ alerts: [alertAbout(PEOPLE[0], ESCALATED), alertAbout(PEOPLE[1], CLOSED)] });
    expect(res.status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); });

  /** Both channel cards show the case as it is now: its state and its current version. */
  async function expectBothCardsCurrent(imiId: string, stateLabel: string) {
    await h.settle();
    const rec = await recordOf(h, imiId);
    for (const slot of ['registry', 'supervision'] as CardSlot[]) {
      const card = await channelCard(h, imiId, slot);
      expect(textOf(card), `${slot} card shows ${stateLabel}`).toContain(stateLabel);
      expect(versionOn(card), `${slot} card carries version ${rec.case.version}`).toBe(rec.case.version);
    }
  }

  it('walks a hit from its card to an escalated supervision case, four eyes by two supervision officers', async () => {
    expect(h.connector.posts(REGISTRY_CHANNEL).filter((c) => JSON.stringify(c.body).includes(ESCALATED))).toHaveLength(1);

    const posted = (await recordOf(h, ESCALATED)).cards.registry!.drawnAt!;
    const claimed = await press(h, registryA, ESCALATED, 'registry', 'claim');
    expect(textOf(claimed.card)).toContain(registryA.name);
    // Each delivery notes when the card was drawn, so the daily deadline pass knows what it shows.
    await h.settle();
    expect(Date.parse((await recordOf(h, ESCALATED)).cards.registry!.drawnAt!)).toBeGreaterThan(Date.parse(posted));

    const details = await press(h, registryA, ESCALATED, 'registry', 'showDetails');
    expect(textOf(details.card)).toContain(PEOPLE[0].familyName);
    const registryRef = await cardRefOf(h, ESCALATED, 'registry');
    const confirmed = await pressOn(h, registryA, details.card, registryRef, 'confirmMatch', {}, 'nb-NO', (a) => a.data?.hprNumber === PEOPLE[0].hprNumber);
    expect(textOf(confirmed.card)).toContain('Treff bekreftet');

    const requested = await press(h, registryA, ESCALATED, 'registry', 'requestInfo', { requestedOn: today, dueOn: '' });
    expect(textOf(requested.card)).toContain('Opplysninger etterspurt');
    const received = await press(h, registryA, ESCALATED, 'registry', 'infoReceived', { receivedOn: today, note: 'Svar fra IVO i IMI.' });
    expect(textOf(received.card)).toContain('Opplysninger mottatt');
    const handedOver = await press(h, registryA, ESCALATED, 'registry', 'handOver', { note: 'Se svaret i IMI.' });
    expect(textOf(handedOver.card)).toContain('Hos tilsynsavdelingen');

    // The hand-over posts a card in the supervision channel; the two cards link to each other's message.
    await h.settle();
    expect(h.connector.posts(SUPERVISION_CHANNEL).filter((c) => JSON.stringify(c.body).includes(ESCALATED))).toHaveLength(1);
    const supervisionRef = await cardRefOf(h, ESCALATED, 'supervision');
    const supervisionCard = await channelCard(h, ESCALATED, 'supervision');
    const registryCard = await channelCard(h, ESCALATED, 'registry');
    expect(linkOn(supervisionCard)).toBe(`https://teams.microsoft.com/l/message/${REGISTRY_CHANNEL}/${registryRef.activityId}`);
    expect(linkOn(registryCard)).toBe(`https://teams.microsoft.com/l/message/${SUPERVISION_CHANNEL}/${supervisionRef.activityId}`);
    expect(verbsOf(registryCard)).toEqual(['showDetails']);
    expect(verbsOf(supervisionCard)).toEqual(expect.arrayContaining(['claim', 'showDetails', 'escalate', 'close']));
    await expectBothCardsCurrent(ESCALATED, 'Hos tilsynsavdelingen');

    // The registry's notes reach supervision in Show details, for the presser alone; never on a channel card.
    const supDetails = textOf((await press(h, supervisionA, ESCALATED, 'supervision', 'showDetails')).card);
    expect(supDetails).toContain('Se svaret i IMI.');
    expect(supDetails).toContain('Svar fra IVO i IMI.');
    for (const slot of ['registry', 'supervision'] as CardSlot[]) expect(textOf(await channelCard(h, ESCALATED, slot))).not.toContain('Se svaret i IMI.');

    const supClaimed = await press(h, supervisionA, ESCALATED, 'supervision', 'claim');
    expect(textOf(supClaimed.card)).toContain(supervisionA.name);
    await expectBothCardsCurrent(ESCALATED, supervisionA.name);

    const proposed = await press(h, supervisionA, ESCALATED, 'supervision', 'escalate', { caseNumber: '2026/12345' });
    expect(textOf(proposed.card)).toContain('Venter på godkjenning');
    await expectBothCardsCurrent(ESCALATED, 'Venter på godkjenning');

    for (const verb of ['approve', 'decline']) {
      const own = await press(h, supervisionA, ESCALATED, 'supervision', verb, verb === 'decline' ? { reason: 'Jeg angrer forslaget.' } : {});
      expect(textOf(own.card)).toContain('fireøyneprinsippet');
      expect((await recordOf(h, ESCALATED)).case.state).toBe('awaiting_approval');
    }

    const approved = await press(h, supervisionB, ESCALATED, 'supervision', 'approve');
    expect(textOf(approved.card)).toContain('Tilsynssak opprettet');
    await expectBothCardsCurrent(ESCALATED, 'Tilsynssak opprettet');
    const rec = await recordOf(h, ESCALATED);
    expect(rec.case).toMatchObject({ state: 'escalated', outcome: { caseNumber: '2026/12345' } });
    // A closed case's card is reduced to its outcome: no deadline, no holder, no step buttons.
    for (const slot of ['registry', 'supervision'] as CardSlot[]) {
      const card = await channelCard(h, ESCALATED, slot);
      expect(verbsOf(card)).toEqual(['showDetails']);
      expect(textOf(card)).toContain('2026/12345');
      expect(textOf(card)).not.toContain('"Frist"');
    }
  });

  it('journals every step of the escalation: who, what, on which card version, in a chain that verifies', async () => {
    const rec = await recordOf(h, ESCALATED);
    const steps = rec.journal.map((e) => [e.action, e.actor.kind === 'user' ? e.actor.id : 'system', e.cardVersion ?? null, e.from, e.to, (e.data as { code?: string } | undefined)?.code ?? null]);
    expect(steps).toEqual([
      ['received', 'system', null, 'received', 'received', null],
      ['screened', 'system', null, 'received', 'to_verify', null],
      ['claim', registryA.aadObjectId, 2, 'to_verify', 'to_verify', null],
      ['details_shown', registryA.aadObjectId, 3, 'to_verify', 'to_verify', null],
      ['confirmMatch', registryA.aadObjectId, 3, 'to_verify', 'match_confirmed', null],
      ['requestInfo', registryA.aadObjectId, 4, 'match_confirmed', 'info_requested', null],
      ['infoReceived', registryA.aadObjectId, 5, 'info_requested', 'info_received', null],
      ['handOver', registryA.aadObjectId, 6, 'info_received', 'with_supervision', null],
      ['details_shown', supervisionA.aadObjectId, 7, 'with_supervision', 'with_supervision', null],
      ['claim', supervisionA.aadObjectId, 7, 'with_supervision', 'with_supervision', null],
      ['escalate', supervisionA.aadObjectId, 8, 'with_supervision', 'awaiting_approval', null],
      ['refused', supervisionA.aadObjectId, 9, 'awaiting_approval', 'awaiting_approval', 'own_proposal'],
      ['refused', supervisionA.aadObjectId, 9, 'awaiting_approval', 'awaiting_approval', 'own_proposal'],
      ['approve', supervisionB.aadObjectId, 9, 'awaiting_approval', 'escalated', null],
    ]);
    expect(rec.journal.find((e) => e.action === 'confirmMatch')?.data).toEqual({ hprNumber: PEOPLE[0].hprNumber });
    expect(rec.journal.find((e) => e.action === 'escalate')?.data).toEqual({ caseNumber: '2026/12345' });
    expect(rec.journal.at(-1)?.data).toEqual({ proposedBy: supervisionA.aadObjectId, kind: 'escalate' });
    expect(rec.journal.filter((e) => e.action === 'refused').map((e) => (e.data as { verb: string }).verb)).toEqual(['approve', 'decline']);
    expect(verifyJournal(ESCALATED, rec.journal, rec.head, h.config.JOURNAL_KEY)).toEqual([]);
  });

  it('walks another hit to closed without action: a close proposal declined, proposed again and approved by the other officer', async () => {
    await press(h, registryB, CLOSED, 'registry', 'claim');
    const details = await press(h, registryB, CLOSED, 'registry', 'showDetails');
    await pressOn(h, registryB, details.card, await cardRefOf(h, CLOSED, 'registry'), 'confirmMatch', {}, 'nb-NO', (a) => a.data?.hprNumber === PEOPLE[1].hprNumber);
    await press(h, registryB, CLOSED, 'registry', 'handOver');
    await expectBothCardsCurrent(CLOSED, 'Hos tilsynsavdelingen');

    await press(h, supervisionB, CLOSED, 'supervision', 'claim');
    await expectBothCardsCurrent(CLOSED, supervisionB.name);
    await press(h, supervisionB, CLOSED, 'supervision', 'close', { reason: 'Tiltaket gjelder bare i Sverige.' });
    await expectBothCardsCurrent(CLOSED, 'Venter på godkjenning');

    const declined = await press(h, supervisionA, CLOSED, 'supervision', 'decline', { reason: 'Vurder om § 57 likevel gjelder.' });
    expect(textOf(declined.card)).toContain('Hos tilsynsavdelingen');
    await expectBothCardsCurrent(CLOSED, 'Hos tilsynsavdelingen');
    expect((await recordOf(h, CLOSED)).case).toMatchObject({ state: 'with_supervision', holder: { id: supervisionB.aadObjectId }, declineReason: 'Vurder om § 57 likevel gjelder.' });

    await press(h, supervisionB, CLOSED, 'supervision', 'close', { reason: 'Vurdert på nytt: ingen grunn til tilsynssak.' });
    const own = await press(h, supervisionB, CLOSED, 'supervision', 'approve');
    expect(textOf(own.card)).toContain('fireøyneprinsippet');
    const approved = await press(h, supervisionA, CLOSED, 'supervision', 'approve');
    expect(textOf(approved.card)).toContain('Avsluttet uten tiltak');
    await expectBothCardsCurrent(CLOSED, 'Avsluttet uten tiltak');
    expect((await recordOf(h, CLOSED)).case).toMatchObject({ state: 'closed_no_action', outcome: { reason: 'Vurdert på nytt: ingen grunn til tilsynssak.' } });
  });

  it('journals the closing walk with the decline, the refused own approval and the approval by the other officer', async () => {
    const rec = await recordOf(h, CLOSED);
    const steps = rec.journal.map((e) => [e.action, e.actor.kind === 'user' ? e.actor.id : 'system', e.to, e.reason ?? null]);
    expect(steps).toEqual([
      ['received', 'system', 'received', null],
      ['screened', 'system', 'to_verify', null],
      ['claim', registryB.aadObjectId, 'to_verify', null],
      ['details_shown', registryB.aadObjectId, 'to_verify', null],
      ['confirmMatch', registryB.aadObjectId, 'match_confirmed', null],
      ['handOver', registryB.aadObjectId, 'with_supervision', null],
      ['claim', supervisionB.aadObjectId, 'with_supervision', null],
      ['close', supervisionB.aadObjectId, 'awaiting_approval', 'Tiltaket gjelder bare i Sverige.'],
      ['decline', supervisionA.aadObjectId, 'with_supervision', 'Vurder om § 57 likevel gjelder.'],
      ['close', supervisionB.aadObjectId, 'awaiting_approval', 'Vurdert på nytt: ingen grunn til tilsynssak.'],
      ['refused', supervisionB.aadObjectId, 'awaiting_approval', null],
      ['approve', supervisionA.aadObjectId, 'closed_no_action', null],
    ]);
    // Every person's entry names the card version acted on, and it is the version the case had then.
    let version = 0;
    for (const e of rec.journal) {
      if (e.actor.kind === 'user') expect(e.cardVersion, `${e.seq} ${e.action}`).toBe(version);
      if (e.action !== 'refused' && e.action !== 'details_shown') version += 1;
    }
    expect(verifyJournal(CLOSED, rec.journal, rec.head, h.config.JOURNAL_KEY)).toEqual([]);
  });

  it('sent nothing to a channel and logged nothing that carries an identity value', async () => {
    await h.settle();
    expect(h.connector.calls.length).toBeGreaterThan(20);
    expect(h.logLines.length).toBeGreaterThan(10);
    expect(scanForIdentity([...connectorTexts(h.connector.calls), ...logTexts(h.logLines)], IDENTITY_VALUES)).toEqual([]);
  });
});
