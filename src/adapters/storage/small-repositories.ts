import type { ConversationReference, ConversationRepository, QuarantineEntry, QuarantineRepository } from '../../usecases/ports.js';
import type { DocumentStore } from './document-store.js';

export function quarantineRepository(store: DocumentStore): QuarantineRepository {
  return {
    async add(entry) {
      const r = await store.create('quarantine', entry.id, { ...entry });
      if (!r.ok) throw new Error(`quarantine id ${entry.id} already used: ids must be unique`);
    },
    async list(limit) {
      const docs = await store.query<QuarantineEntry & Record<string, unknown>>('quarantine', {}, { orderBy: 'receivedAt', desc: true, limit });
      return docs.map((d) => d.body);
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
