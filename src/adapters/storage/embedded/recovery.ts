import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { fsyncDir, inDir, logFileName, logGeneration } from './fs-sync.js';
import { decodeLine, splitLines } from './log-line.js';
import { readSnapshot } from './snapshot.js';
import { tableOf, type Tables } from './tables.js';

export interface Logger {
  warn(details: object, message: string): void;
}

export interface Recovered {
  readonly tables: Tables;
  /** Sequence number of the last write recovered. */
  readonly seq: number;
  /** Generations of the log files read, oldest first. */
  readonly generations: number[];
  readonly snapshotSize: number;
}

/**
 * Rebuilds the state from the snapshot and the log files after it. Writes are acknowledged only once
 * synced and are synced in order, so only the end of the newest log can hold a write that never
 * completed: a damaged line there, with nothing valid after it, is skipped with a warning. Damage
 * followed by valid lines is not a torn write, and opening stops rather than silently drop data.
 */
export async function recover(dir: string, logger: Logger): Promise<Recovered> {
  await mkdir(dir, { recursive: true });
  const tables: Tables = new Map();
  const snapshot = await readSnapshot(dir, tables);
  let seq = snapshot.seq;
  const generations = await listLogGenerations(dir);
  for (const [index, generation] of generations.entries()) {
    const file = inDir(dir, logFileName(generation));
    const lines = [...splitLines(await readFile(file))];
    for (const [lineIndex, line] of lines.entries()) {
      const record = decodeLine(line);
      const header = record?.header;
      if (record === undefined || header === undefined || typeof header.s !== 'number' || typeof header.c !== 'string' || typeof header.i !== 'string') {
        const isTail = index === generations.length - 1 && lines.slice(lineIndex + 1).every((l) => decodeLine(l) === undefined);
        if (!isTail) throw damagedLog(file, lineIndex + 1);
        logger.warn({ file, line: lineIndex + 1 }, 'Embedded store: ignored an incomplete last write (the process stopped while writing it; it was never acknowledged)');
        break;
      }
      // Records up to the snapshot's sequence number are already in it (a crash before the old logs were deleted).
      if (header.s <= snapshot.seq) continue;
      seq = Math.max(seq, header.s);
      const table = tableOf(tables, header.c);
      if (header.d === 1) table.delete(header.i);
      else if (typeof header.e === 'string') table.set(header.i, { etag: header.e, json: record.body });
    }
  }
  return { tables, seq, generations, snapshotSize: snapshot.size };
}

/** Generations of the log files in the directory, oldest first. */
export async function listLogGenerations(dir: string): Promise<number[]> {
  return (await readdir(dir))
    .map(logGeneration)
    .filter((g): g is number => g !== undefined)
    .sort((a, b) => a - b);
}

/** Deletes the log files of the given generations once a snapshot holds everything in them. */
export async function removeLogs(dir: string, generations: readonly number[]): Promise<void> {
  if (generations.length === 0) return;
  await Promise.all(generations.map((g) => rm(inDir(dir, logFileName(g)), { force: true })));
  await fsyncDir(dir);
}

function damagedLog(file: string, line: number): Error {
  return new Error(
    `Embedded store: ${file} is damaged at line ${line}, and valid writes follow it. ` +
      'This is not an interrupted write; restore the directory from a backup or move the file aside knowingly.',
  );
}
