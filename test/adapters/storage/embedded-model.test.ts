import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../../src/adapters/storage/embedded-store.js';
import { tempDir } from './support/temp-dir.js';

type Op =
  | { kind: 'create' | 'upsert'; id: number; v: number }
  | { kind: 'replace' | 'delete'; id: number; v: number; stale: boolean }
  | { kind: 'reopen' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('create' as const, 'upsert' as const), id: fc.nat(7), v: fc.nat(1_000) }),
  fc.record({ kind: fc.constantFrom('replace' as const, 'delete' as const), id: fc.nat(7), v: fc.nat(1_000), stale: fc.boolean() }),
  fc.constant({ kind: 'reopen' as const }),
);

/**
 * Random sequences of writes, with reopens and a tiny compaction threshold, against a plain Map: after
 * every step the store must agree with the model, so replay, snapshots and etag checks stay in step.
 */
describe('embedded store against a model', () => {
  it('agrees with a Map through writes, compactions and reopens', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
        const temp = await tempDir();
        const open = () => openEmbeddedStore({ dir: temp.dir, compactAfter: 600 });
        let store: DocumentStore = await open();
        const model = new Map<string, { v: number; etag: string }>();
        const staleEtags = new Map<string, string>();
        try {
          for (const step of ops) {
            if (step.kind === 'reopen') {
              await store.close();
              store = await open();
              continue;
            }
            const id = `d${step.id}`;
            const current = model.get(id);
            const body = { v: step.v, pad: 'p'.repeat(step.v % 97) };
            if (step.kind === 'create') {
              const result = await store.create('cases', id, body);
              expect(result.ok).toBe(current === undefined);
              if (result.ok) model.set(id, { v: step.v, etag: result.etag });
            } else if (step.kind === 'upsert') {
              const { etag } = await store.upsert('cases', id, body);
              if (current) staleEtags.set(id, current.etag);
              model.set(id, { v: step.v, etag });
            } else if (step.kind === 'replace' || step.kind === 'delete') {
              const etag = step.stale ? (staleEtags.get(id) ?? '"never"') : (current?.etag ?? '"never"');
              const expectOk = current !== undefined && etag === current.etag;
              if (step.kind === 'replace') {
                const result = await store.replace('cases', id, body, etag);
                expect(result).toEqual(expectOk ? { ok: true, etag: expect.any(String) } : { ok: false, code: current ? 'conflict' : 'not_found' });
                if (result.ok && current) {
                  staleEtags.set(id, current.etag);
                  model.set(id, { v: step.v, etag: result.etag });
                }
              } else {
                expect(await store.delete('cases', id, etag)).toBe(expectOk);
                if (expectOk) model.delete(id);
              }
            }
          }
          const stored = await store.query<{ v: number }>('cases', {});
          expect(new Map(stored.map((d) => [d.id, { v: d.body.v, etag: d.etag }]))).toEqual(model);
        } finally {
          await store.close();
          await temp.remove();
        }
      }),
      { numRuns: 60 },
    );
  });
});
