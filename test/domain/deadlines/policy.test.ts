import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_POLICY, STEPS, STEP_CODES, openStepOf, parseDeadlinePolicy,
  type OpenStepState, type StateWithoutStep,
} from '../../../src/domain/deadlines/policy.js';
import { ALL_STATES, isOpen, type CaseState } from '../../../src/domain/case-state.js';

describe('the default policy', () => {
  it('is the table of DESIGN.md, "Default deadlines"', () => {
    expect(DEFAULT_DEADLINE_POLICY).toEqual({
      no_hit_signoff: 1,
      verification: 2,
      info_request: 5,
      country_answer: 20,
      hand_over: 2,
      supervision_assessment: 10,
      approval: 2,
    });
    expect(Object.isFrozen(DEFAULT_DEADLINE_POLICY)).toBe(true);
  });

  it('leaves only the wait for the sending country out of own handling time', () => {
    expect(STEP_CODES.filter((code) => !STEPS[code].ownHandlingTime)).toEqual(['country_answer']);
  });

  it('is what deadline-policy.sample.json says', () => {
    const sample: unknown = JSON.parse(readFileSync(new URL('../../../deadline-policy.sample.json', import.meta.url), 'utf8'));
    expect(parseDeadlinePolicy(sample)).toEqual({ ok: true, value: DEFAULT_DEADLINE_POLICY });
    expect(sample).toEqual(DEFAULT_DEADLINE_POLICY);
  });
});

describe('parseDeadlinePolicy', () => {
  it.each([
    [{}, {}],
    [{ verification: 3 }, { verification: 3 }],
    [{ country_answer: 250, approval: 1 }, { country_answer: 250, approval: 1 }],
  ])('overrides the defaults with %j', (json, overrides) => {
    const result = parseDeadlinePolicy(json);
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_DEADLINE_POLICY, ...overrides } });
    expect(result.ok && Object.isFrozen(result.value)).toBe(true);
  });

  it.each([
    [{ verification: 0 }, 'verification', 'got 0'],
    [{ verification: -1.5 }, 'verification', 'got -1.5'],
    [{ verification: 2.5 }, 'verification', 'got 2.5'],
    [{ verification: 251 }, 'verification', 'got 251'],
    [{ verification: '3' }, 'verification', 'got "3"'],
    [{ verification: null }, 'verification', 'got null'],
    [{ verifcation: 3 }, 'verifcation', 'unknown step "verifcation"'],
    [[], '', 'must be a JSON object'],
    [null, '', 'must be a JSON object'],
    ['{"verification": 3}', '', 'must be a JSON object'],
  ])('refuses %j, naming %j', (json, path, text) => {
    const result = parseDeadlinePolicy(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe(path);
    expect(result.errors[0]?.message).toContain(text);
  });

  it('lists every problem at once, by path', () => {
    const result = parseDeadlinePolicy({ verification: 0, approval: 'two', holiday: 1, screening: 0, hand_over: 3 });
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual(['approval', 'holiday', 'screening', 'verification']);
  });
});

describe('openStepOf', () => {
  it.each<[OpenStepState | StateWithoutStep, string | undefined]>([
    ['received', undefined],
    ['no_hit', 'no_hit_signoff'],
    ['no_hit_signed_off', undefined],
    ['to_verify', 'verification'],
    ['match_rejected', undefined],
    ['match_confirmed', 'info_request'],
    ['info_requested', 'country_answer'],
    ['info_received', 'hand_over'],
    ['with_supervision', 'supervision_assessment'],
    ['awaiting_approval', 'approval'],
    ['escalated', undefined],
    ['closed_no_action', undefined],
    ['withdrawn', undefined],
  ])('%s → %s', (state, step) => {
    expect(openStepOf(state)).toBe(step);
  });

  it('knows every state of the state machine, and has a step in exactly its open states but received', () => {
    // Compile-time check that the local unions cover the state machine's codes.
    const covered: readonly (OpenStepState | StateWithoutStep)[] = ALL_STATES satisfies readonly CaseState[];
    for (const state of covered) {
      expect(openStepOf(state) !== undefined).toBe(isOpen(state as CaseState) && state !== 'received');
    }
    expect(covered).toHaveLength(13);
  });
});
