import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyHead } from '../../../src/domain/journal.js';
import { caseRepository } from '../../../src/adapters/storage/case-repository.js';
import type { DocumentStore } from '../../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../../src/adapters/storage/embedded-store.js';
import { noticeRepository } from '../../../src/adapters/storage/job-repositories.js';
import { conversationRepository } from '../../../src/adapters/storage/small-repositories.js';
import type { CardJson } from '../../../src/adapters/teams/card-templates.js';
import { renderNotice } from '../../../src/adapters/teams/notice-cards.js';
import { dispatchNotices } from '../../../src/adapters/teams/notice-dispatcher.js';
import { RateLimiter } from '../../../src/adapters/teams/rate-limiter.js';
import type { ChannelAddress } from '../../../src/adapters/teams/teams-sender.js';
import { SendError } from '../../../src/adapters/teams/teams-sender.js';
import { langOfLocale } from '../../../src/adapters/teams/texts.js';
import { DEFAULT_DEADLINE_POLICY } from '../../../src/domain/deadlines/index.js';
import type { Notice } from '../../../src/usecases/job-ports.js';
import { caseIn } from '../../support/case-fixtures.js';
import { validateCard } from '../../support/card-validation.js';

const KEY = 'notice-test-journal-key-0123456789abcdef';
let dir: string;
let store: DocumentStore;
beforeEach(async () => { dir = mkdtempSync(join(tmpdir(), 'notices-')); store = await openEmbeddedStore({ dir }); });
afterEach(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

const registry: ChannelAddress = { serviceUrl: 'http://connector/', conversationId: '19:registry@thread.tacv2', tenantId: 't' };

function setup(opts: { openPersonal: (c: ChannelAddress, id: string) => Promise<string>; failPosts?: number }) {
  const sent: { kind: string; conversationId: string; card: CardJson }[] = [];
  let failures = opts.failPosts ?? 0;
  const notices = noticeRepository(store);
  const cases = caseRepository(store);
  const deps = {
    notices, conversations: conversationRepository(store), limiter: new RateLimiter(), clock: { now: () => new Date() },
    logger: pino({ level: 'silent' }), channelFor: async () => registry, openPersonal: opts.openPersonal,
    takeover: { leaseMs: 60_000 }, sleep: async () => undefined,
    render: (n: Notice, mention: boolean, locale?: string) => renderNotice(n, { cases, notices, lang: langOfLocale(locale, 'nb'), timeZone: 'Europe/Oslo', policy: DEFAULT_DEADLINE_POLICY, officerName: (id) => `Officer ${id}` }, mention),
    sender: {
      async post(a: ChannelAddress, card: CardJson) {
        if (failures > 0) { failures -= 1; throw new SendError('throttled', 429, 0); }
        sent.push({ kind: 'post', conversationId: a.conversationId, card });
        return `act-${sent.length}`;
      },
      async update(a: ChannelAddress, _id: string, card: CardJson) { sent.push({ kind: 'update', conversationId: a.conversationId, card }); },
    },
  };
  return { deps, sent, notices };
}

const reminder: Notice = {
  id: 'reminder:IMI-2025-000123:to_verify@x:reminder', createdAt: '2026-11-25T06:30:00Z',
  target: { kind: 'user', userId: 'aad-registry-a', fallback: 'registry' },
  payload: { kind: 'reminder', subject: { kind: 'case', imiId: 'IMI-2025-000123' }, step: 'verification', dueOn: '2026-11-25', workingDaysLate: 0 },
  outbox: [{ id: 'd1', kind: 'post', status: 'pending', attempts: 0 }],
};

describe('notice delivery', () => {
  beforeEach(async () => {
    await caseRepository(store).create({ case: caseIn('to_verify'), journal: [], head: emptyHead('IMI-2025-000123', KEY), outbox: [], cards: { registry: { ...registry, activityId: 'card-1' } } });
  });

  it('opens a one-to-one chat, sends the reminder with a link to the card, and remembers the chat', async () => {
    const { deps, sent, notices } = setup({ openPersonal: async () => 'a:personal-1' });
    await notices.create(reminder);
    expect(await dispatchNotices(deps)).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.conversationId).toBe('a:personal-1');
    const text = JSON.stringify(sent[0]!.card);
    expect(text).toContain('Påminnelse: IMI-2025-000123 har frist 25.11.2026');
    expect(text).toContain('https://teams.microsoft.com/l/message/19:registry@thread.tacv2/card-1');
    expect(validateCard(sent[0]!.card)).toEqual([]);
    expect((await notices.get(reminder.id))?.outbox).toEqual([]);
    expect(await conversationRepository(store).get('user:aad-registry-a')).toMatchObject({ conversation: { id: 'a:personal-1' } });
    expect(await dispatchNotices(deps)).toBe(0);
  });

  it('writes a personal reminder in the language of the person\'s Teams, as stored when they last wrote', async () => {
    const { deps, sent, notices } = setup({ openPersonal: async () => { throw new Error('not used'); } });
    await conversationRepository(store).save('user:aad-registry-a', { serviceUrl: 'https://smba.example/', conversation: { id: 'a:personal-en' }, locale: 'en-GB' });
    await notices.create(reminder);
    expect(await dispatchNotices(deps)).toBe(1);
    expect(sent[0]!.conversationId).toBe('a:personal-en');
    expect(JSON.stringify(sent[0]!.card)).toContain('Reminder: IMI-2025-000123 is due');
  });

  it('renders an unscreened alert as a valid card that says what to do, by reference only', async () => {
    const { deps } = setup({ openPersonal: async () => 'x' });
    for (const lang of ['nb', 'en'] as const) {
      const { card, summary } = await renderNotice({ ...reminder, target: { kind: 'channel', slot: 'registry' }, payload: { kind: 'unscreened', subject: { kind: 'case', imiId: 'IMI-2025-000123' }, since: '2026-11-24T15:00:00Z' } },
        { cases: caseRepository(store), notices: deps.notices, lang, timeZone: 'Europe/Oslo', policy: DEFAULT_DEADLINE_POLICY, officerName: (id) => id });
      expect(validateCard(card)).toEqual([]);
      expect(summary).toBe(lang === 'nb' ? 'Varsel IMI-2025-000123 er ikke screenet mot HPR' : 'Alert IMI-2025-000123 has not been screened against HPR');
      expect(JSON.stringify(card)).toContain(lang === 'nb' ? 'prøves igjen automatisk' : 'tried again automatically');
    }
  });

  it('mentions the person in the department channel when Teams refuses the chat', async () => {
    const { deps, sent, notices } = setup({ openPersonal: async () => { throw new SendError('forbidden', 403, undefined); } });
    await notices.create(reminder);
    await dispatchNotices(deps);
    expect(sent[0]!.conversationId).toBe(registry.conversationId);
    const card = sent[0]!.card as CardJson & { msteams: { entities: { mentioned: { id: string } }[] } };
    expect(card.msteams.entities[0]!.mentioned.id).toBe('aad-registry-a');
    expect(JSON.stringify(card)).toContain('<at>Officer aad-registry-a</at>');
    expect(validateCard(card)).toEqual([]);
  });

  it('keeps a notice whose send failed and sends it on a later round, once', async () => {
    const { deps, sent, notices } = setup({ openPersonal: async () => 'a:personal-1', failPosts: 1 });
    await notices.create(reminder);
    expect(await dispatchNotices(deps)).toBe(0);
    expect((await notices.get(reminder.id))?.outbox[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: '429 throttled' });
    expect(await dispatchNotices(deps)).toBe(1);
    expect(await dispatchNotices(deps)).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('waits for the chat\'s turn before it marks and renders, so a notice changed meanwhile goes out once, as it is then', async () => {
    const { deps, sent, notices } = setup({ openPersonal: async () => 'a:personal-1' });
    await notices.create(reminder);
    // The chat has had 60 messages in the last 30 s: the reminder must wait its turn.
    const now = Date.now();
    for (let i = 0; i < 60; i++) deps.limiter.record('a:personal-1', now - 20_000 + i);
    const seen: { attempts: number; daysLate: unknown }[] = [];
    let changed = false;
    let clock = now;
    const delivered = await dispatchNotices({
      ...deps,
      clock: { now: () => new Date(clock) },
      sleep: async (ms) => {
        clock += ms;
        // Nothing is marked while the notice waits, and a job may still change it.
        expect((await notices.get(reminder.id))?.outbox[0]).toMatchObject({ status: 'pending', attempts: 0 });
        if (changed) return;
        changed = true;
        const n = await notices.get(reminder.id);
        await notices.save({ ...n!, payload: { ...reminder.payload, workingDaysLate: 1 } as Notice['payload'] }, n!.etag);
      },
      render: async (n, mention) => {
        seen.push({ attempts: (await notices.get(n.id))!.outbox[0]!.attempts, daysLate: (n.payload as { workingDaysLate?: number }).workingDaysLate });
        return deps.render(n, mention);
      },
    });
    expect(changed).toBe(true);
    expect(delivered).toBe(1);
    expect(seen).toEqual([{ attempts: 1, daysLate: 1 }]);
    expect(sent).toHaveLength(1);
  });

  it('leaves a notice queued and unmarked when the process shuts down while it waits for its turn', async () => {
    const { deps, sent, notices } = setup({ openPersonal: async () => 'a:personal-1' });
    await notices.create(reminder);
    for (let i = 0; i < 60; i++) deps.limiter.record('a:personal-1', Date.now() - 20_000 + i);
    const shutdown = new AbortController();
    let slept = 0;
    const delivered = await dispatchNotices({ ...deps, signal: shutdown.signal, sleep: async () => { slept += 1; shutdown.abort(); } });
    expect(slept).toBe(1);
    expect(delivered).toBe(0);
    expect(sent).toEqual([]);
    const [d] = (await notices.get(reminder.id))!.outbox;
    expect(d).toMatchObject({ status: 'pending', attempts: 0 });
    expect(d!.sendingSince).toBeUndefined();
  });
});

describe('the daily no-hit list card', () => {
  it('tells the holder to follow up in IMI when the sending country\'s answer is late, and only then', async () => {
    const { deps } = setup({ openPersonal: async () => 'x' });
    for (const lang of ['nb', 'en'] as const) {
      const render = (step: string) => renderNotice({ ...reminder, payload: { ...reminder.payload, step } as Notice['payload'] },
        { cases: caseRepository(store), notices: deps.notices, lang, timeZone: 'Europe/Oslo', policy: DEFAULT_DEADLINE_POLICY, officerName: (id) => id });
      const late = await render('country_answer');
      expect(validateCard(late.card)).toEqual([]);
      expect(JSON.stringify(late.card)).toContain(lang === 'nb' ? 'følg opp i IMI' : 'follow up in IMI');
      expect(JSON.stringify((await render('verification')).card)).not.toMatch(/IMI og be om svar|follow up in IMI/);
    }
  });

  it('validates at 1.5, shows 40 alerts at a time with sign-off and details, names nobody and stays small with 1,000 alerts', async () => {
    const cases = caseRepository(store);
    const ids = Array.from({ length: 1000 }, (_, i) => `IMI-NH-${String(i).padStart(4, '0')}`);
    for (const id of ids) await cases.create({ case: caseIn('no_hit', { imiId: id }), journal: [], head: emptyHead(id, KEY), outbox: [], cards: {} });
    const list: Notice = { id: 'nohit:2026-11-25', createdAt: '2026-11-25T06:00:00Z', target: { kind: 'channel', slot: 'registry' }, outbox: [], payload: { kind: 'nohit_list', day: '2026-11-25', until: '2026-11-25', caseIds: ids } };
    const notices = noticeRepository(store);
    for (const lang of ['nb', 'en'] as const) {
      const { card } = await renderNotice(list, { cases, notices, lang, timeZone: 'Europe/Oslo', policy: DEFAULT_DEADLINE_POLICY, officerName: (id) => id });
      expect(validateCard(card)).toEqual([]);
      const text = JSON.stringify(card);
      expect(text.length).toBeLessThan(40 * 1024);
      expect(text).not.toMatch(/Sæther|Kari|1971|9144889|05\.03/);
      const signOff = (card.actions as { verb: string; data: { caseIds: string[] } }[]).find((a) => a.verb === 'signOffNoHits')!;
      expect(signOff.data.caseIds).toEqual(ids.slice(0, 40));
      expect(text.match(/"verb":"showDetails"/g)).toHaveLength(40);
      expect(text).toContain(lang === 'nb' ? '… og 960 til' : '… and 960 more');
    }
    const { card: empty } = await renderNotice({ ...list, payload: { ...list.payload, caseIds: [] } as Notice['payload'] }, { cases, notices, lang: 'nb', timeZone: 'Europe/Oslo', policy: DEFAULT_DEADLINE_POLICY, officerName: (id) => id });
    expect(validateCard(empty)).toEqual([]);
    expect(JSON.stringify(empty)).toContain('Ingenting å signere av');
    expect(JSON.stringify(empty)).not.toContain('signOffNoHits');
  });
});
