import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentStore, StoredDoc } from '../../../src/adapters/storage/document-store.js';

export interface StoreFixture {
  readonly store: DocumentStore;
  /** Closes the store and removes whatever the fixture created. */
  dispose(): Promise<void>;
}

/**
 * The behaviour every DocumentStore adapter must share, run once per adapter. Each test gets a fresh,
 * empty store from `open`, so counts and queries see only what the test wrote.
 */
export function describeStoreContract(name: string, open: () => Promise<StoreFixture>): void {
  describe(`${name} store contract`, () => {
    let fixture: StoreFixture;
    let store: DocumentStore;
    beforeEach(async () => {
      fixture = await open();
      store = fixture.store;
    });
    afterEach(async () => fixture.dispose());

    it('creates, reads, and refuses a second create of the same id', async () => {
      const created = await store.create('cases', 'c1', { state: 'received', n: 1 });
      expect(created.ok).toBe(true);
      const doc = await store.get('cases', 'c1');
      expect(doc).toEqual({ id: 'c1', etag: created.ok ? created.etag : '', body: { state: 'received', n: 1 } });
      expect(await store.create('cases', 'c1', { state: 'other' })).toEqual({ ok: false, code: 'exists' });
      expect((await store.get('cases', 'c1'))?.body).toEqual({ state: 'received', n: 1 });
      expect(await store.get('cases', 'missing')).toBeUndefined();
    });

    it('replaces only with the current etag', async () => {
      const created = await store.create('cases', 'c1', { v: 1 });
      if (!created.ok) throw new Error('create failed');
      const replaced = await store.replace('cases', 'c1', { v: 2 }, created.etag);
      expect(replaced.ok).toBe(true);
      if (!replaced.ok) return;
      expect(replaced.etag).not.toBe(created.etag);
      expect(await store.replace('cases', 'c1', { v: 3 }, created.etag)).toEqual({ ok: false, code: 'conflict' });
      expect(await store.get('cases', 'c1')).toEqual({ id: 'c1', etag: replaced.etag, body: { v: 2 } });
      expect(await store.replace('cases', 'nope', { v: 1 }, created.etag)).toEqual({ ok: false, code: 'not_found' });
    });

    it('upserts, changing the etag on every write', async () => {
      const first = await store.upsert('leases', 'l1', { owner: 'a' });
      const second = await store.upsert('leases', 'l1', { owner: 'a' });
      expect(second.etag).not.toBe(first.etag);
      expect(await store.get('leases', 'l1')).toEqual({ id: 'l1', etag: second.etag, body: { owner: 'a' } });
    });

    it('deletes unconditionally or only with the current etag', async () => {
      const a = await store.upsert('jobs', 'a', { x: 1 });
      const b = await store.upsert('jobs', 'b', { x: 1 });
      expect(await store.delete('jobs', 'a', '"stale"')).toBe(false);
      expect(await store.get('jobs', 'a')).toBeDefined();
      expect(await store.delete('jobs', 'a', a.etag)).toBe(true);
      expect(await store.get('jobs', 'a')).toBeUndefined();
      expect(await store.delete('jobs', 'a')).toBe(false);
      expect(await store.delete('jobs', 'b')).toBe(true);
      expect(await store.delete('jobs', 'b', b.etag)).toBe(false);
      expect(await store.replace('jobs', 'b', { x: 2 }, b.etag)).toEqual({ ok: false, code: 'not_found' });
      expect((await store.create('jobs', 'b', { x: 3 })).ok).toBe(true);
    });

    it('keeps collections apart', async () => {
      await store.upsert('cases', 'same', { in: 'cases' });
      await store.upsert('leases', 'same', { in: 'leases' });
      expect((await store.get('cases', 'same'))?.body).toEqual({ in: 'cases' });
      expect((await store.get('leases', 'same'))?.body).toEqual({ in: 'leases' });
      expect(await store.count('conversations', {})).toBe(0);
    });

    it('hands out copies, so callers cannot change stored state', async () => {
      const body = { nested: { list: [1, 2] } };
      await store.create('cases', 'c1', body);
      body.nested.list.push(3);
      const read = await store.get<{ nested: { list: number[] } }>('cases', 'c1');
      expect(read?.body.nested.list).toEqual([1, 2]);
      read?.body.nested.list.push(4);
      const [queried] = await store.query<{ nested: { list: number[] } }>('cases', {});
      expect(queried?.body.nested.list).toEqual([1, 2]);
    });

    it('keeps any id, also with the characters Cosmos DB refuses in its own ids', async () => {
      const ids = ['IMI/2026/7', 'a\\b', 'a?b=1', 'a#b', '100%', '%2F', 'a%25b', ' space ', 'IMI-2025-1'];
      for (const id of ids) expect((await store.create('cases', id, { id_: id })).ok).toBe(true);
      for (const id of ids) expect((await store.get('cases', id))?.body).toEqual({ id_: id });
      expect((await store.query('cases', {})).map((d) => d.id).sort()).toEqual([...ids].sort());
      const scanned: string[] = [];
      for await (const d of store.scan('cases')) scanned.push(d.id);
      expect(scanned.sort()).toEqual([...ids].sort());
      const doc = (await store.get('cases', 'IMI/2026/7'))!;
      expect((await store.replace('cases', 'IMI/2026/7', { v: 2 }, doc.etag)).ok).toBe(true);
      expect(await store.create('cases', 'IMI/2026/7', {})).toEqual({ ok: false, code: 'exists' });
      expect(await store.get('cases', 'IMI%2F2026%2F7')).toBeUndefined();
      expect(await store.delete('cases', 'a#b')).toBe(true);
      expect(await store.get('cases', 'a#b')).toBeUndefined();
    });

    it('refuses ids and bodies Cosmos DB cannot hold', async () => {
      await expect(store.create('cases', '', {})).rejects.toThrow(/id/);
      await expect(store.create('cases', 'x'.repeat(256), {})).rejects.toThrow(/id/);
      // Escaped, each / takes three characters of the 255.
      await expect(store.get('cases', '/'.repeat(86))).rejects.toThrow(/id/);
      expect(await store.get('cases', '/'.repeat(85))).toBeUndefined();
      await expect(store.get('nope' as 'cases', 'a')).rejects.toThrow(/Unknown collection/);
      await expect(store.create('cases', 'ok', { id: 'x' })).rejects.toThrow(/^A document body must not contain the reserved key "id"$/);
      await expect(store.upsert('cases', 'ok', { _etag: 'x' })).rejects.toThrow(/reserved/);
    });

    it('stores unicode, control characters and a 200 KB body intact', async () => {
      const text = 'Ærlig øl på Ålesund 🇳🇴 — “quotes” \\ back\tslash\nnewline \u0000 עברית 中文';
      await store.create('cases', 'ÆØÅ-ü-🇳🇴', { text, [`key-ø`]: 'ü' });
      expect((await store.get('cases', 'ÆØÅ-ü-🇳🇴'))?.body).toEqual({ text, 'key-ø': 'ü' });
      const big = { blob: 'x'.repeat(200 * 1024), items: Array.from({ length: 100 }, (_, i) => ({ i, s: `é${i}` })) };
      await store.create('cases', 'big', big);
      expect((await store.get('cases', 'big'))?.body).toEqual(big);
      expect((await store.query('cases', { 'items': { defined: true } })).map((d) => d.id)).toEqual(['big']);
    });

    it('lets exactly one of many concurrent conditional replaces win', async () => {
      const created = await store.create('cases', 'hot', { claims: 0 });
      if (!created.ok) throw new Error('create failed');
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => store.replace('cases', 'hot', { claims: 1, by: i }, created.etag)),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(11);
      expect((await store.get('cases', 'hot'))?.body.claims).toBe(1);
    });

    describe('queries', () => {
      const docs: [string, Record<string, unknown>][] = [
        ['a', { state: 'received', dept: 2, due: '2025-01-03', hit: true, outbox: { pending: 2 }, note: null }],
        ['b', { state: 'screened', dept: 4, due: '2025-01-01', hit: false, outbox: { pending: 0 } }],
        ['c', { state: 'received', dept: 4, due: '2025-01-02', hit: true, value: 'x' }],
        ['d', { state: 'closed', dept: '4', due: '2025-01-05', hit: false, outbox: {} }],
        ['e', { state: 'claimed', dept: 2, due: '2025-01-04', hit: true, outbox: { pending: 1 } }],
      ];
      beforeEach(async () => {
        for (const [id, body] of docs) await store.create('cases', id, body);
      });
      const ids = (found: StoredDoc[]) => found.map((d) => d.id).sort();

      it.each([
        ['equality on a string', { state: 'received' }, ['a', 'c']],
        ['equality on a number does not match a string', { dept: 4 }, ['b', 'c']],
        ['equality on a boolean', { hit: false }, ['b', 'd']],
        ['equality on null', { note: null }, ['a']],
        ['several conditions', { state: 'received', dept: 4 }, ['c']],
        ['in', { state: { in: ['claimed', 'closed', 'nothing'] } }, ['d', 'e']],
        ['defined', { 'outbox.pending': { defined: true } }, ['a', 'b', 'e']],
        ['not defined', { 'outbox.pending': { defined: false } }, ['c', 'd']],
        ['null counts as defined', { note: { defined: true } }, ['a']],
        ['dotted equality', { 'outbox.pending': 0 }, ['b']],
        ['a SQL keyword as a field name', { value: 'x' }, ['c']],
        ['in with an empty list', { state: { in: [] } }, []],
        ['gt on numbers skips other types', { dept: { gt: 2 } }, ['b', 'c']],
        ['gte and lt on numbers', { 'outbox.pending': { gte: 1, lt: 2 } }, ['e']],
        ['lte on strings', { due: { lte: '2025-01-02' } }, ['b', 'c']],
        ['range on strings', { due: { gt: '2025-01-02', lt: '2025-01-05' } }, ['a', 'e']],
        ['defined on an object field', { outbox: { defined: true } }, ['a', 'b', 'd', 'e']],
        ['an object field never equals a scalar', { outbox: 0 }, []],
        ['empty filter', {}, ['a', 'b', 'c', 'd', 'e']],
        ['nothing matches', { state: 'nope' }, []],
      ])('%s', async (_name, filter, expected) => {
        expect(ids(await store.query('cases', filter))).toEqual(expected);
        expect(await store.count('cases', filter)).toBe(expected.length);
      });

      it('orders ascending and descending, with a limit', async () => {
        expect((await store.query('cases', {}, { orderBy: 'due' })).map((d) => d.id)).toEqual(['b', 'c', 'a', 'e', 'd']);
        expect((await store.query('cases', { hit: true }, { orderBy: 'due', desc: true })).map((d) => d.id)).toEqual(['e', 'a', 'c']);
        expect((await store.query('cases', {}, { orderBy: 'due', desc: true, limit: 2 })).map((d) => d.id)).toEqual(['d', 'e']);
        expect(await store.query('cases', {}, { limit: 3 })).toHaveLength(3);
      });

      it('orders by a dotted path, leaving out documents without it', async () => {
        const found = await store.query('cases', {}, { orderBy: 'outbox.pending' });
        expect(found.map((d) => d.id)).toEqual(['b', 'e', 'a']);
        expect((await store.query('cases', {}, { orderBy: 'outbox.pending', desc: true, limit: 1 })).map((d) => d.id)).toEqual(['a']);
      });

      it('queries what JSON keeps: a field written as undefined is absent, a non-finite number is null', async () => {
        await store.create('cases', 'f', { state: 'odd', gone: undefined, n: Number.NaN });
        expect(ids(await store.query('cases', { state: 'odd', gone: { defined: false } }))).toEqual(['f']);
        expect(ids(await store.query('cases', { n: null }))).toEqual(['f']);
        const replaced = await store.get('cases', 'f');
        await store.replace('cases', 'f', { state: 'odd', n: 1 }, replaced!.etag);
        expect(ids(await store.query('cases', { n: null }))).toEqual([]);
        expect(ids(await store.query('cases', { n: { gte: 1 } }))).toEqual(['f']);
      });

      it('returns etags that work for a conditional write', async () => {
        const [doc] = await store.query('cases', { state: 'closed' });
        if (!doc) throw new Error('no result');
        expect((await store.replace('cases', doc.id, { state: 'reopened' }, doc.etag)).ok).toBe(true);
      });
    });

    it('scans every document of a collection across pages', async () => {
      await Promise.all(Array.from({ length: 250 }, (_, i) => store.create('quarantine', `q${i}`, { i })));
      await store.create('cases', 'other', {});
      const seen = new Set<string>();
      for await (const doc of store.scan<{ i: number }>('quarantine')) {
        expect(doc.body.i).toBe(Number(doc.id.slice(1)));
        seen.add(doc.id);
      }
      expect(seen.size).toBe(250);
    });
  });
}
