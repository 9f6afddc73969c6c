import { join } from 'node:path';
import type { Config } from '../../config.js';
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import type { DocumentStore } from './document-store.js';
import { openCosmosStore } from './cosmos-store.js';
import { openEmbeddedStore } from './embedded-store.js';

/** Where documents live, as configuration describes it (STORE, DATA_DIR, COSMOS_*). */
export type StoreOptions =
  | { readonly kind: 'embedded'; readonly dir: string }
  | { readonly kind: 'cosmos'; readonly endpoint: string; readonly auth: 'key'; readonly key: string; readonly database: string }
  | { readonly kind: 'cosmos'; readonly endpoint: string; readonly auth: 'managed-identity'; readonly clientId?: string; readonly database: string };

/** The slice of a pino logger the stores use. */
export interface StoreLogger {
  warn(details: object, message: string): void;
}

/**
 * Opens the configured store. For a managed identity, a client id selects that user-assigned identity;
 * without one DefaultAzureCredential is used, which finds the system-assigned identity on Azure App
 * Service and a developer's `az login` on a workstation.
 */
export async function openStore(options: StoreOptions, logger: StoreLogger): Promise<DocumentStore> {
  if (options.kind === 'embedded') return openEmbeddedStore({ dir: options.dir, logger });
  const { endpoint, database } = options;
  if (options.auth === 'key') return openCosmosStore({ endpoint, database, key: options.key, logger });
  const credential = options.clientId !== undefined
    ? new ManagedIdentityCredential({ clientId: options.clientId })
    : new DefaultAzureCredential();
  return openCosmosStore({ endpoint, database, credential, logger });
}

/** The store the configuration names. */
export function storeOptionsOf(config: Config): StoreOptions {
  if (config.STORE === 'embedded') return { kind: 'embedded', dir: join(config.DATA_DIR, 'store') };
  const base = { kind: 'cosmos' as const, endpoint: config.COSMOS_ENDPOINT!, database: config.COSMOS_DATABASE };
  return config.COSMOS_AUTH === 'key'
    ? { ...base, auth: 'key', key: config.COSMOS_KEY! }
    : { ...base, auth: 'managed-identity', ...(config.COSMOS_MANAGED_IDENTITY_CLIENT_ID ? { clientId: config.COSMOS_MANAGED_IDENTITY_CLIENT_ID } : {}) };
}
