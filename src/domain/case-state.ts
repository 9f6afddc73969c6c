/**
 * Case states, exactly as spec/case-states.md lists them. Codes are stable: they appear in the journal,
 * the API, `status` replies, the digest and archive exports. Labels are for people.
 */
export const CASE_STATES = {
  received: { nb: 'Mottatt', en: 'Received', open: true, department: 'registry' },
  no_hit: { nb: 'Ingen treff', en: 'No hit', open: true, department: 'registry' },
  no_hit_signed_off: { nb: 'Ingen treff, kontrollert', en: 'No hit, signed off', open: false, department: 'registry' },
  to_verify: { nb: 'Mulig treff, må kontrolleres', en: 'Match to verify', open: true, department: 'registry' },
  match_rejected: { nb: 'Ikke samme person', en: 'Not the same person', open: false, department: 'registry' },
  match_confirmed: { nb: 'Treff bekreftet', en: 'Match confirmed', open: true, department: 'registry' },
  info_requested: { nb: 'Opplysninger etterspurt', en: 'Information requested', open: true, department: 'registry' },
  info_received: { nb: 'Opplysninger mottatt', en: 'Information received', open: true, department: 'registry' },
  with_supervision: { nb: 'Hos tilsynsavdelingen', en: 'With supervision', open: true, department: 'supervision' },
  awaiting_approval: { nb: 'Venter på godkjenning', en: 'Awaiting approval', open: true, department: 'supervision' },
  escalated: { nb: 'Tilsynssak opprettet', en: 'Supervision case opened', open: false, department: 'supervision' },
  closed_no_action: { nb: 'Avsluttet uten tiltak', en: 'Closed without action', open: false, department: 'supervision' },
  withdrawn: { nb: 'Trukket tilbake i IMI', en: 'Withdrawn in IMI', open: false, department: 'registry' },
} as const satisfies Record<string, { nb: string; en: string; open: boolean; department: Department }>;

export type Department = 'registry' | 'supervision';
export type CaseState = keyof typeof CASE_STATES;
export const ALL_STATES = Object.keys(CASE_STATES) as CaseState[];

export function isOpen(state: CaseState): boolean {
  return CASE_STATES[state].open;
}

/** The department whose channel and officers a case in this state belongs to. */
export function departmentOf(state: CaseState): Department {
  return CASE_STATES[state].department;
}

/** States that are never worked on again but must still be re-screened when the register changes. */
export const RESCREENED_CLOSED_STATES: readonly CaseState[] = ['no_hit_signed_off', 'match_rejected'];

/** States in which a case is screened again when the register changes. */
export function isRescreened(state: CaseState): boolean {
  return state === 'no_hit' || RESCREENED_CLOSED_STATES.includes(state);
}

export function stateLabel(state: CaseState, lang: 'nb' | 'en'): string {
  return CASE_STATES[state][lang];
}
