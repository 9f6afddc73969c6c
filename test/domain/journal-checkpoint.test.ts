import { describe, expect, it } from 'vitest';
import { appendJournal, emptyHead, GENESIS } from '../../src/domain/journal.js';
import type { JournalEntry, JournalHead } from '../../src/domain/journal.js';
import { checkpointIsAuthentic, nextCheckpoint, partIsAuthentic, sealPart } from '../../src/domain/journal-checkpoint.js';
import type { CaseMark, Checkpoint } from '../../src/domain/journal-checkpoint.js';
import { checkCase, checkpointOverdue, compareWithMark, nextMark, verifyCheckpointChain, verifyParts } from '../../src/domain/journal-integrity.js';

const KEY = 'journal-test-key-0123456789abcdef0123456789';
const OTHER_KEY = 'someone-elses-key-0123456789abcdef012345678';

function chain(imiId: string, n: number): { entries: JournalEntry[]; head: JournalHead } {
  const drafts = Array.from({ length: n }, (_, i) => ({ action: `step_${i}`, from: 'received' as const, to: 'received' as const }));
  const out = appendJournal(imiId, emptyHead(imiId, KEY), drafts, { actor: { kind: 'system' }, at: '2026-11-02T08:00:00.000Z' }, KEY);
  return out;
}

const mark = (imiId: string, c: { entries: JournalEntry[] }, count = c.entries.length): CaseMark => ({ imiId, count, hash: count === 0 ? GENESIS : c.entries[count - 1]!.hash });

/** A chain of checkpoints for the given days, one part each. */
function checkpoints(days: string[], key = KEY): Checkpoint[] {
  const out: Checkpoint[] = [];
  for (const day of days) {
    const part = sealPart({ id: `${day}.run.0001`, day, index: 1, marks: [{ imiId: 'IMI-1', count: out.length + 1, hash: 'h' }] }, key);
    const next = nextCheckpoint(out.at(-1), { day, createdAt: `${day}T22:30:00.000Z`, parts: [{ id: part.id, cases: 1, mac: part.mac }] }, key);
    if (!next.ok) throw new Error(next.code);
    out.push(next.checkpoint);
  }
  return out;
}

describe('sealing checkpoints and parts', () => {
  it('numbers and chains checkpoints and counts their cases', () => {
    const [a, b] = checkpoints(['2026-11-01', '2026-11-02']);
    expect(a).toMatchObject({ day: '2026-11-01', n: 1, prev: GENESIS, caseCount: 1 });
    expect(b).toMatchObject({ n: 2, prev: a!.mac });
    expect(checkpointIsAuthentic(b!, KEY)).toBe(true);
    expect(checkpointIsAuthentic(b!, OTHER_KEY)).toBe(false);
    expect(checkpointIsAuthentic({ ...b!, caseCount: 0 }, KEY)).toBe(false);
  });

  it('refuses a bad day and days that do not move forward, as values', () => {
    const [a] = checkpoints(['2026-11-02']);
    expect(nextCheckpoint(a, { day: '2026-11-02', createdAt: 'x', parts: [] }, KEY)).toEqual({ ok: false, code: 'not_after_latest', latestDay: '2026-11-02' });
    expect(nextCheckpoint(a, { day: '2026-11-01', createdAt: 'x', parts: [] }, KEY)).toMatchObject({ ok: false, code: 'not_after_latest' });
    expect(nextCheckpoint(undefined, { day: '2026-02-30', createdAt: 'x', parts: [] }, KEY)).toMatchObject({ ok: false, code: 'invalid_day', field: 'day' });
  });

  it('seals parts so that a changed mark, id or key shows', () => {
    const part = sealPart({ id: 'd.run.0001', day: '2026-11-01', index: 1, marks: [{ imiId: 'IMI-1', count: 3, hash: 'abc' }] }, KEY);
    expect(partIsAuthentic(part, KEY)).toBe(true);
    expect(partIsAuthentic({ ...part, marks: [{ imiId: 'IMI-1', count: 2, hash: 'abc' }] }, KEY)).toBe(false);
    expect(partIsAuthentic({ ...part, id: 'd.run.0002' }, KEY)).toBe(false);
    expect(partIsAuthentic(part, OTHER_KEY)).toBe(false);
  });
});

describe('verifyCheckpointChain', () => {
  const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'];

  it('finds nothing in an intact chain', () => {
    expect(verifyCheckpointChain(checkpoints(days), KEY)).toEqual([]);
  });

  it.each([
    ['a removed checkpoint', (c: Checkpoint[]) => [c[0]!, c[1]!, c[3]!], [{ kind: 'checkpoint_missing', fromN: 3, toN: 3, afterDay: '2026-11-02', beforeDay: '2026-11-04' }]],
    ['the first checkpoints removed', (c: Checkpoint[]) => c.slice(2), [{ kind: 'checkpoint_missing', fromN: 1, toN: 2, beforeDay: '2026-11-03' }]],
    ['an altered checkpoint', (c: Checkpoint[]) => c.map((x) => (x.n === 2 ? { ...x, caseCount: 7 } : x)), [{ kind: 'checkpoint_forged', day: '2026-11-02', n: 2 }]],
    ['a chain rebuilt with another key', () => checkpoints(days, OTHER_KEY), days.map((day, i) => ({ kind: 'checkpoint_forged', day, n: i + 1 }))],
  ] as const)('names %s', (_name, tamper, expected) => {
    expect(verifyCheckpointChain(tamper(checkpoints(days)), KEY)).toEqual(expected);
  });

  it('names a link to something other than the one before, and duplicates', () => {
    const c = checkpoints(days);
    const other = checkpoints(['2026-10-01', '2026-10-02']);
    // Re-sealed with the key (an insider with the key would be needed): only the link shows.
    const relinked = nextCheckpoint(other[1], { day: '2026-11-03', createdAt: 'x', parts: [] }, KEY);
    if (!relinked.ok) throw new Error('setup');
    expect(verifyCheckpointChain([c[0]!, c[1]!, relinked.checkpoint], KEY)).toEqual([{ kind: 'checkpoint_broken_link', day: '2026-11-03', n: 3 }]);
    expect(verifyCheckpointChain([c[0]!, c[1]!, c[1]!], KEY)).toContainEqual({ kind: 'checkpoint_duplicate', day: '2026-11-02', n: 2 });
  });
});

describe('verifyParts', () => {
  const [cp] = checkpoints(['2026-11-01']);
  const part = sealPart({ id: '2026-11-01.run.0001', day: '2026-11-01', index: 1, marks: [{ imiId: 'IMI-1', count: 1, hash: 'h' }] }, KEY);

  it('returns the marks of authentic parts', () => {
    expect(verifyParts(cp!, [part], KEY)).toEqual({ problems: [], marks: part.marks });
  });

  it('names missing and altered parts and trusts none of their marks', () => {
    expect(verifyParts(cp!, [undefined], KEY)).toEqual({ problems: [{ kind: 'checkpoint_part_missing', day: '2026-11-01', part: part.id }], marks: [] });
    const altered = { ...part, marks: [{ imiId: 'IMI-1', count: 0, hash: GENESIS }] };
    expect(verifyParts(cp!, [altered], KEY)).toEqual({ problems: [{ kind: 'checkpoint_part_forged', day: '2026-11-01', part: part.id }], marks: [] });
    const resealed = sealPart({ ...part, marks: [] }, KEY);
    expect(verifyParts(cp!, [resealed], KEY).problems).toHaveLength(1);
  });
});

describe('cases against a checkpoint', () => {
  const c = chain('IMI-1', 5);
  const recorded = mark('IMI-1', c, 3);

  it('accepts a chain that grew since', () => {
    expect(compareWithMark(recorded, c.entries, '2026-11-01')).toEqual([]);
    expect(compareWithMark({ imiId: 'IMI-1', count: 0, hash: GENESIS }, [], '2026-11-01')).toEqual([]);
    expect(checkCase('IMI-1', c.entries, c.head, { mark: recorded, day: '2026-11-01' }, KEY)).toEqual([]);
  });

  it('names a truncation, even to an older intact copy with a valid head', () => {
    const older = chain('IMI-1', 2);
    expect(checkCase('IMI-1', older.entries, older.head, { mark: recorded, day: '2026-11-01' }, KEY))
      .toEqual([{ kind: 'case_truncated', imiId: 'IMI-1', day: '2026-11-01', recorded: 3, stored: 2 }]);
  });

  it('names a history rewritten since the checkpoint', () => {
    const other = appendJournal('IMI-1', emptyHead('IMI-1', KEY), [{ action: 'x', from: 'received', to: 'received' }, { action: 'y', from: 'received', to: 'received' }, { action: 'z', from: 'received', to: 'received' }], { actor: { kind: 'system' }, at: '2026-11-03T08:00:00.000Z' }, KEY);
    expect(compareWithMark(recorded, other.entries, '2026-11-01')).toEqual([{ kind: 'case_diverged', imiId: 'IMI-1', day: '2026-11-01', seq: 3 }]);
  });

  it('records the current head when it extends the previous record, else keeps the record', () => {
    const previous = { mark: recorded, day: '2026-11-01' };
    expect(nextMark('IMI-1', c.entries, c.head, previous)).toEqual({ mark: mark('IMI-1', c) });
    expect(nextMark('IMI-1', c.entries, c.head, undefined)).toEqual({ mark: mark('IMI-1', c) });
    const older = chain('IMI-1', 2);
    expect(nextMark('IMI-1', older.entries, older.head, previous)).toEqual({ mark: recorded, problem: { kind: 'case_truncated', imiId: 'IMI-1', day: '2026-11-01', recorded: 3, stored: 2 } });
    const lowered = { ...c.head, count: 2 };
    expect(nextMark('IMI-1', c.entries, lowered, previous).mark).toEqual(recorded);
  });
});

describe('checkpointOverdue', () => {
  it.each([
    ['2026-11-20', undefined, '2026-11-22', 2, undefined],
    ['2026-11-20', undefined, '2026-11-23', 2, { kind: 'checkpoint_overdue', today: '2026-11-23', latestDay: '2026-11-20', days: 3 }],
    [undefined, '2026-11-22', '2026-11-23', 2, undefined],
    [undefined, '2026-11-01', '2026-11-23', 2, { kind: 'checkpoint_overdue', today: '2026-11-23', days: 22 }],
    [undefined, undefined, '2026-11-23', 2, undefined],
    ['garbage', undefined, '2026-11-23', 2, undefined],
  ] as const)('latest %s, oldest case %s, today %s, max %i days', (latest, oldest, today, max, expected) => {
    expect(checkpointOverdue(latest, oldest, today, max)).toEqual(expected);
  });
});
