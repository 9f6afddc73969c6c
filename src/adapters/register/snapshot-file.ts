import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RegisterPerson } from '../../domain/matching/index.js';
import { parseRegisterLine } from '../../domain/matching/index.js';

export interface RegisterLoadError {
  /** Line number in the file, from 1. */
  readonly line: number;
  readonly message: string;
}

export interface LoadedRegister {
  readonly persons: RegisterPerson[];
  readonly errors: RegisterLoadError[];
}

/**
 * Streams a register snapshot (spec/register.md: JSONL, UTF-8). Rows that do not parse are reported with
 * their line number and skipped; they never stop the load. Blank lines are ignored.
 */
export async function loadRegisterFile(path: string): Promise<LoadedRegister> {
  const persons: RegisterPerson[] = [];
  const errors: RegisterLoadError[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    const parsed = parseRegisterLine(text);
    if (parsed.ok) persons.push(parsed.person);
    else errors.push({ line, message: parsed.error });
  }
  return { persons, errors };
}
