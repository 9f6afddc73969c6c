/** Public shapes of the matching engine; the bot, the batch command and the jobs share them. */

export interface Authorisation {
  profession: string;
  status: 'active' | 'suspended' | 'revoked' | 'expired';
  validFrom: string | null;
  validUntil: string | null;
}

export interface RegisterPerson {
  hprNumber: string;
  familyName: string;
  givenNames: string;
  formerFamilyNames: string[];
  dateOfBirth: string;
  authorisations: Authorisation[];
}

export interface AlertIdentity {
  familyName: string;
  givenNames: string;
  formerFamilyNames?: string[];
  dateOfBirth: string;
  /**
   * ISO 3166-1 alpha-2 codes of the sending country and the professional's nationalities, where the alert gives
   * them: a Greek or Cypriot alert's names are read with Greek romanisation noise whatever their ending.
   */
  countries?: string[];
}

export type ScreeningOutcome = 'hit' | 'possible' | 'no_hit';

export interface ScreeningCandidate {
  hprNumber: string;
  /**
   * 0 to 1, the strength of the evidence that this is the person, how common the names are counted
   * (0.5: as likely a stranger; each 0.1 a factor of ten). Falls along the list; not a probability.
   */
  score: number;
  /** Short English sentences for people reading a file or a log. */
  reasons: string[];
  /** Stable reason codes (see REASON_CODES) that cards translate. */
  codes: string[];
}

export interface ScreeningResult {
  outcome: ScreeningOutcome;
  candidates: ScreeningCandidate[];
}

export interface RegisterIndex {
  readonly size: number;
  person(hprNumber: string): RegisterPerson | undefined;
  screen(identity: AlertIdentity): ScreeningResult;
}

export interface RegisterDiff {
  added: RegisterPerson[];
  changed: RegisterPerson[];
  /** hprNumbers present before and missing now: reported, never silently forgotten. */
  removed: string[];
}
