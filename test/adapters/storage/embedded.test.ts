import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../src/adapters/storage/embedded-store.js';
import { EmbeddedStore } from '../../../src/adapters/storage/embedded/embedded-document-store.js';
import type { LogWriter } from '../../../src/adapters/storage/embedded/log-writer.js';
import { describeStoreContract } from './contract.js';
import { tempDir } from './support/temp-dir.js';

describeStoreContract('embedded', async () => {
  const temp = await tempDir();
  const store = await openEmbeddedStore({ dir: temp.dir });
  return { store, dispose: async () => { await store.close(); await temp.remove(); } };
});

describe('embedded store on disk', () => {
  it('keeps its data across close and reopen', async () => {
    const temp = await tempDir();
    const first = await openEmbeddedStore({ dir: temp.dir });
    await first.create('cases', 'a', { v: 1 });
    const b = await first.upsert('cases', 'b', { v: 1 });
    await first.replace('cases', 'b', { v: 2 }, b.etag);
    await first.upsert('cases', 'gone', {});
    await first.delete('cases', 'gone');
    await first.close();
    const second = await openEmbeddedStore({ dir: temp.dir });
    expect((await second.query('cases', {}, { orderBy: 'v' })).map((d) => [d.id, d.body])).toEqual([['a', { v: 1 }], ['b', { v: 2 }]]);
    // Etags keep changing after a reopen, so an etag read before it never matches a newer write.
    const again = await second.upsert('cases', 'b', { v: 3 });
    expect(again.etag).not.toBe(b.etag);
    await second.close();
    await temp.remove();
  });

  it('answers queries on what it read from disk as on what it wrote', async () => {
    const temp = await tempDir();
    const first = await openEmbeddedStore({ dir: temp.dir });
    await first.create('cases', 'a', { state: 'open', at: '2', outbox: { pending: 1 } });
    await first.create('cases', 'b', { state: 'open', at: '1', outbox: {} });
    await first.create('cases', 'c', { state: 'closed', at: '0' });
    const asWritten = async (store: typeof first) => [
      (await store.query('cases', { state: 'open' }, { orderBy: 'at' })).map((d) => d.id),
      (await store.query('cases', { outbox: { defined: true }, 'outbox.pending': { defined: false } })).map((d) => d.id),
      await store.count('cases', { state: { in: ['open', 'closed'] } }),
    ];
    const before = await asWritten(first);
    expect(before).toEqual([['b', 'a'], ['b'], 3]);
    await first.close();
    const second = await openEmbeddedStore({ dir: temp.dir });
    expect(await asWritten(second)).toEqual(before);
    await second.close();
    await temp.remove();
  });

  it('ignores a torn last line with a warning and keeps everything before it', async () => {
    const temp = await tempDir();
    const first = await openEmbeddedStore({ dir: temp.dir });
    await first.create('cases', 'a', { v: 1 });
    await first.create('cases', 'b', { v: 2 });
    await first.close();
    const [log] = (await readdir(temp.dir)).filter((f) => f.startsWith('log-'));
    if (log === undefined) throw new Error('no log file');
    await appendFile(`${temp.dir}/${log}`, '1234abcd {"s":3,"c":"cases","i":"c","e":"x"}\t{"v":');
    const warnings: string[] = [];
    const second = await openEmbeddedStore({ dir: temp.dir, logger: { warn: (_o, msg) => warnings.push(msg) } });
    expect(warnings).toHaveLength(1);
    expect(await second.count('cases', {})).toBe(2);
    await second.create('cases', 'c', { v: 3 });
    await second.close();
    const third = await openEmbeddedStore({ dir: temp.dir });
    expect(await third.count('cases', {})).toBe(3);
    await third.close();
    await temp.remove();
  });

  it('refuses to open a log damaged in the middle', async () => {
    const temp = await tempDir();
    const first = await openEmbeddedStore({ dir: temp.dir });
    await first.create('cases', 'a', { v: 1 });
    await first.close();
    const [log] = (await readdir(temp.dir)).filter((f) => f.startsWith('log-'));
    const path = `${temp.dir}/${log ?? ''}`;
    const valid = await readFile(path, 'utf8');
    await writeFile(path, `garbage\n${valid}`);
    await expect(openEmbeddedStore({ dir: temp.dir })).rejects.toThrow(/damaged at line 1/);
    await temp.remove();
  });

  it('compacts while writes go on and loses nothing', async () => {
    const temp = await tempDir();
    const store = await openEmbeddedStore({ dir: temp.dir, compactAfter: 20_000 });
    await Promise.all(Array.from({ length: 400 }, (_, i) => store.upsert('cases', `c${i % 150}`, { i, pad: 'x'.repeat(300) })));
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.delete('cases', `c${i}`)));
    await store.close();
    const files = await readdir(temp.dir);
    expect(files).toContain('snapshot.jsonl');
    const reopened = await openEmbeddedStore({ dir: temp.dir });
    const docs = await reopened.query<{ i: number }>('cases', {});
    expect(docs).toHaveLength(100);
    for (const doc of docs) {
      const k = Number(doc.id.slice(1));
      expect(doc.body.i).toBe(k < 100 ? k + 300 : k + 150);
    }
    await reopened.close();
    await temp.remove();
  });


  it('keeps a burst of writes that fills several log buffers at once, in order', async () => {
    const temp = await tempDir();
    const store = await openEmbeddedStore({ dir: temp.dir });
    // About 2.5 MB appended while the first sync is under way: one batch over several 256 KB buffers.
    await Promise.all(Array.from({ length: 2_000 }, (_, i) => store.upsert('cases', `c${i % 1_500}`, { i, text: 'ø€'.repeat(400) })));
    await store.close();
    const reopened = await openEmbeddedStore({ dir: temp.dir });
    const docs = await reopened.query<{ i: number }>('cases', {});
    expect(docs).toHaveLength(1_500);
    for (const doc of docs) {
      const k = Number(doc.id.slice(1));
      expect(doc.body.i).toBe(k < 500 ? k + 1_500 : k);
    }
    await reopened.close();
    await temp.remove();
  });

  it('snapshots documents that span the write buffer, and one larger than it, intact', async () => {
    const temp = await tempDir();
    const store = await openEmbeddedStore({ dir: temp.dir, compactAfter: 100_000 });
    // 700 KB documents fill the 1 MB snapshot buffer unevenly; 1.9 MB of three-byte characters exceeds it.
    const bodies = [{ t: 'æ'.repeat(350_000) }, { t: 'x'.repeat(700_000) }, { t: '€'.repeat(650_000) }, { t: 'ø'.repeat(10) }];
    for (const [i, body] of bodies.entries()) await store.upsert('cases', `big${i}`, body);
    await store.upsert('cases', 'after', { done: true });
    await store.close();
    const reopened = await openEmbeddedStore({ dir: temp.dir });
    for (const [i, body] of bodies.entries()) expect((await reopened.get('cases', `big${i}`))?.body).toEqual(body);
    expect((await reopened.get('cases', 'after'))?.body).toEqual({ done: true });
    await reopened.close();
    await temp.remove();
  });
  it('lets only one opener hold a directory, and takes over a lock left by a dead process', async () => {
    const temp = await tempDir();
    const store = await openEmbeddedStore({ dir: temp.dir });
    await expect(openEmbeddedStore({ dir: temp.dir })).rejects.toThrow(/in use by process/);
    await store.close();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(`${temp.dir}/LOCK`, String(dead));
    const again = await openEmbeddedStore({ dir: temp.dir });
    // The lock is what lets the dispatcher re-send at once whatever a dead process left `sending`.
    expect(again.exclusive).toBe(true);
    await again.close();
    await temp.remove();
  });
});

/**
 * A log whose writes reach "disk" only when the test says so, to see what each answer waits for. Writes
 * complete in order, as the real log's batches do.
 */
function heldLog() {
  const pending: (() => void)[] = [];
  const log = {
    failed: undefined,
    size: 0,
    append: () => new Promise<void>((resolve) => pending.push(resolve)),
    barrier: () => (pending.length === 0 ? Promise.resolve() : new Promise<void>((resolve) => pending.push(resolve))),
    rotate: () => 1,
    close: async () => undefined,
  };
  return { log: log as unknown as LogWriter, syncNext: () => pending.shift()?.(), pendingCount: () => pending.length };
}

async function answered<T>(promise: Promise<T>): Promise<{ done: boolean; value?: T }> {
  let state: { done: boolean; value?: T } = { done: false };
  void promise.then((value) => (state = { done: true, value }));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return state;
}

describe('embedded store answers only what is on disk', () => {
  const open = (held: ReturnType<typeof heldLog>) => new EmbeddedStore('/nonexistent', new Map(), 0, held.log, async () => undefined, { warn: () => undefined }, 1 << 30, 0);

  it('makes a read of a document wait for that document\'s write, and no longer', async () => {
    const held = heldLog();
    const store = open(held);
    const writtenA = store.upsert('cases', 'A', { v: 1 });
    held.syncNext();
    await writtenA;
    const writingB = store.upsert('cases', 'B', { v: 1 });
    // A is on disk: its read is answered while B's write is still under way.
    expect(await answered(store.get('cases', 'A'))).toMatchObject({ done: true, value: { body: { v: 1 } } });
    const readB = store.get('cases', 'B');
    expect((await answered(readB)).done).toBe(false);
    held.syncNext();
    await writingB;
    expect((await readB)?.body).toEqual({ v: 1 });
  });

  it('makes a refusal because of a newer version wait for that version, and an absent document wait for every write', async () => {
    const held = heldLog();
    const store = open(held);
    const created = store.create('cases', 'A', { v: 1 });
    const refused = store.create('cases', 'A', { v: 2 });
    const conflict = store.replace('cases', 'A', { v: 3 }, '"nope"');
    const removed = store.delete('cases', 'A', '"nope"');
    const writingC = store.upsert('cases', 'C', { v: 1 });
    const missing = store.get('cases', 'D');
    for (const answer of [refused, conflict, removed, missing] as Promise<unknown>[]) expect((await answered(answer)).done).toBe(false);
    held.syncNext();
    await created;
    expect(await refused).toEqual({ ok: false, code: 'exists' });
    expect(await conflict).toEqual({ ok: false, code: 'conflict' });
    expect(await removed).toBe(false);
    // D might have been deleted by a write not yet on disk: its absence waits for C's write too.
    expect((await answered(missing)).done).toBe(false);
    held.syncNext();
    held.syncNext();
    await writingC;
    expect(await missing).toBeUndefined();
    expect(held.pendingCount()).toBe(0);
  });
});
