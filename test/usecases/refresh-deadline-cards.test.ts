import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import type { CaseState } from '../../src/domain/case-state.js';
import { DEFAULT_DEADLINE_POLICY } from '../../src/domain/deadlines/index.js';
import { emptyHead } from '../../src/domain/journal.js';
import type { CaseRecord } from '../../src/usecases/ports.js';
import { refreshDeadlineCards } from '../../src/usecases/refresh-deadline-cards.js';
import { caseIn } from '../support/case-fixtures.js';

let dir: string;
let store: DocumentStore;
beforeEach(async () => { dir = mkdtempSync(join(tmpdir(), 'refresh-')); store = await openEmbeddedStore({ dir }); });
afterEach(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

let seq = 0;
const card = (drawnAt?: string) => ({ conversationId: '19:registry', activityId: `a${++seq}`, serviceUrl: 'https://smba.example/', ...(drawnAt ? { drawnAt } : {}) });
/** 07:30 in Oslo, when the reminders job runs. */
const morning = (day: string) => new Date(`${day}T06:30:00Z`);

async function addCase(imiId: string, state: CaseState, cards: CaseRecord['cards']) {
  // To verify since Monday 23 November 2026: 2 working days, due Wednesday 25 November.
  const c = caseIn(state, { imiId, stateSince: '2026-11-23T09:00:00Z' });
  await caseRepository(store).create({ case: c, journal: [], head: emptyHead(imiId, 'k'.repeat(32)), outbox: [], cards });
}

function deps(over: { dryRun?: boolean; maxPerRun?: number } = {}) {
  const woken: string[] = [];
  return {
    woken,
    deps: {
      cases: caseRepository(store), ids: { next: () => `m${++seq}` }, clock: { now: () => new Date() }, policy: DEFAULT_DEADLINE_POLICY,
      timeZone: 'Europe/Oslo', dryRun: over.dryRun ?? false, maxPerRun: over.maxPerRun ?? 100, onOutbox: (id: string) => woken.push(id),
    },
  };
}

/** What the outbox dispatcher does after delivering: drop the message, note when the card was drawn. */
async function delivered(imiId: string, at: string) {
  const rec = (await caseRepository(store).get(imiId))!;
  const cards = Object.fromEntries(Object.entries(rec.cards).map(([slot, ref]) => [slot, { ...ref, drawnAt: at }]));
  await caseRepository(store).save({ ...rec, outbox: [], cards }, rec.etag);
}

describe('refreshDeadlineCards', () => {
  it('redraws a card on the day its step falls due and on the first day it is overdue, and not in between', async () => {
    await addCase('IMI-D-1', 'to_verify', { registry: card('2026-11-23T09:00:05Z') });
    const { deps: d, woken } = deps();
    expect((await refreshDeadlineCards(d, morning('2026-11-24'))).queued).toEqual([]);
    expect((await refreshDeadlineCards(d, morning('2026-11-25'))).queued).toEqual(['IMI-D-1:registry']);
    expect(woken).toEqual(['IMI-D-1']);
    // Not delivered yet: a second run queues no second update.
    expect((await refreshDeadlineCards(d, morning('2026-11-25'))).queued).toEqual([]);
    expect((await caseRepository(store).get('IMI-D-1'))!.outbox.filter((m) => m.kind === 'update_card')).toHaveLength(1);
    await delivered('IMI-D-1', '2026-11-25T06:31:00Z');
    expect((await refreshDeadlineCards(d, morning('2026-11-25'))).queued).toEqual([]);
    expect((await refreshDeadlineCards(d, morning('2026-11-26'))).queued).toEqual(['IMI-D-1:registry']);
    await delivered('IMI-D-1', '2026-11-26T06:31:00Z');
    // Overdue stays overdue: the card leaves out the count of days, so nothing more to redraw.
    expect((await refreshDeadlineCards(d, morning('2026-11-27'))).queued).toEqual([]);
    expect((await refreshDeadlineCards(d, morning('2026-12-04'))).queued).toEqual([]);
  });

  it('redraws both departments\' cards, and a card that does not say when it was drawn, once', async () => {
    await addCase('IMI-D-2', 'with_supervision', { registry: card(), supervision: card('2026-11-23T09:00:05Z') });
    const { deps: d } = deps();
    expect((await refreshDeadlineCards(d, morning('2026-11-24'))).queued).toEqual(['IMI-D-2:registry']);
  });

  it('leaves cases without a card, closed cases and no-hits alone', async () => {
    await addCase('IMI-D-3', 'to_verify', {});
    await addCase('IMI-D-4', 'escalated', { registry: card() });
    await addCase('IMI-D-5', 'no_hit', {});
    const { deps: d } = deps();
    expect((await refreshDeadlineCards(d, morning('2026-11-30'))).queued).toEqual([]);
  });

  it('a dry run writes nothing and says what it would redraw; the per-run limit holds', async () => {
    for (let i = 0; i < 3; i++) await addCase(`IMI-D-L${i}`, 'to_verify', { registry: card('2026-11-23T09:00:05Z') });
    const dry = await refreshDeadlineCards(deps({ dryRun: true }).deps, morning('2026-11-25'));
    expect(dry).toMatchObject({ dryRun: true, queued: ['IMI-D-L0:registry', 'IMI-D-L1:registry', 'IMI-D-L2:registry'].sort() });
    expect((await caseRepository(store).get('IMI-D-L0'))!.outbox).toEqual([]);
    const limited = await refreshDeadlineCards(deps({ maxPerRun: 2 }).deps, morning('2026-11-25'));
    expect(limited.queued).toHaveLength(2);
    expect(limited.limited).toBe(true);
    expect((await refreshDeadlineCards(deps().deps, morning('2026-11-25'))).queued).toHaveLength(1);
  });
});
