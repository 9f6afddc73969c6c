import { open, readFile, rename, rm } from 'node:fs/promises';
import { fsyncDir, inDir, SNAPSHOT_FILE, writeFully } from './fs-sync.js';
import { decodeLine, encodeLine, encodeLineInto, splitLines, type LineHeader } from './log-line.js';
import { tableOf, type CapturedEntry, type Tables } from './tables.js';

const FORMAT = 1;
const CHUNK_BYTES = 1 << 20;

/**
 * Writes every captured document into a new snapshot: to a temporary file, synced, renamed over the
 * old snapshot, and the rename synced, so that at any instant the directory holds either the old
 * snapshot or the complete new one. Lines are encoded into one reused 1 MB buffer, written out each time
 * it fills, so that other requests keep being served and the documents are not copied into new strings
 * (at tens of megabytes per compaction, those copies cost the server's event loop long collector pauses).
 * @returns the snapshot's size in bytes, to pace the next compaction.
 */
export async function writeSnapshot(dir: string, seq: number, entries: readonly CapturedEntry[]): Promise<number> {
  const temporary = inDir(dir, `${SNAPSHOT_FILE}.tmp`);
  const handle = await open(temporary, 'w');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let size = 0;
  const flush = async () => {
    await writeFully(handle, buffer.subarray(0, used));
    size += used;
    used = 0;
  };
  const add = async (header: LineHeader, body?: string) => {
    let end = encodeLineInto(buffer, used, header, body);
    if (end === undefined && used > 0) {
      await flush();
      end = encodeLineInto(buffer, used, header, body);
    }
    if (end !== undefined) used = end;
    else {
      // A document too large for the buffer (up to 2 MB of text) goes out on its own.
      const line = Buffer.from(encodeLine(header, body), 'utf8');
      await writeFully(handle, line);
      size += line.length;
    }
  };
  try {
    await add({ v: FORMAT, s: seq });
    for (const [collection, id, entry] of entries) await add({ c: collection, i: id, e: entry.etag }, entry.json);
    await add({ end: entries.length });
    await flush();
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, inDir(dir, SNAPSHOT_FILE));
  await fsyncDir(dir);
  return size;
}

/**
 * Loads the snapshot into `tables`. A snapshot is only ever renamed into place once complete and
 * synced, so any damage in it is real corruption and is reported rather than skipped.
 * @returns the sequence number of the last write it includes (0 without a snapshot) and its size.
 */
export async function readSnapshot(dir: string, tables: Tables): Promise<{ seq: number; size: number }> {
  await rm(inDir(dir, `${SNAPSHOT_FILE}.tmp`), { force: true });
  let bytes: Buffer;
  try {
    bytes = await readFile(inDir(dir, SNAPSHOT_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { seq: 0, size: 0 };
    throw error;
  }
  let seq: number | undefined;
  let count = 0;
  let complete = false;
  for (const line of splitLines(bytes)) {
    const decoded = decodeLine(line);
    const header = decoded?.header;
    if (header === undefined || complete) throw corrupt(dir);
    if (seq === undefined) {
      if (header.v !== FORMAT || typeof header.s !== 'number') throw corrupt(dir);
      seq = header.s;
    } else if (header.end !== undefined) {
      complete = header.end === count;
    } else if (typeof header.c === 'string' && typeof header.i === 'string' && typeof header.e === 'string') {
      tableOf(tables, header.c).set(header.i, { etag: header.e, json: decoded?.body ?? '{}' });
      count += 1;
    } else {
      throw corrupt(dir);
    }
  }
  if (!complete || seq === undefined) throw corrupt(dir);
  return { seq, size: bytes.length };
}

function corrupt(dir: string): Error {
  return new Error(
    `Embedded store: ${inDir(dir, SNAPSHOT_FILE)} is damaged. Restore the directory from a backup; ` +
      'the store will not start on a snapshot it cannot trust.',
  );
}
