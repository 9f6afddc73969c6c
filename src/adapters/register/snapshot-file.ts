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
 * (a trailing newline) are not rows.
 */
export async function loadRegisterSnapshot(path: string, onProgress?: (rows: number) => void): Promise<LoadedSnapshot> {
  const persons: RegisterPerson[] = [];
  const errors: SnapshotError[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim().length === 0) continue;
    const parsed = parseRegisterLine(text);
    if (parsed.ok) persons.push(parsed.person);
    else errors.push({ line, message: parsed.error });
    if (onProgress && line % 100_000 === 0) onProgress(line);
  }
  return { persons, errors };
}

/** The name the composition root (src/index.ts) uses. */
export const loadRegisterFile = loadRegisterSnapshot;
