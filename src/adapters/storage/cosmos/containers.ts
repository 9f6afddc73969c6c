import type { Container, CosmosClient } from '@azure/cosmos';
import { COLLECTIONS, type CollectionName } from '../document-store.js';
import { cosmosFailure, statusOf } from './cosmos-errors.js';

/**
 * Every container is partitioned on `/id`. Each write the port offers touches one document, and the
 * domain keeps a case together with its journal and outbox in one case document, so a state change, its
 * journal entry and its outgoing messages land in one atomic single-partition write; Cosmos DB has no
 * cross-partition transaction to lean on, and transactional batches are limited to one partition key
 * anyway. Point reads and writes by id are then the cheapest operation Cosmos DB has (1 RU per KB), and
 * ids spread evenly over physical partitions, so there is no hot partition as the store grows. The price
 * is that queries (by state, by department) fan out over partitions, which at 17,000 cases (a single
 * physical partition) costs little, and which the jobs run rarely.
 */
export async function ensureContainers(client: CosmosClient, databaseId: string): Promise<Map<CollectionName, Container>> {
  let database;
  try {
    ({ database } = await raceSafe(() => client.databases.createIfNotExists({ id: databaseId })));
  } catch (error) {
    throw setupFailure(`opening database ${databaseId}`, error);
  }
  const containers = new Map<CollectionName, Container>();
  for (const name of COLLECTIONS) {
    try {
      const { container, resource } = await raceSafe(() => database.containers.createIfNotExists({ id: name, partitionKey: { paths: ['/id'] } }));
      const paths = resource?.partitionKey?.paths;
      if (paths !== undefined && (paths.length !== 1 || paths[0] !== '/id')) {
        throw new Error(
          `Container ${databaseId}/${name} is partitioned on ${paths.join(',')}, not /id. ` +
            'Point operations would miss its documents; recreate it with partition key /id.',
        );
      }
      containers.set(name, container);
    } catch (error) {
      if (statusOf(error) === undefined && error instanceof Error && error.message.startsWith('Container ')) throw error;
      throw setupFailure(`opening container ${databaseId}/${name}`, error);
    }
  }
  return containers;
}

/**
 * createIfNotExists reads, then creates: instances starting together on a fresh account can both read
 * "missing", and the slower create fails with 409. By then the resource exists, so asking again finds it.
 */
async function raceSafe<R>(createIfNotExists: () => Promise<R>): Promise<R> {
  try {
    return await createIfNotExists();
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
    return createIfNotExists();
  }
}

function setupFailure(operation: string, error: unknown): Error {
  if (statusOf(error) !== 403) return cosmosFailure(operation, error);
  // Data-plane roles (what a managed identity gets) may read but not create databases and containers.
  return new Error(
    `Cosmos DB ${operation} failed (403): the identity may not create it. Create database ${operation.split(' ').pop() ?? ''} ` +
      `and the containers ${COLLECTIONS.join(', ')} (partition key /id) with the deployment template or the Azure CLI, ` +
      'or check the account firewall.',
    { cause: error },
  );
}
