import type { CaseState, Department } from '../case-state.js';
import type { LocalDate, StepCode } from '../deadlines/index.js';
import type { DigestPeriod } from './period.js';

/**
 * The figures of one weekly digest (DESIGN.md, "Figures in the digest"). Everything is computed from the
 * journals alone, so any past week can be recomputed and gives the same figures. Cases appear by
 * reference only: no names, birth dates or identity numbers.
 */
export interface DigestFigures {
  readonly period: DigestPeriod;
  readonly received: { readonly week: ReceivedFigures; readonly yearToDate: ReceivedFigures };
  /** Cases in an open state at the period's end, every open state listed (zero included), by department. */
  readonly open: { readonly total: number; readonly byState: readonly OpenCount[] };
  /** Open steps past their due date at the period's end, the most late first. */
  readonly overdue: { readonly total: number; readonly items: readonly OverdueItem[] };
  /** Time per step and share within deadline, over the steps closed in the week and in the year to date. */
  readonly steps: { readonly week: readonly StepFigures[]; readonly yearToDate: readonly StepFigures[] };
  /**
   * The authority's own handling time: every step but those in `excludedSteps` (the wait for the sending
   * country's answer, whose deadline still runs and is reported on its own line in `steps`).
   */
  readonly ownHandling: { readonly excludedSteps: readonly StepCode[]; readonly week: HandlingSummary; readonly yearToDate: HandlingSummary };
  /** The five open cases received first (ties by reference). */
  readonly oldestOpen: readonly OldestOpen[];
  /** Cases read, including those not yet received at the period's end and unreadable ones. */
  readonly casesRead: number;
  /** Cases whose journal could not be read; left out of every other figure, listed so nobody trusts a silent gap. */
  readonly unreadable: readonly { readonly reference: string; readonly problem: string }[];
}

/**
 * Alerts whose `received` entry falls in the period, by their latest screening outcome recorded before the
 * period's end: hits + noHits + notScreened = received. `withdrawn` counts those of them withdrawn in IMI
 * before the period's end (they are also counted by outcome).
 */
export interface ReceivedFigures {
  readonly received: number;
  /** Screening outcome `hit` or `possible` (including one found on re-screening). */
  readonly hits: number;
  readonly noHits: number;
  readonly notScreened: number;
  readonly withdrawn: number;
}

export interface OpenCount {
  readonly department: Department;
  readonly state: CaseState;
  readonly count: number;
}

export interface OverdueItem {
  readonly reference: string;
  readonly step: StepCode;
  readonly dueOn: LocalDate;
  /** Working days after the due date up to and including the period's last day (deadlineStatus). */
  readonly workingDaysLate: number;
}

/**
 * Steps of one kind closed by a person in the period. `medianWorkingDays` is the median of the working days
 * from the opening entry's date to the closing entry's date (the mean of the two middle values for an even
 * count); null when none closed. `shareWithinDeadline` is withinDeadline / closed, null when none closed.
 * Steps ended by the system (IMI withdrawal, re-screening) are not handling: counted in `endedBySystem` only.
 */
export interface StepFigures extends HandlingSummary {
  readonly step: StepCode;
  /** False for the wait for the sending country, which the own-handling figures leave out. */
  readonly ownHandlingTime: boolean;
  readonly endedBySystem: number;
}

export interface HandlingSummary {
  readonly closed: number;
  readonly medianWorkingDays: number | null;
  readonly withinDeadline: number;
  readonly shareWithinDeadline: number | null;
}

export interface OldestOpen {
  readonly reference: string;
  readonly receivedAt: string;
  readonly receivedOn: LocalDate;
}

/** Median of whole numbers of days: the middle value, or the mean of the two middle values; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Durations and on-time flags of closed steps, summarised. */
export function summarise(durations: readonly number[], withinDeadline: number): HandlingSummary {
  const closed = durations.length;
  return { closed, medianWorkingDays: median(durations), withinDeadline, shareWithinDeadline: closed === 0 ? null : withinDeadline / closed };
}
