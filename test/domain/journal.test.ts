import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalDraft } from '../../src/domain/case-machine.js';
import { appendJournal, emptyHead, headMac, verifyJournal } from '../../src/domain/journal.js';
import type { JournalEntry, JournalHead } from '../../src/domain/journal.js';

const KEY = 'journal-test-key-0123456789abcdef0123456789';
const OTHER_KEY = 'someone-elses-key-0123456789abcdef012345678';
const ID = 'IMI-2025-000123';

const drafts = (n: number): JournalDraft[] =>
  Array.from({ length: n }, (_, i) => ({ action: i === 0 ? 'received' : `step_${i}`, from: 'received', to: 'received', ...(i % 2 ? { reason: `reason ${i}` } : {}) }));

/** A chain of `n` entries written one at a time, as cases grow. */
function chain(n: number, key = KEY, imiId = ID): { entries: JournalEntry[]; head: JournalHead } {
  let head = emptyHead(imiId, key);
  const entries: JournalEntry[] = [];
  for (const [i, d] of drafts(n).entries()) {
    const out = appendJournal(imiId, head, [d], { actor: { kind: 'user', id: `officer-${i}` }, at: `2026-11-0${1 + (i % 9)}T08:00:00.000Z`, cardVersion: i }, key);
    entries.push(...out.entries);
    head = out.head;
  }
  return { entries, head };
}

const kinds = (problems: { kind: string }[]) => problems.map((p) => p.kind).sort();

describe('verifyJournal', () => {
  it('finds nothing in an intact chain, including an empty one', () => {
    const { entries, head } = chain(6);
    expect(verifyJournal(ID, entries, head, KEY)).toEqual([]);
    expect(verifyJournal(ID, [], emptyHead(ID, KEY), KEY)).toEqual([]);
  });

  it('names the changed entry when content changes but the hash is kept', () => {
    const { entries, head } = chain(5);
    const tampered = entries.map((e) => (e.seq === 3 ? { ...e, reason: 'something else' } : e));
    expect(verifyJournal(ID, tampered, head, KEY)).toEqual([{ kind: 'entry_changed', seq: 3 }]);
  });

  it('names a removed entry by its number', () => {
    const { entries, head } = chain(5);
    const problems = verifyJournal(ID, entries.filter((e) => e.seq !== 2), head, KEY);
    expect(problems).toContainEqual({ kind: 'entry_missing', fromSeq: 2, toSeq: 2 });
    expect(problems).toContainEqual({ kind: 'broken_link', seq: 3 });
    expect(problems).toContainEqual({ kind: 'head_count_mismatch', headCount: 5, stored: 4 });
  });

  it('names reordered entries', () => {
    const { entries, head } = chain(5);
    const [a, b, c, d, e] = entries;
    const problems = verifyJournal(ID, [a!, c!, b!, d!, e!], head, KEY);
    expect(problems).toContainEqual({ kind: 'entry_out_of_order', seq: 2, afterSeq: 3 });
    expect(problems.filter((p) => p.kind === 'entry_changed')).toEqual([]);
    expect(problems.filter((p) => p.kind === 'entry_missing')).toEqual([]);
  });

  it('sees a truncation, with the head kept or adjusted without the key', () => {
    const { entries, head } = chain(5);
    const kept = entries.slice(0, 3);
    expect(verifyJournal(ID, kept, head, KEY)).toEqual([{ kind: 'head_count_mismatch', headCount: 5, stored: 3 }]);
    const adjusted = { count: 3, hash: kept[2]!.hash, mac: headMac(ID, 3, kept[2]!.hash, OTHER_KEY) };
    expect(verifyJournal(ID, kept, adjusted, KEY)).toEqual([{ kind: 'head_forged' }]);
  });

  it('names a chain rewritten consistently with another key as one rewrite, and the forged head', () => {
    const { entries } = chain(4);
    const forged = chain(4, OTHER_KEY);
    expect(forged.entries.map((e) => e.hash)).not.toEqual(entries.map((e) => e.hash));
    expect(kinds(verifyJournal(ID, forged.entries, forged.head, KEY))).toEqual(['chain_rewritten', 'head_forged']);
    expect(verifyJournal(ID, forged.entries, forged.head, KEY)).toContainEqual({ kind: 'chain_rewritten', fromSeq: 1, entries: 4 });
  });

  it('names a rewrite from the middle on, with the head re-signed by another key', () => {
    const { entries } = chain(5);
    // Change entry 3 and recompute 3..5 with another key, keeping the link to the real entry 2.
    const start = { count: 2, hash: entries[1]!.hash, mac: 'irrelevant' };
    const rest = appendJournal(ID, start, [{ action: 'forged', from: 'received', to: 'closed_no_action' }, ...drafts(2)], { actor: { kind: 'system' }, at: '2026-11-09T08:00:00.000Z' }, OTHER_KEY);
    const problems = verifyJournal(ID, [...entries.slice(0, 2), ...rest.entries], rest.head, KEY);
    expect(problems).toEqual([{ kind: 'head_forged' }, { kind: 'chain_rewritten', fromSeq: 3, entries: 3 }]);
  });

  it('binds entries to their case: a chain copied to another case fails', () => {
    const { entries, head } = chain(3, KEY, 'IMI-OTHER');
    expect(kinds(verifyJournal(ID, entries, head, KEY))).toEqual(['chain_rewritten', 'head_forged']);
  });

  it('reports malformed documents instead of throwing', () => {
    const { entries, head } = chain(3);
    expect(verifyJournal(ID, 'nonsense' as never, head, KEY)).toEqual([{ kind: 'journal_malformed', detail: 'the journal is not a list' }]);
    expect(kinds(verifyJournal(ID, entries, null as never, KEY))).toEqual(['journal_malformed']);
    const withNull = [entries[0]!, null as never, entries[2]!];
    expect(kinds(verifyJournal(ID, withNull, head, KEY))).toEqual(['broken_link', 'entry_missing', 'journal_malformed']);
  });

  it('detects any change to any field of any entry (property)', () => {
    const { entries, head } = chain(6);
    const fields = ['seq', 'at', 'actor', 'action', 'from', 'to', 'cardVersion', 'reason', 'data', 'prevHash'] as const;
    fc.assert(fc.property(
      fc.integer({ min: 0, max: entries.length - 1 }), fc.constantFrom(...fields), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.string())),
      (index, field, value) => {
        const original = entries[index]!;
        fc.pre(JSON.stringify(original[field]) !== JSON.stringify(value));
        const tampered = entries.map((e, i) => (i === index ? ({ ...e, [field]: value } as unknown as JournalEntry) : e));
        expect(verifyJournal(ID, tampered, head, KEY).length).toBeGreaterThan(0);
      },
    ), { numRuns: 300 });
  });

  it('detects any removal or any swap of two entries (property)', () => {
    const { entries, head } = chain(7);
    fc.assert(fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (i, j) => {
      const removed = entries.filter((_, k) => k !== i);
      expect(verifyJournal(ID, removed, head, KEY).length).toBeGreaterThan(0);
      fc.pre(i !== j);
      const swapped = [...entries];
      [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
      expect(verifyJournal(ID, swapped, head, KEY).map((p) => p.kind)).toContain('entry_out_of_order');
    }), { numRuns: 100 });
  });
});
