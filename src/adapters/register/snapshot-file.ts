import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseRegisterLine, type RegisterPerson } from '../../domain/matching/index.js';

/** A row of the snapshot that could not be used; `line` counts from 1. */
export interface SnapshotError {
  line: number;
  message: string;
}

export interface LoadedSnapshot {
  persons: RegisterPerson[];
  errors: SnapshotError[];
}

/**
 * Reads a register snapshot (spec/register.md, JSONL) line by line, so a million rows never sit in memory as
 * one string. Bad rows are reported with their line number and skipped; they never stop the load. Blank lines
 * (a trailing newline) are not rows; a byte-order mark before the first row (Windows tools write one) is not
 * part of it. A file that cannot be read rejects with the reason.
 */
export async function loadRegisterSnapshot(path: string, onProgress?: (linesRead: number) => void): Promise<LoadedSnapshot> {
  const persons: RegisterPerson[] = [];
  const errors: SnapshotError[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (onProgress && line % 100_000 === 0) onProgress(line);
    const text = line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (text.trim().length === 0) continue;
    const parsed = parseRegisterLine(text);
    if (parsed.ok) persons.push(parsed.person);
    else errors.push({ line, message: parsed.error });
  }
  return { persons, errors };
}

/** The name the composition root (src/index.ts) uses. */
export const loadRegisterFile = loadRegisterSnapshot;
