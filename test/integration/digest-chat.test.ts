import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDigestCard } from '../../src/adapters/teams/digest-card.js';
import { t } from '../../src/adapters/teams/texts.js';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { DEFAULT_DEADLINE_POLICY } from '../../src/domain/deadlines/index.js';
import type { DigestFigures } from '../../src/domain/digest/index.js';
import { computeDigestFigures, weekEndingAt } from '../../src/domain/digest/index.js';
import { tempDir } from '../adapters/storage/support/temp-dir.js';
import { scriptArb, simulate, storedRecord, TZ } from '../domain/digest/simulate.js';
import type { DeskHarness, Officer } from '../support/desk-harness.js';
import { OFFICERS, startDesk } from '../support/desk-harness.js';

/** The journal key the harness configures: the stored chains must verify under it like real ones. */
const JOURNAL_KEY = 'test-journal-key-0123456789abcdef0123456789';
const DAY = 86_400_000;
const LEADERSHIP = '19:leadership@thread.tacv2';

/**
 * Thirty cases lived through the real state machine over the last seven weeks (the harness runs on the real
 * clock, so the last complete week is last week), stored before the desk starts.
 */
function recentCases(now: number) {
  return fc.sample(scriptArb, { numRuns: 30, seed: 4711 }).map((s, i) => simulate(`IMI-2026-D${String(i).padStart(4, '0')}`, {
    ...s, startMs: now - 50 * DAY + (s.startMs % (25 * DAY)), moves: s.moves.slice(0, 4),
  }));
}

const cardIn = (call: { body: Record<string, unknown> } | undefined) =>
  (call?.body.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined)?.[0];

describe('digest in chat (leaders only)', () => {
  let h: DeskHarness;
  let expected: (lang: 'nb' | 'en') => { figures: DigestFigures; card: object };
  beforeAll(async () => {
    const { dir, remove } = await tempDir('digest-chat-');
    const store = await openEmbeddedStore({ dir });
    const sims = recentCases(Date.now());
    for (const sim of sims) await caseRepository(store).create(storedRecord(sim, JOURNAL_KEY));
    h = await startDesk({ register: [], store, env: { LEADERSHIP_CHANNEL_ID: LEADERSHIP } });
    const stop = h.stop;
    h.stop = async () => { await stop(); await remove(); };
    expected = (lang) => {
      const figures = computeDigestFigures(sims.map((s) => s.journal), weekEndingAt(new Date(), TZ), DEFAULT_DEADLINE_POLICY);
      return { figures, card: renderDigestCard(figures, lang) };
    };
  });
  afterAll(async () => { await h.stop(); });

  const lastTo = (who: Officer) => h.connector.messagesTo(`a:personal-${who.aadObjectId}`).at(-1);

  it('shows a leader the current digest card, computed from the stored journals', async () => {
    const res = await h.say(OFFICERS.leader, 'oversikt');
    expect(res.status).toBe(200);
    const attachment = cardIn(lastTo(OFFICERS.leader));
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const { figures, card } = expected('nb');
    // The stored cases give the card something to show: cases open at the end of last week.
    expect(figures.casesRead).toBe(30);
    expect(figures.open.total).toBeGreaterThan(0);
    expect(attachment!.content).toEqual(card);
    const text = JSON.stringify(attachment!.content);
    for (const identity of ['Sæther', 'Kari', '1971-03-05', '1234567']) expect(text).not.toContain(identity);
    expect(h.logLines.some((l) => l.includes('digest shown in chat') && l.includes(OFFICERS.leader.aadObjectId))).toBe(true);
  });

  it('shows it in the leadership channel, and not in a department channel, where the department would see it', async () => {
    const { REGISTRY_CHANNEL } = await import('../support/desk-harness.js');
    const callsBefore = h.connector.calls.length;
    await h.sayInChannel(OFFICERS.leader, REGISTRY_CHANNEL, 'oversikt');
    const inRegistry = h.connector.calls.slice(callsBefore);
    expect(inRegistry.some((c) => cardIn(c))).toBe(false);
    expect(inRegistry.map((c) => c.body.text)).toContain(t('nb', 'digestWhere'));
    expect(h.logLines.some((l) => l.includes('outside personal chat and the leadership channel'))).toBe(true);

    const inLeadership = h.connector.calls.length;
    await h.sayInChannel(OFFICERS.leader, LEADERSHIP, 'oversikt');
    expect(h.connector.calls.slice(inLeadership).some((c) => cardIn(c)?.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
  });

  it('answers `digest` in English for an English Teams locale', async () => {
    await h.say(OFFICERS.leader, 'digest', 'en-GB');
    expect(cardIn(lastTo(OFFICERS.leader))!.content).toEqual(expected('en').card);
  });

  it.each([['registry officer', OFFICERS.registryA], ['supervision officer', OFFICERS.supervisionA], ['person without a role', OFFICERS.outsider]])(
    'refuses a %s with a plain message, and puts the refusal on record', async (_who, officer) => {
      await h.say(officer, 'oversikt');
      const reply = lastTo(officer)!;
      expect(cardIn(reply)).toBeUndefined();
      expect(reply.body.text).toBe(t('nb', 'digestRefused'));
      const refusal = h.logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'chat request refused: no role' && l.actor === officer.aadObjectId);
      expect(refusal).toMatchObject({ what: 'digest' });
    });

  it('lists the command in the help text', async () => {
    await h.say(OFFICERS.registryA, 'hjelp');
    expect(String(lastTo(OFFICERS.registryA)!.body.text)).toContain('oversikt: ukeoversikten (for ledere)');
  });
});
