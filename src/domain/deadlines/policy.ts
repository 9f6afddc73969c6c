import { z } from 'zod';

/**
 * The deadline policy: how many working days each step of a case may take (DESIGN.md, "Default
 * deadlines"). Step codes are stable: they appear in the journal, reminders and the digest.
 */
export const STEP_CODES = [
  'no_hit_signoff',
  'verification',
  'info_request',
  'country_answer',
  'hand_over',
  'supervision_assessment',
  'approval',
] as const;
export type StepCode = (typeof STEP_CODES)[number];

export interface StepDefinition {
  readonly defaultDays: number;
  /**
   * False for the wait for the sending country: its deadline runs and is reminded like any other, but
   * figures of the authority's own handling time leave it out.
   */
  readonly ownHandlingTime: boolean;
  readonly nb: string;
  readonly en: string;
}

export const STEPS: Readonly<Record<StepCode, StepDefinition>> = {
  no_hit_signoff: { defaultDays: 1, ownHandlingTime: true, nb: 'Kontroll av alarmer uten treff', en: 'No-hit sign-off' },
  verification: { defaultDays: 2, ownHandlingTime: true, nb: 'Kontroll av mulig treff', en: 'Match verification' },
  info_request: { defaultDays: 5, ownHandlingTime: true, nb: 'Be om opplysninger', en: 'Information request' },
  country_answer: { defaultDays: 20, ownHandlingTime: false, nb: 'Svar fra avsenderlandet', en: 'Answer from the sending country' },
  hand_over: { defaultDays: 2, ownHandlingTime: true, nb: 'Overlevering til tilsynsavdelingen', en: 'Hand-over to supervision' },
  supervision_assessment: { defaultDays: 10, ownHandlingTime: true, nb: 'Vurdering i tilsynsavdelingen', en: 'Supervision assessment' },
  approval: { defaultDays: 2, ownHandlingTime: true, nb: 'Godkjenning (to par øyne)', en: 'Approval (four eyes)' },
};

/** Working days allowed per step. */
export type DeadlinePolicy = Readonly<Record<StepCode, number>>;

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = Object.freeze(
  Object.fromEntries(STEP_CODES.map((code) => [code, STEPS[code].defaultDays])) as Record<StepCode, number>,
);

/** 250 working days is about a year: anything longer is a typo, not a deadline. */
export const MAX_STEP_DAYS = 250;

const days = z.number().int().positive().max(MAX_STEP_DAYS);

/** A policy file: a JSON object of partial overrides, `{"verification": 3}`; unknown keys are errors. */
export const deadlinePolicyFileSchema = z
  .object(Object.fromEntries(STEP_CODES.map((code) => [code, days.optional()])) as Record<StepCode, z.ZodOptional<typeof days>>)
  .strict();

export interface PolicyProblem {
  /** Dotted path into the file ('verification'), or '' for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type ParsedPolicy =
  | { readonly ok: true; readonly value: DeadlinePolicy }
  | { readonly ok: false; readonly errors: readonly PolicyProblem[] };

function problemsOf(error: z.ZodError, json: unknown): PolicyProblem[] {
  const problems = error.issues.flatMap((issue): PolicyProblem[] => {
    // One problem per unknown key, so the message names exactly what to remove or correct.
    if (issue.code === z.ZodIssueCode.unrecognized_keys) {
      return issue.keys.map((key) => ({
        path: key,
        message: `unknown step "${key}"; known steps: ${STEP_CODES.join(', ')}`,
      }));
    }
    const [key] = issue.path;
    if (key === undefined) {
      return [{ path: '', message: 'must be a JSON object of step: working days, e.g. {"verification": 3}' }];
    }
    // Zod's own wording differs per rule broken; one sentence with the value found says what to write.
    const found = JSON.stringify((json as Record<string, unknown>)[key]);
    return [{ path: String(key), message: `must be a whole number of working days from 1 to ${MAX_STEP_DAYS}, got ${found}` }];
  });
  // -1.5 breaks two rules but is one mistake: report each path once.
  return problems.filter((problem, i) => problems.findIndex((other) => other.path === problem.path) === i);
}

/**
 * Reads a parsed policy file (the config loader reads the file and JSON-parses it). Returns the
 * complete policy, `base` (the defaults) overridden by the file, frozen; or every problem found, each
 * with its path. Never throws.
 */
export function parseDeadlinePolicy(json: unknown, base: DeadlinePolicy = DEFAULT_DEADLINE_POLICY): ParsedPolicy {
  const result = deadlinePolicyFileSchema.safeParse(json);
  if (!result.success) return { ok: false, errors: problemsOf(result.error, json) };
  const overrides = Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined));
  return { ok: true, value: Object.freeze({ ...base, ...overrides }) };
}

/**
 * Case states in which a step with a deadline is open. Spelled out here rather than imported from
 * ../case-state.ts so deadlines do not depend on the state machine; the codes are those of
 * spec/case-states.md, and a test checks they stay in step with it.
 */
export type OpenStepState =
  | 'no_hit' | 'to_verify' | 'match_confirmed' | 'info_requested'
  | 'info_received' | 'with_supervision' | 'awaiting_approval';

/** States with no deadline: screening is automatic, and the rest are closed. */
export type StateWithoutStep =
  | 'received' | 'no_hit_signed_off' | 'match_rejected' | 'escalated' | 'closed_no_action' | 'withdrawn';

const STEP_OPEN_IN: Readonly<Record<OpenStepState, StepCode>> = {
  no_hit: 'no_hit_signoff',
  to_verify: 'verification',
  match_confirmed: 'info_request',
  info_requested: 'country_answer',
  info_received: 'hand_over',
  with_supervision: 'supervision_assessment',
  awaiting_approval: 'approval',
};

/**
 * The step whose deadline runs while a case is in `state`, or undefined when none does (`received`,
 * because screening is automatic, and every closed state). The step opens with the journal entry that
 * moves the case into the state and closes with the one that moves it out.
 */
export function openStepOf(state: OpenStepState | StateWithoutStep): StepCode | undefined {
  return Object.hasOwn(STEP_OPEN_IN, state) ? STEP_OPEN_IN[state as OpenStepState] : undefined;
}
