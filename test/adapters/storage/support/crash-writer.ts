/**
 * Child process for the kill -9 test: opens the embedded store in argv[2] and writes without pause,
 * 16 writes in flight, printing a line for each write only after the store acknowledged it.
 * `create doc-<n>` creates a document; `counter <v>` is a conditional replace of one shared document.
 */
import { openEmbeddedStore } from '../../../../src/adapters/storage/embedded-store.js';

const dir = process.argv[2];
const start = Number(process.argv[3] ?? '0');
if (dir === undefined) throw new Error('usage: crash-writer <dir> <first number>');
const store = await openEmbeddedStore({ dir, compactAfter: 256 * 1024 });
const out = (line: string) => process.stdout.write(`${line}\n`);

let next = start;
async function creator(): Promise<never> {
  for (;;) {
    const n = next++;
    const result = await store.create('cases', `doc-${n}`, { n, pad: 'p'.repeat(200 + (n % 300)) });
    if (!result.ok) throw new Error(`create doc-${n} failed: ${result.code}`);
    out(`create doc-${n}`);
  }
}

async function counter(): Promise<never> {
  for (;;) {
    const current = await store.get<{ value: number }>('jobs', 'counter');
    const value = (current?.body.value ?? 0) + 1;
    const result = current === undefined
      ? await store.create('jobs', 'counter', { value })
      : await store.replace('jobs', 'counter', { value }, current.etag);
    if (result.ok) out(`counter ${value}`);
  }
}

out('ready');
await Promise.all([...Array.from({ length: 14 }, creator), counter(), counter()]);
