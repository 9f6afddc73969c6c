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
  /** Rows kept with a part left out (an authorisation off the format): the person is screened all the same. */
  partial: SnapshotError[];
}

/**
 * Reads a register snapshot (spec/register.md, JSONL) line by line, so a million rows never sit in memory as
 * one string. Bad rows are reported with their line number and skipped; they never stop the load (a row whose
 * identity is sound but an authorisation is not is kept without it, and reported in `partial`). A row whose
 * hprNumber an earlier row already has is bad too (hprNumber is unique): the first is kept and the later one
 * reported with both line numbers, never silently replaced. Blank lines (a trailing newline) are not rows; a
 * byte-order mark before the first row (Windows tools write one) is not part of it. A file that cannot be read
 * rejects with the reason.
 */
export async function loadRegisterSnapshot(path: string, onProgress?: (linesRead: number) => void): Promise<LoadedSnapshot> {
  const persons: RegisterPerson[] = [];
  const errors: SnapshotError[] = [];
  const partial: SnapshotError[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const seen = new Map<string, number>();
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (onProgress && line % 100_000 === 0) onProgress(line);
    const text = line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (text.trim().length === 0) continue;
    const parsed = parseRegisterLine(text);
    if (!parsed.ok) {
      errors.push({ line, message: parsed.error });
      continue;
    }
    const first = seen.get(parsed.person.hprNumber);
    if (first !== undefined) {
      errors.push({ line, message: `hprNumber already on line ${first}; the row on line ${first} is kept` });
      continue;
    }
    seen.set(parsed.person.hprNumber, line);
    persons.push(parsed.person);
    if (parsed.leftOut) partial.push({ line, message: `kept without ${parsed.leftOut.join('; ')}` });
  }
  return { persons, errors, partial };
}

/** Line numbers as short runs: [3, 4, 5, 9] as "3-5, 9". */
export function compactLines(lines: readonly number[]): string {
  const sorted = [...lines].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] ?? 0) - (sorted[j] ?? 0) <= 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/**
 * How to report skipped rows wherever the loader's caller reports (the batch command's stderr, the bot's log):
 * the first `detailed` with their reasons, and the line number of every other one in `others`, compactly, so that
 * no bad row goes unnamed however many there are.
 */
export function skippedRowsReport(errors: readonly SnapshotError[], detailed = 20): { details: SnapshotError[]; others: string | undefined } {
  const rest = errors.slice(detailed);
  return { details: errors.slice(0, detailed), others: rest.length > 0 ? compactLines(rest.map((e) => e.line)) : undefined };
}

/** The name the composition root (src/index.ts) uses. */
export const loadRegisterFile = loadRegisterSnapshot;
