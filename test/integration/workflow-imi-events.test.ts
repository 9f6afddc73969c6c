import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyJournal } from '../../src/domain/journal.js';
import type { CardSlot } from '../../src/usecases/ports.js';
import { cardRefOf, channelCard, press, pressOn, recordOf, textOf, verbsOf } from '../support/card-presser.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, REGISTRY_CHANNEL, startDesk } from '../support/desk-harness.js';
import { IDENTITY_VALUES, PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';
import { connectorTexts, logTexts, scanForIdentity } from '../support/identity-scan.js';

/**
 * IMI update and withdrawal as the officers see them: the card says which fields an update changed (by name,
 * never by value), a withdrawal marks the case withdrawn on every card it has, and nothing is deleted.
 */
const UPDATED = 'IMI-2026-EVENTS-1';
const HANDED_OVER = 'IMI-2026-EVENTS-2';
const NEW_DECISION = { measure: 'suspension', decidedOn: '2025-10-28', validFrom: '2025-10-28', validUntil: '2027-10-28', summary: 'Begrenset til to år.' };

describe('IMI update and withdrawal on the cards', () => {
  let h: DeskHarness;
  beforeAll(async () => {
    h = await startDesk({ register: REGISTER });
    expect((await h.postAlerts({ alerts: [alertAbout(PEOPLE[2], UPDATED), alertAbout(PEOPLE[0], HANDED_OVER)] })).status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); });

  it('says which fields an update changed, by their names', async () => {
    const update = alertAbout(PEOPLE[2], UPDATED, { event: 'update', sentAt: '2025-11-10T10:00:00+01:00', decision: NEW_DECISION });
    expect((await h.postAlerts(update)).status).toBe(202);
    await h.settle();
    const card = textOf(await channelCard(h, UPDATED, 'registry'));
    expect(card).toContain('Oppdatert i IMI ');
    expect(card).toContain(': tiltak, omfang, gyldig til.');
    expect(card).not.toContain('Begrenset til to år');
    const rec = await recordOf(h, UPDATED);
    expect(rec.journal.at(-1)).toMatchObject({ action: 'imi_update', data: { fields: ['decision.measure', 'decision.summary', 'decision.validUntil', 'event', 'sentAt'], rescreen: false } });
  });

  it('names a changed identity field without showing its value, and screens the case again', async () => {
    const update = alertAbout({ ...PEOPLE[2], familyName: 'Núñez-Łukasiewicz' }, UPDATED, { event: 'update', sentAt: '2025-11-12T10:00:00+01:00', decision: NEW_DECISION });
    expect((await h.postAlerts(update)).status).toBe(202);
    await h.settle();
    const card = textOf(await channelCard(h, UPDATED, 'registry'));
    expect(card).toContain(': etternavn.');
    const actions = (await recordOf(h, UPDATED)).journal.map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['imi_update', 'screened']);
  });

  it('marks a withdrawn case on its card, with the state it was in, and keeps the case', async () => {
    const withdrawal = alertAbout(PEOPLE[2], UPDATED, { event: 'withdrawal', sentAt: '2025-11-20T10:00:00+01:00' });
    expect((await h.postAlerts(withdrawal)).status).toBe(202);
    await h.settle();
    const card = await channelCard(h, UPDATED, 'registry');
    expect(textOf(card)).toContain('Trukket tilbake i IMI');
    expect(textOf(card)).toContain('Varselet er trukket tilbake i IMI. Saken er bevart.');
    expect(textOf(card)).toContain('Status før tilbaketrekkingen: Mulig treff, må kontrolleres.');
    expect(verbsOf(card)).toEqual(['showDetails']);
    const rec = await recordOf(h, UPDATED);
    expect(rec.case).toMatchObject({ state: 'withdrawn', stateBeforeWithdrawal: 'to_verify' });
    expect(rec.journal.at(-1)).toMatchObject({ action: 'imi_withdrawal', from: 'to_verify', to: 'withdrawn' });
    expect(verifyJournal(UPDATED, rec.journal, rec.head, h.config.JOURNAL_KEY)).toEqual([]);
  });

  it('shows an update that comes after the withdrawal on the withdrawn card (any state: shown on the card)', async () => {
    const before = textOf(await channelCard(h, UPDATED, 'registry'));
    // The withdrawal is not itself shown as an update: the last update (the name) still is.
    expect(before).toContain(': etternavn.');
    const update = alertAbout(PEOPLE[2], UPDATED, { event: 'update', sentAt: '2025-11-25T10:00:00+01:00', decision: { ...NEW_DECISION, validUntil: '2026-10-28' } });
    expect((await h.postAlerts(update)).status).toBe(202);
    await h.settle();
    const card = textOf(await channelCard(h, UPDATED, 'registry'));
    expect(card).toContain('Trukket tilbake i IMI');
    expect(card).toMatch(/Oppdatert i IMI [^"]*: [^"]*gyldig til/);
    expect((await recordOf(h, UPDATED)).case.state).toBe('withdrawn');
  });

  it('marks a case withdrawn after the hand-over on both departments\' cards', async () => {
    const { registryA } = OFFICERS;
    await press(h, registryA, HANDED_OVER, 'registry', 'claim');
    const details = await press(h, registryA, HANDED_OVER, 'registry', 'showDetails');
    await pressOn(h, registryA, details.card, await cardRefOf(h, HANDED_OVER, 'registry'), 'confirmMatch', {}, 'nb-NO', (a) => a.data?.hprNumber === PEOPLE[0].hprNumber);
    await press(h, registryA, HANDED_OVER, 'registry', 'handOver');
    await h.settle();
    expect((await h.postAlerts(alertAbout(PEOPLE[0], HANDED_OVER, { event: 'withdrawal', sentAt: '2025-11-20T10:00:00+01:00' }))).status).toBe(202);
    await h.settle();
    for (const slot of ['registry', 'supervision'] as CardSlot[]) {
      const card = textOf(await channelCard(h, HANDED_OVER, slot));
      expect(card, slot).toContain('Varselet er trukket tilbake i IMI. Saken er bevart.');
      expect(card, slot).toContain('Status før tilbaketrekkingen: Hos tilsynsavdelingen.');
    }
    // A press on the old card is answered with the case as it is now, and changes nothing.
    const late = await press(h, OFFICERS.supervisionA, HANDED_OVER, 'supervision', 'showDetails');
    expect(textOf(late.card)).toContain('Trukket tilbake i IMI');
    expect((await recordOf(h, HANDED_OVER)).case.state).toBe('withdrawn');
  });

  it('gives a withdrawal that came before its alert one card, reduced to the outcome and flagged out of order', async () => {
    const FIRST_WITHDRAWN = 'IMI-2026-EVENTS-3';
    expect((await h.postAlerts(alertAbout(PEOPLE[1], FIRST_WITHDRAWN, { event: 'withdrawal', sentAt: '2025-11-20T10:00:00+01:00' }))).status).toBe(202);
    await h.settle();
    const rec = await recordOf(h, FIRST_WITHDRAWN);
    expect(rec.case).toMatchObject({ state: 'withdrawn', outOfOrder: true });
    expect(rec.case.screening?.outcome).toBe('hit');
    const card = await channelCard(h, FIRST_WITHDRAWN, 'registry');
    expect(textOf(card)).toContain('Mottatt i feil rekkefølge');
    expect(textOf(card)).toContain('Varselet er trukket tilbake i IMI. Saken er bevart.');
    expect(verbsOf(card)).toEqual(['showDetails']);
    expect(h.connector.posts(REGISTRY_CHANNEL).filter((p) => JSON.stringify(p.body).includes(FIRST_WITHDRAWN))).toHaveLength(1);
  });

  it('sent and logged no identity value, old or new', async () => {
    const values = { ...IDENTITY_VALUES, names: [...IDENTITY_VALUES.names, 'Núñez-Łukasiewicz'] };
    expect(scanForIdentity([...connectorTexts(h.connector.calls), ...logTexts(h.logLines)], values)).toEqual([]);
  });
});
