import { mkdir } from 'node:fs/promises';
import type { DocumentStore } from './document-store.js';
import { EmbeddedStore } from './embedded/embedded-document-store.js';
import { acquireLock } from './embedded/lock-file.js';
import { LogWriter } from './embedded/log-writer.js';
import { recover, removeLogs, type Logger } from './embedded/recovery.js';
import { writeSnapshot } from './embedded/snapshot.js';
import { captureEntries } from './embedded/tables.js';

export interface EmbeddedStoreOptions {
  /** Directory holding the store; created if missing. One process at a time. */
  readonly dir: string;
  readonly logger?: Logger;
  /** Log size (bytes) that triggers compaction; at least the snapshot's size. Default 64 MB. */
  readonly compactAfter?: number;
}

export type { Logger } from './embedded/recovery.js';

const silent: Logger = { warn: () => undefined };

/**
 * Opens the embedded store: documents in memory, every write appended to a checksummed log and synced
 * before it is acknowledged (concurrent writes share one sync), the log folded into a snapshot on open
 * and whenever it outgrows the snapshot. Rejects when another live process holds the directory.
 */
export async function openEmbeddedStore(options: EmbeddedStoreOptions): Promise<DocumentStore> {
  const logger = options.logger ?? silent;
  const { dir } = options;
  await mkdir(dir, { recursive: true });
  const release = await acquireLock(dir);
  try {
    const recovered = await recover(dir, logger);
    let snapshotSize = recovered.snapshotSize;
    if (recovered.generations.length > 0) {
      // Folding the log in now keeps replay short and never appends after a torn line.
      snapshotSize = await writeSnapshot(dir, recovered.seq, captureEntries(recovered.tables));
      await removeLogs(dir, recovered.generations);
    }
    const log = new LogWriter(dir, (recovered.generations.at(-1) ?? 0) + 1);
    return new EmbeddedStore(dir, recovered.tables, recovered.seq, log, release, logger, options.compactAfter ?? 64 << 20, snapshotSize);
  } catch (error) {
    await release();
    throw error;
  }
}
