import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, cardOfCall, cardRefOf, channelCard, press, pressOn, recordOf } from '../support/card-presser.js';
import type { Card } from '../support/card-presser.js';
import type { RecordedCall } from '../support/connector-standin.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, REGISTRY_CHANNEL, SUPERVISION_CHANNEL, startDesk } from '../support/desk-harness.js';
import { PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';

/**
 * The hand-over link when the supervision card is late: its first post fails, so the registry card is updated
 * before the supervision card exists. Once the post goes through, the registry card is rendered again and
 * links to it.
 */
const IMI = 'IMI-2026-LATE-LINK';
const linkOn = (card: Card) => actionsOf(card).find((a) => a.type === 'Action.OpenUrl')?.url;

describe('hand-over link after a failed supervision post', () => {
  let h: DeskHarness;
  let failedOnce = false;
  const failFirstSupervisionPost = (call: RecordedCall) => {
    if (failedOnce || call.method !== 'POST' || call.conversationId !== SUPERVISION_CHANNEL) return undefined;
    failedOnce = true;
    // A status the Bot Framework client does not retry by itself (it does retry 5xx), so the outbox's own retry runs.
    return 400;
  };

  beforeAll(async () => {
    h = await startDesk({ register: REGISTER, standIn: { failNext: failFirstSupervisionPost } });
    expect((await h.postAlerts(alertAbout(PEOPLE[0], IMI))).status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); });

  it('updates the registry card again, with the link, once the supervision card is posted', async () => {
    const { registryA } = OFFICERS;
    await press(h, registryA, IMI, 'registry', 'claim');
    const details = await press(h, registryA, IMI, 'registry', 'showDetails');
    await pressOn(h, registryA, details.card, await cardRefOf(h, IMI, 'registry'), 'confirmMatch', {}, 'nb-NO', (a) => a.data?.hprNumber === PEOPLE[0].hprNumber);
    await press(h, registryA, IMI, 'registry', 'handOver');
    await h.settle();
    expect(failedOnce).toBe(true);

    // The failed post is retried after its back-off (about a second); wait for it.
    for (let i = 0; i < 100 && !(await recordOf(h, IMI)).cards.supervision; i++) { await new Promise((r) => setTimeout(r, 100)); await h.settle(); }
    await h.settle();
    const registryRef = await cardRefOf(h, IMI, 'registry');
    const supervisionRef = await cardRefOf(h, IMI, 'supervision');

    const registryUpdates = h.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === REGISTRY_CHANNEL && c.activityId === registryRef.activityId);
    const handOverUpdates = registryUpdates.filter((c) => JSON.stringify(cardOfCall(c)).includes('Hos tilsynsavdelingen'));
    expect(handOverUpdates.length).toBeGreaterThanOrEqual(2);
    expect(linkOn(cardOfCall(handOverUpdates[0]!)!)).toBeUndefined();
    expect(linkOn(await channelCard(h, IMI, 'registry'))).toBe(`https://teams.microsoft.com/l/message/${SUPERVISION_CHANNEL}/${supervisionRef.activityId}`);
    expect(linkOn(await channelCard(h, IMI, 'supervision'))).toBe(`https://teams.microsoft.com/l/message/${REGISTRY_CHANNEL}/${registryRef.activityId}`);
    expect((await recordOf(h, IMI)).outbox).toEqual([]);
  });
});
