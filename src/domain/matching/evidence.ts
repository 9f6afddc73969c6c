import type { DateRelation } from './birth-date.js';
import type { Comparison, FamilyKind, GivenKind } from './compare.js';
import { initialKey, type GivenPosition, type PersonTable } from './person-table.js';
import type { AlertToken, PreparedAlert } from './prepared-alert.js';
import type { Level } from './vocabulary.js';

/*
 * How strongly a candidate's agreement speaks for "this is the person", weighed per alert as a likelihood ratio:
 * how often the alert of a registered person shows this pattern (below), against how many registered strangers
 * would agree as well by chance (counted in the register for this alert's names and birth date). The shares are
 * judged for real alerts (most arrive intact; a typing error or a wrong digit is rare, two at once rarer still),
 * not fitted to an evaluation set.
 */
const M_DATE: Readonly<Record<DateRelation, number>> = { 0: 0, 1: 0.0005, 2: 0.025, 3: 0.02, 4: 0.95 };
// Levels: none, another form with a typing error, a typing error, another form, equal (vocabulary.ts).
const M_FAMILY: Readonly<Record<FamilyKind, Readonly<Record<Level, number>>>> = {
  full: { 0: 0, 1: 0.002, 2: 0.02, 3: 0.04, 4: 0.85 },
  subset: { 0: 0, 1: 0.0002, 2: 0.002, 3: 0.05, 4: 0.05 },
  partial: { 0: 0, 1: 0.0005, 2: 0.005, 3: 0.005, 4: 0.005 },
  former: { 0: 0, 1: 0.0002, 2: 0.002, 3: 0.04, 4: 0.04 },
};
const M_GIVEN: Readonly<Record<GivenKind, Readonly<Record<Level, number>>>> = {
  full: { 0: 0, 1: 0.002, 2: 0.02, 3: 0.05, 4: 0.7 },
  middle_dropped: { 0: 0, 1: 0.0003, 2: 0.003, 3: 0.15, 4: 0.15 },
  middle_initial: { 0: 0, 1: 0.0001, 2: 0.001, 3: 0.04, 4: 0.04 },
  middle_differs: { 0: 0, 1: 0.0005, 2: 0.005, 3: 0.005, 4: 0.005 },
  initial_only: { 0: 0, 1: 0.001, 2: 0.01, 3: 0.01, 4: 0.01 },
  // Only a later given name (Olav for Morten Olav): the name many Norwegians go by, but alerts mostly copy passports.
  other_given: { 0: 0, 1: 0.0003, 2: 0.003, 3: 0.03, 4: 0.03 },
};
// When the alert itself gives a former name, the register still holding it (she married since) is common.
const M_ALERT_FORMER: Readonly<Record<Level, number>> = { 0: 0, 1: 0.002, 2: 0.02, 3: 0.4, 4: 0.4 };
const M_SWAPPED = 0.03;
// An alert's former name that the register does not hold for the person: registers often lack a maiden name.
const M_FORMER_UNEXPLAINED = 0.3;

/**
 * Registered people expected to share a name that the register holds only once: alerts come from all of Europe,
 * so a name rare here is not unheard of there.
 */
const UNSEEN = 0.25;

/** How often a registered person's alert shows this pattern of agreement. */
export function patternShare(c: Comparison): number {
  const family = c.alertFormer ? M_ALERT_FORMER[c.family] : M_FAMILY[c.familyKind][c.family];
  return M_DATE[c.date] * family * M_GIVEN[c.givenKind][c.given] * (c.swapped ? M_SWAPPED : 1) * (c.formerUnexplained ? M_FORMER_UNEXPLAINED : 1);
}

/** Register people born on dates in each relation to the alert's birth date, and calendar days in each. */
export interface DateMass { people: Record<DateRelation, number>; days: Record<DateRelation, number> }

/**
 * The share of people born on dates in a relation, smoothed towards the calendar (this many people spread
 * evenly over sixty years of birth dates): a register of a million barely notices, and in a register of eight
 * one person born on the day does not make the day look like an eighth of everyone's birthdays.
 */
const CALENDAR_PEOPLE = 10_000;
const CALENDAR_DAYS = 60 * 365.25;

/**
 * The evidence for each candidate of one alert. `weight` is the likelihood ratio described above: about 1 when
 * the agreement is as likely to come from a stranger as from the person, thousands for a rare name in full.
 */
export class AlertEvidence {
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly alert: PreparedAlert,
    private readonly table: PersonTable,
    private readonly size: number,
    private readonly dates: DateMass,
  ) {}

  /** Registered strangers expected to agree with the alert at least as well as this candidate does. */
  expectedStrangers(c: Comparison): number {
    const others = Math.max(0, this.namesAlike(c) - 1);
    const dates = (this.dates.people[c.date] + (CALENDAR_PEOPLE * this.dates.days[c.date]) / CALENDAR_DAYS) / (this.size + CALENDAR_PEOPLE);
    return (others + UNSEEN) * dates;
  }

  weight(c: Comparison): number {
    return patternShare(c) / this.expectedStrangers(c);
  }

  /** Register people whose names relate to the alert's at least at this candidate's levels (the candidate too). */
  private namesAlike(c: Comparison): number {
    const key = `${c.swapped ? 1 : 0}${c.alertFormer ? 1 : 0}${c.joined ? 1 : 0}${c.familyKind}${c.family}${c.givenKind}${c.given}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    // The tokens that carried the family agreement: the alert's former names, or its family (given, if swapped).
    const tokens = c.alertFormer ? this.alert.formers.flat() : this.familyTokens(c);
    // A particle says little (de, van), unless it is all the name has (Le, Da).
    const named = tokens.filter((t) => !t.particle);
    const family = named.length > 0 ? named : tokens;
    const first = (c.swapped ? this.alert.family : this.alert.given)[0];
    let count = this.size;
    if (family.length > 0 && first) {
      const given = this.givenIds(first, c);
      const per = family.map((t) => this.pairs(t, c.family, given));
      count = c.familyKind === 'full' ? Math.min(...per) : per.reduce((a, b) => a + b, 0);
    }
    this.memo.set(key, count);
    return count;
  }

  /** The alert's tokens that carried the family agreement, unless it came through a former name. */
  private familyTokens(c: Comparison): AlertToken[] {
    const [tokens, joined] = c.swapped ? [this.alert.given, this.alert.joinedGiven] : [this.alert.family, this.alert.joinedFamily];
    return c.joined && joined ? [joined] : tokens;
  }

  private givenIds(first: AlertToken, c: Comparison): { ids: number[]; positions: GivenPosition[] } {
    if (first.initial || c.givenKind === 'initial_only') return { ids: [initialKey(first.skel)], positions: ['initial'] };
    const ids: number[] = [];
    for (const [id, level] of first.asGiven) if (level >= c.given) ids.push(id);
    // Named by a later given name: anyone carrying it in any place agrees as well.
    return { ids, positions: c.givenKind === 'other_given' ? ['first', 'later'] : ['first'] };
  }

  private pairs(token: AlertToken, level: Level, given: { ids: number[]; positions: GivenPosition[] }): number {
    let n = 0;
    for (const [family, relation] of token.asFamily) {
      if (relation < level) continue;
      for (const id of given.ids) for (const position of given.positions) n += this.table.pairCount(family, id, position);
    }
    return n;
  }
}
