import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/storage/open-store.js';
import { tempDir } from './support/temp-dir.js';

const logger = { warn: () => undefined };

describe('openStore', () => {
  it('opens the embedded store in the configured directory, creating it', async () => {
    const temp = await tempDir();
    const dir = `${temp.dir}/data/store`;
    const store = await openStore({ kind: 'embedded', dir }, logger);
    await store.create('cases', 'a', { v: 1 });
    await store.close();
    const again = await openStore({ kind: 'embedded', dir }, logger);
    expect((await again.get('cases', 'a'))?.body).toEqual({ v: 1 });
    await again.close();
    await temp.remove();
  });

  it('reports an unreachable Cosmos DB endpoint with what to check', async () => {
    await expect(
      openStore({ kind: 'cosmos', endpoint: 'https://127.0.0.1:1', auth: 'key', key: 'a2V5', database: 'x' }, logger),
    ).rejects.toThrow(/COSMOS_ENDPOINT/);
  });
});
