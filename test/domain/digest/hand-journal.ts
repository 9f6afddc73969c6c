import type { CaseJournal } from '../../../src/domain/digest/index.js';
import { caseJournal, receivedAndScreened, REGISTRY, SUPERVISION_A, SUPERVISION_B, SYSTEM } from './journal-builder.js';

/*
 * A dozen case journals written by hand around ISO week 2026-W20 (Monday 11 to Sunday 17 May 2026,
 * Europe/Oslo, UTC+2 in May). Holidays that matter: Maundy Thursday 2 April, Good Friday 3 April, Easter
 * Monday 6 April, Labour Day 1 May, Ascension Day Thursday 14 May, Whit Monday 25 May. Christmas Eve and
 * New Year's Eve are working days. Default deadlines: sign-off 1, verification 2, information request 5,
 * answer 20, hand-over 2, assessment 10, approval 2 working days, counted from the day after the step opened.
 * The comments give each case's counting; test/domain/digest/hand-computed.test.ts adds them up into the
 * expected figures, written out as literal numbers.
 */
export const TZ = 'Europe/Oslo';

export const CASES: CaseJournal[] = [
  // A: received Tue 12 May, hit. Verification opened Tue 12, due Fri 15 (Wed 13 = 1, Thu 14 holiday, Fri 15 = 2);
  // confirmed Fri 15: 2 working days, on time. Information request opened Fri 15, due Fri 22: open, not late.
  // The request on Tue 19 May is after the period and must not count.
  caseJournal('IMI-A', ...receivedAndScreened('2026-05-12T10:00:00Z', '2026-05-12T10:00:05Z', 'hit'),
    ['2026-05-12T11:00:00Z', 'claim', 'to_verify', 'to_verify', REGISTRY],
    ['2026-05-12T11:05:00Z', 'details_shown', 'to_verify', 'to_verify', REGISTRY, { where: 'card' }],
    ['2026-05-15T09:00:00Z', 'confirmMatch', 'to_verify', 'match_confirmed', REGISTRY, { hprNumber: '1234567' }],
    ['2026-05-19T09:00:00Z', 'requestInfo', 'match_confirmed', 'info_requested', REGISTRY, { requestedOn: '2026-05-19', dueOn: null }]),
  // B: received 22:30 UTC on Sunday 10 May, which is 00:30 on Monday 11 May in Oslo: in the week. No hit.
  // Sign-off due Tue 12; signed off Wed 13: 2 working days, late.
  caseJournal('IMI-B', ...receivedAndScreened('2026-05-10T22:30:00Z', '2026-05-10T22:30:10Z', 'no_hit'),
    ['2026-05-13T08:00:00Z', 'signOff', 'no_hit', 'no_hit_signed_off', REGISTRY]),
  // C: received 22:30 UTC on Sunday 17 May = 00:30 Monday 18 May in Oslo: after the period, so it does not exist yet.
  caseJournal('IMI-C', ...receivedAndScreened('2026-05-17T22:30:00Z', '2026-05-17T22:30:05Z', 'hit')),
  // D: received Wed 13 May, possible hit, withdrawn in IMI Fri 15: its verification step was ended by the system.
  caseJournal('IMI-D', ...receivedAndScreened('2026-05-13T09:00:00Z', '2026-05-13T09:00:05Z', 'possible'),
    ['2026-05-15T12:00:00Z', 'imi_withdrawal', 'to_verify', 'withdrawn', SYSTEM, { fields: [] }]),
  // E: received on Ascension Day Thu 14 May, no hit. Sign-off due Fri 15; still open on Sunday 17:
  // overdue, but 0 working days late (the weekend).
  caseJournal('IMI-E', ...receivedAndScreened('2026-05-14T08:00:00Z', '2026-05-14T08:00:05Z', 'no_hit')),
  // F: received Mon 20 April, hit. Verification Mon 20 -> Tue 21 (1 day, due Wed 22, on time). Information request
  // Tue 21 -> Wed 22 (1 day, due Tue 28, on time). Answer: requested Wed 22 April, due 20 working days later,
  // Fri 22 May (1 May and 14 May are holidays); received Wed 13 May: 14 working days, on time. Hand-over opened
  // Wed 13, due Mon 18 (Thu 14 holiday, Fri 15 = 1, Mon 18 = 2); handed over Fri 15: 1 day, on time.
  // Assessment opened Fri 15, due Mon 1 June: open, not late.
  caseJournal('IMI-F', ...receivedAndScreened('2026-04-20T08:00:00Z', '2026-04-20T08:00:05Z', 'hit'),
    ['2026-04-21T09:00:00Z', 'confirmMatch', 'to_verify', 'match_confirmed', REGISTRY, { hprNumber: '1234567' }],
    ['2026-04-22T10:00:00Z', 'requestInfo', 'match_confirmed', 'info_requested', REGISTRY, { requestedOn: '2026-04-22', dueOn: null }],
    ['2026-05-13T10:00:00Z', 'infoReceived', 'info_requested', 'info_received', REGISTRY, { receivedOn: '2026-05-13' }],
    ['2026-05-15T14:00:00Z', 'handOver', 'info_received', 'with_supervision', REGISTRY]),
  // G: received Mon 2 March, hit. Verification Mon 2 -> Tue 3 (1 day, due Wed 4, on time); information request
  // Tue 3 -> Wed 4 (1 day, due Tue 10, on time). The officer set the answer's due date to Wed 1 April. Still waiting
  // on Sunday 17 May: working days after 1 April up to 17 May: 7-10 April (4; 2, 3 and 6 April are Easter
  // holidays), 13-17 (5), 20-24 (5), 27-30 (4), 4-8 May (5; 1 May holiday), 11-15 May without the 14th (4) = 27.
  caseJournal('IMI-G', ...receivedAndScreened('2026-03-02T09:00:00Z', '2026-03-02T09:00:05Z', 'hit'),
    ['2026-03-03T09:00:00Z', 'confirmMatch', 'to_verify', 'match_confirmed', REGISTRY, { hprNumber: '1234567' }],
    ['2026-03-04T09:00:00Z', 'requestInfo', 'match_confirmed', 'info_requested', REGISTRY, { requestedOn: '2026-03-04', dueOn: '2026-04-01' }]),
  // H: received on Maundy Thursday 2 April, hit. Verification due Wed 8 April (3 and 6 April holidays); confirmed
  // Thu 9: 3 working days, late. Handed over from match_confirmed Fri 10 (the information request step: 1 day, due
  // Thu 16, on time). Assessment opened Fri 10, due Fri 24 April; proposed Mon 4 May: 15 working days, late.
  // Approval opened Mon 4, due Wed 6; declined Tue 12 May: 6 working days, late. Assessment opened again Tue 12,
  // due Thu 28 May (14 and 25 May holidays): open, not late.
  caseJournal('IMI-H', ...receivedAndScreened('2026-04-02T08:00:00Z', '2026-04-02T08:00:05Z', 'hit'),
    ['2026-04-09T08:00:00Z', 'confirmMatch', 'to_verify', 'match_confirmed', REGISTRY, { hprNumber: '1234567' }],
    ['2026-04-10T08:00:00Z', 'handOver', 'match_confirmed', 'with_supervision', REGISTRY],
    ['2026-04-13T08:00:00Z', 'claim', 'with_supervision', 'with_supervision', SUPERVISION_A],
    ['2026-05-04T08:00:00Z', 'escalate', 'with_supervision', 'awaiting_approval', SUPERVISION_A, { caseNumber: '2026/123' }],
    ['2026-05-12T08:00:00Z', 'decline', 'awaiting_approval', 'with_supervision', SUPERVISION_B]),
  // I: received Mon 27 April, hit; confirmed the same day (0 working days, on time); handed over Tue 28 (information
  // request step: 1 day, due Tue 5 May, on time). Assessment Tue 28 April -> Thu 7 May: 6 working days (29, 30
  // April, 4-7 May), due Wed 13 May, on time. Approval opened Thu 7, due Mon 11; still waiting on Sunday 17:
  // 12, 13 and 15 May = 3 working days late. Approved Mon 18 May: after the period.
  caseJournal('IMI-I', ...receivedAndScreened('2026-04-27T08:00:00Z', '2026-04-27T08:00:05Z', 'hit'),
    ['2026-04-27T12:00:00Z', 'confirmMatch', 'to_verify', 'match_confirmed', REGISTRY, { hprNumber: '1234567' }],
    ['2026-04-28T08:00:00Z', 'handOver', 'match_confirmed', 'with_supervision', REGISTRY],
    ['2026-05-07T08:00:00Z', 'close', 'with_supervision', 'awaiting_approval', SUPERVISION_A],
    ['2026-05-18T08:00:00Z', 'approve', 'awaiting_approval', 'closed_no_action', SUPERVISION_B]),
  // J: received Mon 29 December 2025, the first day of ISO year 2026: in the year to date. No hit; signed off
  // Tue 30 December: 1 day, due Tue 30, on time.
  caseJournal('IMI-J', ...receivedAndScreened('2025-12-29T09:00:00Z', '2025-12-29T09:00:05Z', 'no_hit'),
    ['2025-12-30T09:00:00Z', 'signOff', 'no_hit', 'no_hit_signed_off', REGISTRY]),
  // K: received Sunday 28 December 2025 (ISO week 2025-W52): not in the year to date. No hit, never signed off:
  // due Mon 29 December. Working days late on 17 May: 30-31 Dec (2), January 21 (1 Jan holiday), February 20,
  // March 22, April 19 (22 weekdays less 2, 3, 6 April), 1-17 May 9 = 93. The oldest open case.
  caseJournal('IMI-K', ...receivedAndScreened('2025-12-28T12:00:00Z', '2025-12-28T12:00:05Z', 'no_hit')),
  // L: received Fri 15 May and not screened before the period's end (screened Monday 18, after it).
  caseJournal('IMI-L', ['2026-05-15T10:00:00Z', 'received', 'received', 'received', SYSTEM, { event: 'new' }],
    ['2026-05-18T06:00:00Z', 'screened', 'received', 'to_verify', SYSTEM, { outcome: 'hit' }]),
  // M: received Mon 4 May, no hit, signed off Tue 5 (1 day, due Tue 5, on time). Re-screening Wed 13 May found a hit:
  // back to verification (no step closed: signed off has none), opened Wed 13, due Mon 18: open, not late.
  // Its latest outcome before the period's end is a hit, so the year to date counts it as a hit.
  caseJournal('IMI-M', ...receivedAndScreened('2026-05-04T08:00:00Z', '2026-05-04T08:00:05Z', 'no_hit'),
    ['2026-05-05T08:00:00Z', 'signOff', 'no_hit', 'no_hit_signed_off', REGISTRY],
    ['2026-05-13T08:00:00Z', 'found_on_rescreen', 'no_hit_signed_off', 'to_verify', SYSTEM, { outcome: 'hit' }]),
  // N: a withdrawal that arrived before the alert itself, Tue 12 May: created withdrawn, then screened (no hit).
  caseJournal('IMI-N', ['2026-05-12T12:00:00Z', 'received', 'received', 'received', SYSTEM, { event: 'withdrawal', outOfOrder: true }],
    ['2026-05-12T12:00:00Z', 'imi_withdrawal', 'received', 'withdrawn', SYSTEM],
    ['2026-05-12T12:00:05Z', 'screened', 'withdrawn', 'withdrawn', SYSTEM, { outcome: 'no_hit' }]),
];
