import type { Alert } from './alert-schema.js';
import type { CaseState } from './case-state.js';
import type { ScreeningCandidate, ScreeningOutcome } from './matching/index.js';

/** An officer as stored on a case: Entra object id and display name (an officer's, never the professional's). */
export interface Officer {
  readonly id: string;
  readonly name: string;
}

export interface Screening {
  readonly outcome: ScreeningOutcome;
  readonly candidates: readonly ScreeningCandidate[];
  readonly screenedAt: string;
  /** True when a re-screening after a register change turned a closed or no-hit case into a match to verify. */
  readonly foundOnRescreen: boolean;
}

export interface Proposal {
  readonly kind: 'escalate' | 'close';
  readonly caseNumber?: string;
  readonly reason?: string;
  readonly by: Officer;
  readonly at: string;
}

/** What the last IMI update changed, for the card to say so. */
export interface ImiChange {
  readonly at: string;
  readonly fields: readonly string[];
}

/**
 * One IMI alert and everything done with it. `version` grows by one with every change; cards carry it so a
 * press on an outdated card changes nothing. Instants are ISO strings; dates are YYYY-MM-DD.
 */
export interface Case {
  readonly imiId: string;
  readonly version: number;
  readonly state: CaseState;
  /** The latest alert content accepted for this imiId. */
  readonly alert: Alert;
  readonly receivedAt: string;
  /** sentAt of the newest event applied; older events are journaled but do not override. */
  readonly latestSentAt: string;
  /** An update or withdrawal arrived before any `new` event for this imiId. */
  readonly outOfOrder: boolean;
  /** When the current state was entered: the current step's deadline runs from here. */
  readonly stateSince: string;
  readonly screening?: Screening;
  readonly holder?: Officer;
  readonly confirmedHpr?: string;
  readonly rejectReason?: string;
  readonly info?: { readonly requestedOn?: string; readonly dueOn?: string; readonly receivedOn?: string; readonly note?: string };
  readonly handOverNote?: string;
  readonly proposal?: Proposal;
  readonly declineReason?: string;
  readonly outcome?: { readonly caseNumber?: string; readonly reason?: string };
  readonly stateBeforeWithdrawal?: CaseState;
  readonly lastImiChange?: ImiChange;
  readonly lastChange: { readonly by: Officer | 'system'; readonly at: string; readonly action: string };
}

/**
 * The registered person a case is about, as far as it is known: the match an officer confirmed, else the first
 * candidate of a hit or possible. Cases about the same person are shown together (Show details).
 */
export function personOf(c: Case): string | undefined {
  if (c.confirmedHpr) return c.confirmedHpr;
  return c.screening && c.screening.outcome !== 'no_hit' ? c.screening.candidates[0]?.hprNumber : undefined;
}
