import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegisterSnapshot } from '../../../src/adapters/register/snapshot-file.js';
import { tempDir } from '../storage/support/temp-dir.js';

const row = (hprNumber: string, extra: Record<string, unknown> = {}): string => JSON.stringify({
  hprNumber, familyName: 'Sæther', givenNames: 'Kari Marie', formerFamilyNames: ['Olsen'], dateOfBirth: '1971-03-05',
  authorisations: [{ profession: 'doctor', status: 'active', validFrom: '1998-06-30', validUntil: null }], ...extra,
});

let dir: string;
let remove: () => Promise<void>;
beforeAll(async () => ({ dir, remove } = await tempDir('register-')));
afterAll(async () => remove());

async function load(name: string, content: string, onProgress?: (rows: number) => void) {
  const path = join(dir, name);
  await writeFile(path, content, 'utf8');
  return loadRegisterSnapshot(path, onProgress);
}

describe('register snapshot loader (spec/register.md)', () => {
  it('loads good rows, and reports each bad row by its line number (from 1) without stopping', async () => {
    const lines = [
      row('1'),
      '{"hprNumber":"2", "familyName":',
      row('3', { dateOfBirth: '05.03.1971' }),
      '',
      row('4', { authorisations: [{ profession: 'doctor', status: 'lapsed', validFrom: null, validUntil: null }] }),
      '[1, 2]',
      row('5', { givenNames: '   ' }),
      row('6', { formerFamilyNames: 'Olsen' }),
      row('7', { formerFamilyNames: undefined, authorisations: undefined }),
    ];
    const { persons, errors } = await load('mixed.jsonl', `${lines.join('\n')}\n`);
    expect(persons.map((p) => p.hprNumber)).toEqual(['1', '7']);
    expect(persons[1]).toMatchObject({ formerFamilyNames: [], authorisations: [] });
    expect(errors).toEqual([
      { line: 2, message: 'not valid JSON' },
      { line: 3, message: 'dateOfBirth must be a date YYYY-MM-DD' },
      { line: 5, message: 'authorisations[0].status must be active, suspended, revoked or expired' },
      { line: 6, message: 'not a JSON object' },
      { line: 7, message: 'givenNames must be a non-empty string' },
      { line: 8, message: 'formerFamilyNames must be an array of strings' },
    ]);
  });

  it('reads Windows line ends and a byte-order mark before the first row', async () => {
    const { persons, errors } = await load('windows.jsonl', `\uFEFF${row('1')}\r\n${row('2')}\r\n`);
    expect(errors).toEqual([]);
    expect(persons.map((p) => [p.hprNumber, p.familyName])).toEqual([['1', 'Sæther'], ['2', 'Sæther']]);
  });

  it('tells how far it has read every 100,000 lines', async () => {
    const seen: number[] = [];
    const { persons } = await load('long.jsonl', `${Array.from({ length: 200_001 }, (_, i) => (i % 2 === 0 ? row(String(i)) : '')).join('\n')}`, (n) => seen.push(n));
    expect(persons).toHaveLength(100_001);
    expect(seen).toEqual([100_000, 200_000]);
  });

  it('rejects with the reason when the file cannot be read', async () => {
    await expect(loadRegisterSnapshot(join(dir, 'missing.jsonl'))).rejects.toThrow(/ENOENT.*missing\.jsonl/);
  });
});
