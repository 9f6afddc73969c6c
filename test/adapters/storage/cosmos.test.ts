import { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCosmosStore } from '../../../src/adapters/storage/cosmos-store.js';
import { startCosmosServer, type CosmosServer } from '../../support/cosmos-server.js';
import { describeStoreContract } from './contract.js';

let server: CosmosServer;
let databases = 0;
beforeAll(async () => {
  server = await startCosmosServer();
});
afterAll(async () => server.stop());

/** A database per test keeps queries and counts to what the test wrote, as a fresh embedded directory does. */
async function openFresh(database = `test-${process.pid}-${databases++}`) {
  const store = await openCosmosStore({ endpoint: server.endpoint, key: server.key, database, agent: server.agent });
  return { store, database };
}

describeStoreContract('cosmos', async () => {
  const { store, database } = await openFresh();
  return {
    store,
    dispose: async () => {
      await store.close();
      const client = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent });
      await client.database(database).delete();
      client.dispose();
    },
  };
});

describe('cosmos store setup', () => {
  it('reuses existing containers on a second open, keeping their documents', async () => {
    const first = await openFresh('reopen');
    await first.store.create('cases', 'kept', { v: 1 });
    await first.store.close();
    const second = await openFresh('reopen');
    expect((await second.store.get('cases', 'kept'))?.body).toEqual({ v: 1 });
    // Two instances had it open at once: nothing found in flight can be assumed dead.
    expect(first.store.exclusive).toBe(false);
    await second.store.close();
  });

  it('lets several instances start together on a fresh account: the one that loses the race to create a container uses it', async () => {
    const stores = await Promise.all([0, 1, 2].map(() => openFresh('started-together')));
    await stores[0]!.store.create('cases', 'shared', { v: 1 });
    for (const { store } of stores) expect((await store.get('cases', 'shared'))?.body).toEqual({ v: 1 });
    for (const { store } of stores) await store.close();
  });

  it('keeps TLS verification on: without the agent trusting the test certificate, opening fails', async () => {
    await expect(
      openCosmosStore({ endpoint: server.endpoint, key: server.key, database: 'untrusted', connectionPolicy: { requestTimeout: 2_000 } }),
    ).rejects.toThrow(/certificate/);
  });

  it('fails with a message saying what to check when the endpoint is unreachable', async () => {
    await expect(
      openCosmosStore({ endpoint: 'https://127.0.0.1:1', key: server.key, database: 'x', agent: server.agent, connectionPolicy: { enableEndpointDiscovery: false, requestTimeout: 2_000 } }),
    ).rejects.toThrow(/COSMOS_ENDPOINT/);
  });
});
