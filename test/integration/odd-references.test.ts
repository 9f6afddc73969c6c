import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardRefOf, press, recordOf, textOf } from '../support/card-presser.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, REGISTRY_CHANNEL, startDesk } from '../support/desk-harness.js';
import { PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';

/**
 * An IMI reference is any string of 1 to 64 characters (imi-alert.schema.json). Characters that mean
 * something in a URL or that Cosmos DB refuses in ids (/ \ ? # %) must not lose an alert or break a button.
 */
const ODD = ['IMI/2026/7', 'IMI\\2026\\8', 'IMI?2026#9', 'IMI-100%'];

describe('references with / \\ ? # and %', () => {
  let h: DeskHarness;
  beforeAll(async () => { h = await startDesk({ register: REGISTER }); });
  afterAll(async () => { await h.stop(); });

  it('are stored with the rest of their batch, screened and carded like any other', async () => {
    const res = await h.postAlerts([alertAbout(PEOPLE[0], 'IMI-PLAIN-1'), ...ODD.map((id, i) => alertAbout(PEOPLE[i % 3]!, id))]);
    expect(res.status).toBe(202);
    expect((res.body as { accepted: string[] }).accepted).toEqual(['IMI-PLAIN-1', ...ODD]);
    await h.settle();
    for (const id of ODD) {
      const rec = await recordOf(h, id);
      expect(rec.case.state, id).toBe('to_verify');
      expect(rec.cards.registry?.conversationId, id).toBe(REGISTRY_CHANNEL);
    }
  });

  it('work on the card buttons and in chat', async () => {
    const id = 'IMI/2026/7';
    const claimed = await press(h, OFFICERS.registryA, id, 'registry', 'claim');
    expect(textOf(claimed.card)).toContain(OFFICERS.registryA.name);
    expect((await recordOf(h, id)).case.holder?.id).toBe(OFFICERS.registryA.aadObjectId);
    await h.say(OFFICERS.registryB, `status ${id}`);
    const reply = String(h.connector.messagesTo(`a:personal-${OFFICERS.registryB.aadObjectId}`).at(-1)?.body.text);
    expect(reply).toContain(`${id}: Mulig treff, må kontrolleres (to_verify)`);
  });

  it('answer a button naming a case that does not exist with a card, not a server error', async () => {
    const ref = await cardRefOf(h, 'IMI/2026/7', 'registry');
    for (const caseId of ['A/B', 'A#B', 'A?B', 'A\\B']) {
      const res = await h.invoke(OFFICERS.registryA, 'claim', { caseId, version: 1 }, ref);
      expect(res.status, caseId).toBe(200);
      expect(JSON.stringify(res.body), caseId).toContain('application/vnd.microsoft.card.adaptive');
    }
  });
});
