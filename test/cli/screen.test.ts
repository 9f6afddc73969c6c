import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../adapters/storage/support/temp-dir.js';
import type { RegisterPerson } from '../../src/domain/matching/index.js';
import { person, REGISTER } from '../domain/matching/fixtures.js';

/**
 * The batch command as an operator runs it (spec/screening.md "Batch command"): a real child process on small
 * files. Each run costs a second or two, so one run carries every kind of line at once.
 */
let dir: string;
let remove: () => Promise<void>;
beforeAll(async () => ({ dir, remove } = await tempDir('screen-cli-')));
afterAll(async () => remove());

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/screen.ts', ...args], { env: { PATH: process.env.PATH ?? '' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const alert = (imiId: string, professional: Record<string, unknown>, event = 'new'): string => JSON.stringify({
  imiId, type: 'restriction', event, sentAt: '2025-10-01T09:00:00Z', sendingCountry: 'SE', profession: 'doctor', professional,
  decision: { measure: 'suspension', decidedOn: '2025-09-15', validFrom: '2025-09-15', validUntil: null },
});

describe('npm run screen', () => {
  it('writes one result line per alert line, error lines for broken ones, and progress to stderr', async () => {
    const register = join(dir, 'register.jsonl');
    const revoked = { ...person('9', 'Dahl', 'Tor', '1955-02-02'), authorisations: [{ profession: 'nurse', status: 'revoked', validFrom: null, validUntil: null }] };
    await writeFile(register, [...REGISTER, revoked].map((p) => JSON.stringify(p)).concat('{"hprNumber": broken').join('\n'));
    const alerts = join(dir, 'alerts.jsonl');
    await writeFile(alerts, [
      alert('IMI-1', { familyName: 'SAETHER', givenNames: 'Kari Marie', dateOfBirth: '1971-03-05' }),
      alert('IMI-2', { familyName: 'Müller', givenNames: 'Jürgen', dateOfBirth: '1962-04-18' }),
      alert('IMI-3', { familyName: 'Zimmermann', givenNames: 'Klaus', dateOfBirth: '1950-01-01' }),
      'not json at all',
      '',
      alert('IMI-5', { familyName: 'Dahl', givenNames: 'Tor' }),
      alert('IMI-1', { familyName: 'Dahl', givenNames: 'Tor', dateOfBirth: '1955-02-02' }, 'withdrawal'),
    ].join('\n'));
    const out = join(dir, 'result.jsonl');

    const { code, stderr } = await run(['--register', register, '--alerts', alerts, '--out', out]);

    expect(code).toBe(0);
    const results = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(results).toHaveLength(6);
    const [hit, possible, none, notJson, schema, withdrawn] = results;
    expect(hit).toMatchObject({ imiId: 'IMI-1', outcome: 'hit', candidates: [{ hprNumber: '1', codes: ['dob_equal', 'family_transliterated', 'given_equal'] }] });
    expect(possible).toMatchObject({ imiId: 'IMI-2', outcome: 'possible', candidates: [{ hprNumber: '8', reasons: expect.arrayContaining(['birth date differs in one digit']) }] });
    expect(none).toEqual({ imiId: 'IMI-3', outcome: 'no_hit', candidates: [] });
    expect(notJson).toEqual({ outcome: 'error', error: 'line is not valid JSON', line: 4 });
    expect(schema).toMatchObject({ imiId: 'IMI-5', outcome: 'error', line: 6 });
    expect(String(schema?.error)).toContain('professional.dateOfBirth');
    // Screened whatever its event; status and profession shown beside the candidate, not changing the outcome.
    expect(withdrawn).toMatchObject({ imiId: 'IMI-1', outcome: 'hit', candidates: [{ hprNumber: '9', authorisations: [{ profession: 'nurse', status: 'revoked' }] }] });
    for (const r of results) for (const c of (r.candidates as { score: number }[] | undefined) ?? []) expect(c.score >= 0 && c.score <= 1).toBe(true);

    expect(stderr).toContain('linje 10 hoppet over / line 10 skipped: not valid JSON');
    expect(stderr).toMatch(/register: 9 personer indeksert \/ people indexed/);
    expect(stderr).toMatch(/ferdig \/ done \(\d+\.\d s\): 2 hit, 1 possible, 1 no_hit, 2 error/);
  });

  it('names every skipped register row on stderr, however many, and keeps the first of a repeated hprNumber', async () => {
    const register = join(dir, 'bad-register.jsonl');
    const bad = Array.from({ length: 25 }, () => '{broken');
    await writeFile(register, [JSON.stringify(REGISTER[0]), ...bad, JSON.stringify({ ...REGISTER[0], familyName: 'Dahl' }), JSON.stringify({ ...REGISTER[1], dateOfBirth: '1980-02-30' })].join('\n'));
    const alerts = join(dir, 'one-alert.jsonl');
    const first = REGISTER[0] as RegisterPerson;
    await writeFile(alerts, alert('IMI-1', { familyName: first.familyName, givenNames: first.givenNames, dateOfBirth: first.dateOfBirth }));
    const out = join(dir, 'bad-register-result.jsonl');
    const { code, stderr } = await run(['--register', register, '--alerts', alerts, '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('linje 2 hoppet over / line 2 skipped: not valid JSON');
    expect(stderr).toContain('linje 21 hoppet over / line 21 skipped: not valid JSON');
    expect(stderr).not.toContain('linje 22 hoppet over');
    expect(stderr).toContain('register: 7 rader til hoppet over, linje / more rows skipped, lines: 22-28');
    expect(stderr).toContain('hoppet over / rows skipped');
    const [result] = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(result).toMatchObject({ outcome: 'hit', candidates: [{ hprNumber: first.hprNumber }] });
  });

  it('stops with exit code 2 and the usage on a wrong command line, and 1 when a file cannot be read', async () => {
    const missing = await run(['--register', join(dir, 'r.jsonl'), '--alerts', join(dir, 'a.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bruk / usage: npm run screen -- --register REGISTER.jsonl --alerts ALERTS.jsonl --out RESULT.jsonl');
    const unknown = await run(['--register', 'r', '--alerts', 'a', '--out', 'o', '--fast']);
    expect(unknown.code).toBe(2);
    const unreadable = await run(['--register', join(dir, 'nowhere.jsonl'), '--alerts', join(dir, 'a.jsonl'), '--out', join(dir, 'o.jsonl')]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/screening stoppet \/ screening stopped: .*nowhere\.jsonl/);
    const register = join(dir, 'one.jsonl');
    await writeFile(register, `${JSON.stringify(REGISTER[0])}\n`);
    const unwritable = await run(['--register', register, '--alerts', register, '--out', join(dir, 'no', 'such', 'dir.jsonl')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/screening stoppet \/ screening stopped: .*dir\.jsonl/);
  });
});
