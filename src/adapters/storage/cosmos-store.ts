import { CosmosClient, type ConnectionPolicy, type Container, type CosmosClientOptions, type ItemDefinition } from '@azure/cosmos';
import type { Agent } from 'node:https';
import type { Body, CollectionName, DocumentStore, Filter, QueryOptions, StoredDoc, WriteResult } from './document-store.js';
import { assertValidBody, cosmosId, idFromCosmos } from './document-rules.js';
import { ensureContainers } from './cosmos/containers.js';
import { cosmosFailure, statusOf } from './cosmos/cosmos-errors.js';
import { toSql } from './cosmos/sql-filter.js';

export interface CosmosStoreOptions {
  readonly endpoint: string;
  /** Account key; give this or `credential`. */
  readonly key?: string;
  /** Entra ID credential (managed identity); give this or `key`. */
  readonly credential?: NonNullable<CosmosClientOptions['aadCredentials']>;
  readonly database: string;
  readonly connectionPolicy?: ConnectionPolicy;
  /** Custom https Agent, e.g. one trusting a test server's certificate. */
  readonly agent?: Agent;
  readonly logger?: { warn(details: object, message: string): void };
}

/**
 * Opens the Cosmos DB store: creates the database and one container per collection (partition key
 * `/id`) when missing, then maps the port onto single-document operations with etag conditions.
 * Rejects with an explanatory Error when the account cannot be reached or used.
 */
export async function openCosmosStore(options: CosmosStoreOptions): Promise<DocumentStore> {
  if ((options.key === undefined) === (options.credential === undefined)) throw new Error('Cosmos DB store: give exactly one of key and credential');
  const client = new CosmosClient({
    endpoint: options.endpoint,
    ...(options.key !== undefined ? { key: options.key } : {}),
    ...(options.credential !== undefined ? { aadCredentials: options.credential } : {}),
    ...(options.connectionPolicy !== undefined ? { connectionPolicy: options.connectionPolicy } : {}),
    ...(options.agent !== undefined ? { agent: options.agent } : {}),
  });
  try {
    return new CosmosStore(client, await ensureContainers(client, options.database));
  } catch (error) {
    client.dispose();
    throw error;
  }
}

type Resource = ItemDefinition & { _etag?: string };
const ifMatch = (etag: string) => ({ accessCondition: { type: 'IfMatch', condition: etag } });

class CosmosStore implements DocumentStore {
  /** Several bot instances share one account. */
  readonly exclusive = false;

  constructor(private readonly client: CosmosClient, private readonly containers: Map<CollectionName, Container>) {}

  async get<T extends Body>(collection: CollectionName, id: string): Promise<StoredDoc<T> | undefined> {
    const key = cosmosId(id);
    const response = await this.run('read', () => this.container(collection).item(key, key).read<Resource>());
    return response.resource === undefined ? undefined : toDoc<T>(response.resource);
  }

  async create<T extends Body>(collection: CollectionName, id: string, body: T): Promise<WriteResult> {
    const doc = item(id, body);
    return this.write('create', { 409: 'exists' }, () => this.container(collection).items.create(doc));
  }

  async replace<T extends Body>(collection: CollectionName, id: string, body: T, etag: string): Promise<WriteResult> {
    const doc = item(id, body);
    return this.write('replace', { 404: 'not_found', 412: 'conflict' }, () => this.container(collection).item(doc.id, doc.id).replace(doc, ifMatch(etag)));
  }

  async upsert<T extends Body>(collection: CollectionName, id: string, body: T): Promise<{ etag: string }> {
    const doc = item(id, body);
    const response = await this.run('upsert', () => this.container(collection).items.upsert(doc));
    return { etag: etagOf(response.resource) };
  }

  async delete(collection: CollectionName, id: string, etag?: string): Promise<boolean> {
    const key = cosmosId(id);
    const result = await this.write('delete', { 404: 'not_found', 412: 'conflict' }, () =>
      this.container(collection).item(key, key).delete(etag === undefined ? {} : ifMatch(etag)));
    return result.ok;
  }

  async query<T extends Body>(collection: CollectionName, filter: Filter, options: QueryOptions = {}): Promise<StoredDoc<T>[]> {
    const spec = toSql(filter, options);
    const response = await this.run('query', () => this.container(collection).items.query<Resource>(spec).fetchAll());
    return response.resources.map((resource) => toDoc<T>(resource));
  }

  async count(collection: CollectionName, filter: Filter): Promise<number> {
    const spec = toSql(filter, { count: true });
    const response = await this.run('count', () => this.container(collection).items.query<number>(spec).fetchAll());
    return response.resources[0] ?? 0;
  }

  async *scan<T extends Body>(collection: CollectionName): AsyncIterable<StoredDoc<T>> {
    const iterator = this.container(collection).items.query<Resource>('SELECT * FROM c', { maxItemCount: 100 });
    while (iterator.hasMoreResults()) {
      const page = await this.run('scan', () => iterator.fetchNext());
      for (const resource of page.resources) yield toDoc<T>(resource);
    }
  }

  async close(): Promise<void> {
    this.client.dispose();
  }

  private container(collection: CollectionName): Container {
    const container = this.containers.get(collection);
    if (container === undefined) throw new Error(`Unknown collection ${collection}`);
    return container;
  }

  private async run<R>(operation: string, call: () => Promise<R>): Promise<R> {
    try {
      return await call();
    } catch (error) {
      throw cosmosFailure(operation, error);
    }
  }

  /** Runs a write, turning the statuses in `expected` into result codes. */
  private async write(
    operation: string,
    expected: Partial<Record<number, 'exists' | 'conflict' | 'not_found'>>,
    call: () => Promise<{ resource?: Resource | undefined }>,
  ): Promise<WriteResult> {
    try {
      const response = await call();
      return { ok: true, etag: operation === 'delete' ? '' : etagOf(response.resource) };
    } catch (error) {
      const code = expected[statusOf(error) ?? 0];
      if (code !== undefined) return { ok: false, code };
      throw cosmosFailure(operation, error);
    }
  }
}

function item(id: string, body: Body): ItemDefinition & { id: string } {
  const key = cosmosId(id);
  assertValidBody(body);
  return { ...body, id: key };
}

function etagOf(resource: Resource | undefined): string {
  if (resource?._etag === undefined) throw new Error('Cosmos DB answered a write without an etag; check COSMOS_ENDPOINT points at Cosmos DB');
  return resource._etag;
}

/** Drops the system properties Cosmos DB adds, so bodies look the same as in the embedded store. */
function toDoc<T extends Body>(resource: Resource): StoredDoc<T> {
  const { id, _etag, _rid: _r, _self: _s, _ts: _t, _attachments: _a, ...body } = resource;
  if (id === undefined || _etag === undefined) throw new Error('Cosmos DB returned a document without id or etag');
  return { id: idFromCosmos(id), etag: _etag, body: body as T };
}
