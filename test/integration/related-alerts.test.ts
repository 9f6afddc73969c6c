import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelCard, press, textOf } from '../support/card-presser.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, startDesk } from '../support/desk-harness.js';
import { PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';

/**
 * Issue 3: alerts that name the same person (alerted twice, by two countries, as doctor and as specialist) are
 * shown together, so an officer sees them together: in Show details, by reference and state.
 */
const [FIRST, SECOND, OTHER] = ['IMI-2026-REL-1', 'IMI-2026-REL-2', 'IMI-2026-REL-3'];

describe('alerts about the same person, shown together', () => {
  let h: DeskHarness;
  beforeAll(async () => {
    h = await startDesk({ register: REGISTER });
    const again = alertAbout(PEOPLE[0], SECOND, { sendingCountry: 'DK', profession: 'doctor' });
    expect((await h.postAlerts({ alerts: [alertAbout(PEOPLE[0], FIRST), again, alertAbout(PEOPLE[1], OTHER)] })).status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); });

  it('lists the other alerts about the registered person in Show details, each way, and no unrelated one', async () => {
    const first = textOf((await press(h, OFFICERS.registryA, FIRST, 'registry', 'showDetails')).card);
    expect(first).toContain('Andre varsler om samme person i HPR');
    expect(first).toContain(`${SECOND}: Mulig treff, må kontrolleres`);
    expect(first).not.toContain(`${OTHER}:`);
    const second = textOf((await press(h, OFFICERS.registryB, SECOND, 'registry', 'showDetails', {}, 'en-GB')).card);
    expect(second).toContain('Other alerts about the same person in HPR');
    expect(second).toContain(`${FIRST}: Match to verify`);
    const other = textOf((await press(h, OFFICERS.registryA, OTHER, 'registry', 'showDetails')).card);
    expect(other).not.toContain('Andre varsler om samme person');
    // Private to the presser: the channel card does not tell.
    expect(textOf(await channelCard(h, FIRST, 'registry'))).not.toContain(SECOND);
  });
});
