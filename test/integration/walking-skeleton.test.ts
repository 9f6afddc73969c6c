import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPerson } from '../../src/domain/matching/index.js';
import { validAlert } from '../support/alert-samples.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, REGISTRY_CHANNEL, startDesk } from '../support/desk-harness.js';

const kari: RegisterPerson = {
  hprNumber: '9144889', familyName: 'Sæther', givenNames: 'Kari Marie', formerFamilyNames: ['Olsen'], dateOfBirth: '1971-03-05',
  authorisations: [{ profession: 'doctor', status: 'active', validFrom: '1998-06-30', validUntil: null }],
};
const other: RegisterPerson = { ...kari, hprNumber: '5550001', familyName: 'Berg', givenNames: 'Ola', formerFamilyNames: [], dateOfBirth: '1980-01-01' };

const IDENTITY_VALUES = ['Sæther', 'saether', 'Kari', 'Olsen', '1971-03-05', '05.03.1971', '9144889', 'Bergen'];

function cardOf(call: { body: Record<string, unknown> }) {
  const attachments = call.body.attachments as { contentType: string; content: Record<string, unknown> }[];
  return attachments[0]!.content;
}

describe('walking skeleton: alert in over HTTP, card in the registry channel, claim, status', () => {
  let h: DeskHarness;
  beforeAll(async () => { h = await startDesk({ register: [kari, other] }); });
  afterAll(async () => { await h.stop(); });

  it('answers /healthz once ready', async () => {
    const res = await fetch(`${h.base}/healthz`);
    expect(res.status).toBe(200);
  });

  it('takes an alert, screens it, posts a card without identity data, lets an officer claim it and answers status', async () => {
    const alert = validAlert({ imiId: 'IMI-2025-000777' });
    const res = await h.postAlerts(alert);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ accepted: ['IMI-2025-000777'], rejected: [] });

    await h.settle();
    const posts = h.connector.posts(REGISTRY_CHANNEL);
    expect(posts).toHaveLength(1);
    const cardText = JSON.stringify(posts[0]!.body);
    for (const value of IDENTITY_VALUES) expect(cardText.toLowerCase()).not.toContain(value.toLowerCase());
    expect(cardText).toContain('IMI-2025-000777');
    const card = cardOf(posts[0]!);
    const claim = (card.actions as { verb?: string; data?: { version: number } }[]).find((a) => a.verb === 'claim');
    expect(claim?.data?.version).toBeGreaterThan(0);

    const cardRef = { conversationId: REGISTRY_CHANNEL, activityId: '1000' };
    const pressed = await h.invoke(OFFICERS.registryA, 'claim', { caseId: 'IMI-2025-000777', version: claim!.data!.version }, cardRef);
    expect(pressed.status).toBe(200);
    expect(pressed.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(pressed.body)).toContain(OFFICERS.registryA.name);

    await h.settle();
    const updates = h.connector.updates();
    expect(updates.length).toBeGreaterThanOrEqual(1);
    expect(updates.at(-1)!.activityId).toBe('1000');
    expect(JSON.stringify(updates.at(-1)!.body)).toContain(OFFICERS.registryA.name);

    const late = await h.invoke(OFFICERS.registryB, 'claim', { caseId: 'IMI-2025-000777', version: claim!.data!.version }, cardRef);
    expect(JSON.stringify(late.body)).toContain(`allerede tatt av ${OFFICERS.registryA.name}`);

    await h.say(OFFICERS.registryB, 'status IMI-2025-000777');
    const replies = h.connector.messagesTo(`a:personal-${OFFICERS.registryB.aadObjectId}`);
    const reply = String(replies.at(-1)?.body.text);
    expect(reply).toContain('Mulig treff, må kontrolleres (to_verify)');
    expect(reply).toContain(OFFICERS.registryA.name);
  });

  it('answers help in English for an English Teams locale', async () => {
    await h.say(OFFICERS.outsider, 'help', 'en-GB');
    const reply = String(h.connector.messagesTo(`a:personal-${OFFICERS.outsider.aadObjectId}`).at(-1)?.body.text);
    expect(reply).toContain('You can ask');
  });
});
