import { describe, expect, it } from 'vitest';
import { parseVerbData, SIGN_OFF_DATA } from '../../../src/adapters/teams/card-verbs.js';
import { invalidInputNotice } from '../../../src/adapters/teams/presenter.js';

const base = { caseId: 'IMI-2026-1', version: 3 };

describe('button data', () => {
  it.each([
    ['rejectMatch', { ...base, reason: 'nei' }, 'reason', 'length_5_1000'],
    ['rejectMatch', { ...base, reason: '😀😀😀' }, 'reason', 'length_5_1000'],
    ['rejectMatch', { ...base, reason: 'x'.repeat(1001) }, 'reason', 'length_5_1000'],
    ['rejectMatch', { ...base }, 'reason', 'required'],
    ['rejectMatch', { ...base, reason: 42 }, 'reason', 'invalid'],
    ['claim', { ...base, version: 'abc' }, 'version', 'version'],
    ['claim', { ...base, version: 0 }, 'version', 'version'],
    ['claim', { version: 1 }, 'caseId', 'required'],
    ['claim', { ...base, caseId: '😀'.repeat(65) }, 'caseId', 'max_64'],
    ['escalate', { ...base, caseNumber: '26/1' }, 'caseNumber', 'case_number'],
    ['confirmMatch', { ...base, hprNumber: 'HPR-1' }, 'hprNumber', 'hpr_number'],
    ['requestInfo', { ...base, requestedOn: '25.11.2026' }, 'requestedOn', 'date'],
    ['handOver', { ...base, note: 'x'.repeat(1001) }, 'note', 'max_1000'],
  ] as const)('%s with %j is refused on %s (%s)', (verb, data, field, rule) => {
    expect(parseVerbData(verb, data)).toMatchObject({ ok: false, field, rule });
  });

  it('counts characters as people do: 600 emoji are 600 characters, 5 accented letters are 5', () => {
    expect(parseVerbData('rejectMatch', { ...base, reason: '😀'.repeat(600) })).toMatchObject({ ok: true });
    expect(parseVerbData('rejectMatch', { ...base, reason: 'e\u0301e\u0301e' })).toMatchObject({ ok: true });
    expect(parseVerbData('claim', { ...base, caseId: '😀'.repeat(64) })).toMatchObject({ ok: true });
  });

  it('every rule code has a Norwegian and an English text', () => {
    for (const rule of ['required', 'invalid', 'text', 'date', 'version', 'length_5_1000', 'max_1000', 'max_64', 'hpr_number', 'case_number', 'list', 'list_empty', 'list_long', 'not_on_list', 'in_future', 'before_requested', 'not_a_candidate', 'not_in_department']) {
      for (const lang of ['nb', 'en'] as const) expect(invalidInputNotice(lang, { field: 'reason', rule }).text, `${rule} ${lang}`).not.toContain(`: ${rule}.`);
    }
  });

  it('takes the sign-off as the contract gives it (caseIds, with or without caseId and version) and as our card sends it', () => {
    expect(SIGN_OFF_DATA.safeParse({ caseIds: ['IMI-1'] }).success).toBe(true);
    expect(SIGN_OFF_DATA.safeParse({ caseIds: ['IMI-1'], caseId: 'nohit:2026-11-25', version: 1 }).success).toBe(true);
    expect(SIGN_OFF_DATA.safeParse({ listId: 'nohit:2026-11-25', caseIds: '["IMI-1","IMI-2"]' }).data?.caseIds).toEqual(['IMI-1', 'IMI-2']);
    expect(SIGN_OFF_DATA.safeParse({ caseIds: [] }).error?.issues[0]?.message).toBe('list_empty');
  });
});
