/**
 * Embedded store benchmark: concurrent conditional replaces (read, then replace with the etag read),
 * the write pattern of a card action. Run with `npx tsx test/bench/store.bench.ts [seconds] [workers]`.
 * Prints writes per second and p50/p95/p99 latency of the replace alone and of read + replace.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';

const seconds = Number(process.argv[2] ?? '10');
const workers = Number(process.argv[3] ?? '50');
const documents = 17_232;

function percentile(sorted: number[], p: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0).toFixed(2);
}

const dir = await mkdtemp(join(tmpdir(), 'store-bench-'));
const store = await openEmbeddedStore({ dir });
const pad = 'x'.repeat(2_000);
for (let i = 0; i < documents; i += 1_000) {
  await Promise.all(Array.from({ length: Math.min(1_000, documents - i) }, (_, k) =>
    store.create('cases', `case-${i + k}`, { state: 'received', version: 0, journal: [{ at: i + k, pad }] })));
}

// A query reads every case; the first one after opening also parses them all.
const queryMs: number[] = [];
for (let i = 0; i < 3; i += 1) {
  const start = performance.now();
  await store.count('cases', { state: { in: ['received', 'claimed'] } });
  queryMs.push(performance.now() - start);
}

const replaceMs: number[] = [];
const roundTripMs: number[] = [];
let conflicts = 0;
const deadline = performance.now() + seconds * 1_000;
async function worker(): Promise<void> {
  while (performance.now() < deadline) {
    const id = `case-${Math.floor(Math.random() * documents)}`;
    const start = performance.now();
    const doc = await store.get<{ version: number; journal: unknown[] }>('cases', id);
    if (doc === undefined) throw new Error(`${id} missing`);
    const writeStart = performance.now();
    const result = await store.replace('cases', id, { ...doc.body, state: 'claimed', version: doc.body.version + 1 }, doc.etag);
    const end = performance.now();
    if (!result.ok) conflicts += 1;
    replaceMs.push(end - writeStart);
    roundTripMs.push(end - start);
  }
}
const began = performance.now();
await Promise.all(Array.from({ length: workers }, worker));
const elapsed = (performance.now() - began) / 1_000;
await store.close();
await rm(dir, { recursive: true, force: true });

replaceMs.sort((a, b) => a - b);
roundTripMs.sort((a, b) => a - b);
process.stdout.write(
  `embedded store, ${documents} documents of ~2 KB, ${workers} concurrent workers, ${elapsed.toFixed(1)} s\n` +
    `  conditional replaces: ${(replaceMs.length / elapsed).toFixed(0)}/s, conflicts ${conflicts}\n` +
    `  replace latency ms:      p50 ${percentile(replaceMs, 50)}  p95 ${percentile(replaceMs, 95)}  p99 ${percentile(replaceMs, 99)}\n` +
    `  get+replace latency ms:  p50 ${percentile(roundTripMs, 50)}  p95 ${percentile(roundTripMs, 95)}  p99 ${percentile(roundTripMs, 99)}\n` +
    `  count over all cases ms: ${queryMs.map((ms) => ms.toFixed(1)).join(', ')}\n`,
);
