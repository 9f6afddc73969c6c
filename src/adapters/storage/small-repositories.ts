import type { ConversationReference, ConversationRepository, QuarantineEntry, QuarantineRepository } from '../../usecases/ports.js';
import type { DocumentStore } from './document-store.js';

export function quarantineRepository(store: DocumentStore): QuarantineRepository {
  return {
    async add(entry) {
      const { id, ...body } = entry;
      const r = await store.create('quarantine', id, body);
      if (!r.ok) throw new Error(`quarantine id ${entry.id} already used: ids must be unique`);
    },
    async list(limit) {
      const docs = await store.query<Omit<QuarantineEntry, 'id'> & Record<string, unknown>>('quarantine', {}, { orderBy: 'receivedAt', desc: true, limit });
      return docs.map((d) => ({ ...d.body, id: d.id }));
    },
  };
}

export function conversationRepository(store: DocumentStore): ConversationRepository {
  return {
    async save(key, ref) {
      await store.upsert('conversations', key, { ref });
    },
    async get(key) {
      const d = await store.get<{ ref: ConversationReference }>('conversations', key);
      return d?.body.ref;
    },
  };
}
