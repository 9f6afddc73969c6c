import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the log file of one generation; zero-padded so that names sort in generation order. */
export function logFileName(generation: number): string {
  return `log-${String(generation).padStart(8, '0')}.jsonl`;
}

/** Parses a log file name back into its generation, or undefined for any other file. */
export function logGeneration(name: string): number | undefined {
  const match = /^log-(\d{8,})\.jsonl$/.exec(name);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export const SNAPSHOT_FILE = 'snapshot.jsonl';
export const LOCK_FILE = 'LOCK';

/**
 * Makes a created, renamed or deleted directory entry durable. fsync on a file covers its data, not
 * the entry naming it, so without this a new log or a renamed snapshot can vanish after a power cut.
 * Windows cannot open a directory for syncing and makes entries durable on its own, so it is skipped.
 */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Path of a file in the store directory. */
export function inDir(dir: string, name: string): string {
  return join(dir, name);
}

/** Writes all of `bytes` at the file's position: FileHandle.write may write less than asked. */
export async function writeFully(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset)).bytesWritten;
}
