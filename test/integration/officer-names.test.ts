import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, channelCard, cardRefOf, pressOn, textOf } from '../support/card-presser.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, startDesk } from '../support/desk-harness.js';
import { PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';

/**
 * Officers named in the roles file are shown by name wherever the bot names someone who did not press the
 * button themselves: the leader's reassign list and the holder after a reassignment. Before, those showed the
 * Entra object id.
 */
const IMI = 'IMI-2026-NAMES-1';
const { leader, registryB } = OFFICERS;

describe('officer names from the roles file', () => {
  let h: DeskHarness;

  beforeAll(async () => {
    h = await startDesk({
      register: REGISTER,
      roles: { [registryB.aadObjectId]: { name: 'Rolf Registerfører', roles: ['registry'] } },
    });
    expect((await h.postAlerts(alertAbout(PEOPLE[0], IMI))).status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); });

  it('lists the department\'s officers by name for a reassignment, and the channel card names the new holder', async () => {
    const ref = await cardRefOf(h, IMI, 'registry');
    const card = await channelCard(h, IMI, 'registry');
    const choices = JSON.stringify(card);
    expect(choices).toContain('"title":"Rolf Registerfører","value":"aad-registry-b"');
    // Officers without a name in the file are still listed, by id.
    expect(choices).toContain('"title":"aad-registry-a","value":"aad-registry-a"');
    expect(actionsOf(card).some((a) => a.verb === 'reassign')).toBe(true);

    const answer = await pressOn(h, leader, card, ref, 'reassign', { assignee: registryB.aadObjectId });
    expect(textOf(answer.card)).toContain('Rolf Registerfører');
    await h.settle();
    const shown = textOf(await channelCard(h, IMI, 'registry'));
    expect(shown).toContain('Rolf Registerfører');
    expect((await h.desk.cases.get(IMI))?.case.holder).toEqual({ id: registryB.aadObjectId, name: 'Rolf Registerfører' });
  });
});
