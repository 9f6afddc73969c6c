import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../src/adapters/storage/embedded-store.js';
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
