import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactLines, loadRegisterSnapshot, skippedRowsReport } from '../../../src/adapters/register/snapshot-file.js';
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
    const { persons, errors, partial } = await load('mixed.jsonl', `${lines.join('\n')}\n`);
    expect(persons.map((p) => p.hprNumber)).toEqual(['1', '4', '7']);
    expect(persons[2]).toMatchObject({ formerFamilyNames: [], authorisations: [] });
    expect(errors).toEqual([
      { line: 2, message: 'not valid JSON' },
      { line: 3, message: 'dateOfBirth must be a date YYYY-MM-DD' },
      { line: 6, message: 'not a JSON object' },
      { line: 7, message: 'givenNames must be a non-empty string' },
      { line: 8, message: 'formerFamilyNames must be an array of strings' },
    ]);
    // Its identity is sound: the person is kept (and screened) without the authorisation, and the line reported.
    expect(persons[1]).toMatchObject({ hprNumber: '4', authorisations: [] });
    expect(partial).toEqual([{ line: 5, message: 'kept without authorisations[0].status must be active, suspended, revoked or expired' }]);
  });

  it('keeps a person whose authorisations are off the format, leaving out only those, and reports the line', async () => {
    const good = { profession: 'nurse', status: 'active', validFrom: null, validUntil: null };
    const { persons, errors, partial } = await load('authorisations.jsonl', [
      row('1', { authorisations: [good, { profession: 'doctor', status: 'limited' }] }),
      row('2', { authorisations: 'doctor' }),
      row('3', { authorisations: [{ profession: '', status: 'active' }, { profession: 'doctor', status: 'active', validUntil: '2020-02-30' }] }),
    ].join('\n'));
    expect(errors).toEqual([]);
    expect(persons.map((p) => [p.hprNumber, p.authorisations.map((a) => a.profession)])).toEqual([['1', ['nurse']], ['2', []], ['3', []]]);
    expect(partial).toEqual([
      { line: 1, message: 'kept without authorisations[1].status must be active, suspended, revoked or expired' },
      { line: 2, message: 'kept without authorisations must be an array' },
      { line: 3, message: 'kept without authorisations[0].profession must be a non-empty string; authorisations[1].validUntil must be a date or null' },
    ]);
  });

  it('reports a repeated hprNumber as a bad row with both line numbers, keeping the first row', async () => {
    const { persons, errors } = await load('duplicates.jsonl', [row('1'), row('2'), row('1', { familyName: 'Dahl' }), row('1', { familyName: 'Berg' })].join('\n'));
    expect(persons.map((p) => [p.hprNumber, p.familyName])).toEqual([['1', 'Sæther'], ['2', 'Sæther']]);
    expect(errors).toEqual([
      { line: 3, message: 'hprNumber already on line 1; the row on line 1 is kept' },
      { line: 4, message: 'hprNumber already on line 1; the row on line 1 is kept' },
    ]);
  });

  it.each([
    ['not a day of February', '1980-02-30', 'dateOfBirth is not a day of the calendar'],
    ['29 February outside a leap year', '1981-02-29', 'dateOfBirth is not a day of the calendar'],
    ['29 February 1900 (not a leap year)', '1900-02-29', 'dateOfBirth is not a day of the calendar'],
    ['month 13', '1980-13-01', 'dateOfBirth is not a day of the calendar'],
    ['day 0', '1980-04-00', 'dateOfBirth is not a day of the calendar'],
    ['31 April', '1980-04-31', 'dateOfBirth is not a day of the calendar'],
  ])('rejects a dateOfBirth that is %s, with its line number', async (_name, dateOfBirth, message) => {
    const { persons, errors } = await load('dates.jsonl', [row('1'), row('2', { dateOfBirth })].join('\n'));
    expect(persons.map((p) => p.hprNumber)).toEqual(['1']);
    expect(errors).toEqual([{ line: 2, message }]);
  });

  it.each([['2000-02-29'], ['1996-02-29'], ['1980-12-31']])('accepts the calendar day %s', async (dateOfBirth) => {
    const { persons, errors } = await load('good-dates.jsonl', row('1', { dateOfBirth }));
    expect(errors).toEqual([]);
    expect(persons).toHaveLength(1);
  });

  it('names every skipped row: the first twenty with reasons, every other line number compactly', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? row(String(i)) : '{broken'));
    const { errors } = await load('many-bad.jsonl', lines.join('\n'));
    expect(errors).toHaveLength(30);
    const report = skippedRowsReport(errors);
    expect(report.details.map((e) => e.line)).toEqual(Array.from({ length: 20 }, (_, i) => 2 * i + 2));
    expect(report.others).toBe('42, 44, 46, 48, 50, 52, 54, 56, 58, 60');
    expect(skippedRowsReport(errors.slice(0, 5)).others).toBeUndefined();
  });

  it.each([
    [[], ''],
    [[7], '7'],
    [[3, 4, 5, 9], '3-5, 9'],
    [[10, 2, 3, 11, 12, 20], '2-3, 10-12, 20'],
  ])('compactLines(%j) is "%s"', (lines, text) => {
    expect(compactLines(lines)).toBe(text);
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

describe('the bot\'s register load (src/index.ts)', () => {
  it('logs every skipped row by line: the first 20 with their reason, the rest in one line', async () => {
    const { loadRegister } = await import('../../../src/index.js');
    const { captureLogger } = await import('../../support/desk-harness.js');
    const path = join(dir, 'many-bad.jsonl');
    await writeFile(path, `${[row('1'), ...Array.from({ length: 25 }, () => '{oops'), row('2')].join('\n')}\n`, 'utf8');
    const { logger, lines } = captureLogger();
    const index = await loadRegister(path, logger);
    expect(index.size).toBe(2);
    const logged = lines.map((l) => JSON.parse(l) as { line?: number; lines?: string; msg: string });
    expect(logged.filter((l) => l.msg.startsWith('register row skipped')).map((l) => l.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(logged.find((l) => l.msg.startsWith('more register rows skipped'))?.lines).toBe(compactLines([22, 23, 24, 25, 26]));
    expect(compactLines([22, 23, 24, 25, 26])).toContain('22');
  });
});
