import type { Checkpoint, CheckpointPart } from '../../domain/journal-checkpoint.js';
import type { CheckpointRepository } from '../../usecases/checkpoint-ports.js';
import type { DocumentStore, StoredDoc } from './document-store.js';

/**
 * Checkpoints in the `checkpoints` collection: each day's checkpoint under its day (`2026-11-24`), its
 * parts under `<day>.<run id>.<index>`. A `kind` field tells the two apart for queries; everything else
 * is stored exactly as the domain sealed it, so any added, removed or changed field breaks the MAC.
 */
type CheckpointDoc = Checkpoint & { readonly kind: 'checkpoint'; readonly [key: string]: unknown };
type PartDoc = Omit<CheckpointPart, 'id'> & { readonly kind: 'checkpoint_part'; readonly [key: string]: unknown };

function checkpointOf(doc: StoredDoc<CheckpointDoc>): Checkpoint {
  const { kind: _kind, ...checkpoint } = doc.body;
  return checkpoint as Checkpoint;
}

export function checkpointRepository(store: DocumentStore): CheckpointRepository {
  return {
    async get(day) {
      const doc = await store.get<CheckpointDoc>('checkpoints', day);
      return doc?.body.kind === 'checkpoint' ? checkpointOf(doc) : undefined;
    },
    async latest() {
      const [doc] = await store.query<CheckpointDoc>('checkpoints', { kind: 'checkpoint' }, { orderBy: 'n', desc: true, limit: 1 });
      return doc && checkpointOf(doc);
    },
    async list() {
      const docs = await store.query<CheckpointDoc>('checkpoints', { kind: 'checkpoint' }, { orderBy: 'n' });
      return docs.map(checkpointOf);
    },
    async create(checkpoint) {
      const r = await store.create<CheckpointDoc>('checkpoints', checkpoint.day, { kind: 'checkpoint', ...checkpoint });
      return r.ok ? 'created' : 'exists';
    },
    async putPart(part) {
      const { id, ...rest } = part;
      const r = await store.create<PartDoc>('checkpoints', id, { kind: 'checkpoint_part', ...rest });
      if (!r.ok) throw new Error(`checkpoint part ${id} already exists: part ids must be unique per run`);
    },
    async getPart(id) {
      const doc = await store.get<PartDoc>('checkpoints', id);
      if (doc?.body.kind !== 'checkpoint_part') return undefined;
      const { kind: _kind, ...rest } = doc.body;
      return { id: doc.id, ...rest } as CheckpointPart;
    },
    async deletePart(id) {
      await store.delete('checkpoints', id);
    },
  };
}
