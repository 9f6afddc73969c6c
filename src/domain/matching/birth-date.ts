/**
 * Birth dates as eight digits (yyyymmdd as a number) and the relations screening accepts between two of them:
 * equal, day and month swapped, one wrong digit, or both at once. Any other pair is a different person however
 * alike the names are (spec/screening.md), so these relations also bound the candidate search.
 */

export const DateRelation = { None: 0, SwappedOneDigit: 1, OneDigit: 2, Swapped: 3, Equal: 4 } as const;
export type DateRelation = (typeof DateRelation)[keyof typeof DateRelation];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyymmdd, or -1 when the text is not an ISO date (the format only; the calendar is not checked). */
export function parseBirthDate(text: string): number {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return -1;
  return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether yyyymmdd names a day of the calendar (29 February in leap years only). */
export function isCalendarDate(date: number): boolean {
  const year = Math.floor(date / 10000), month = Math.floor(date / 100) % 100, day = date % 100;
  if (month < 1 || month > 12 || day < 1 || day > (MONTH_DAYS[month - 1] ?? 0)) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

/** Day and month exchanged; -1 when they are equal (a swap says nothing) or the swapped month cannot exist. */
export function swapDayMonth(date: number): number {
  const day = date % 100;
  const month = Math.floor(date / 100) % 100;
  if (day === month || day > 12) return -1;
  return Math.floor(date / 10000) * 10000 + day * 100 + month;
}

function differingDigits(a: number, b: number): number {
  let count = 0;
  for (let i = 0; i < 8; i++) {
    if (a % 10 !== b % 10) count++;
    a = Math.floor(a / 10);
    b = Math.floor(b / 10);
  }
  return count;
}

export function relateDates(alert: number, person: number): DateRelation {
  if (alert < 0 || person < 0) return DateRelation.None;
  if (alert === person) return DateRelation.Equal;
  const swapped = swapDayMonth(alert);
  if (swapped === person) return DateRelation.Swapped;
  if (differingDigits(alert, person) === 1) return DateRelation.OneDigit;
  if (swapped >= 0 && differingDigits(swapped, person) === 1) return DateRelation.SwappedOneDigit;
  return DateRelation.None;
}

function oneDigitAway(date: number, out: number[]): void {
  let place = 1;
  for (let i = 0; i < 8; i++) {
    const digit = Math.floor(date / place) % 10;
    for (let d = 0; d < 10; d++) if (d !== digit) out.push(date + (d - digit) * place);
    place *= 10;
  }
}

/**
 * Every date that relateDates() could relate to `date` (a superset: a few have no calendar day). The relation is
 * symmetric, so the same list serves searching the register for an alert and the alerts for a register row.
 */
export function relatedDates(date: number): number[] {
  if (date < 0) return [];
  const out = [date];
  oneDigitAway(date, out);
  const swapped = swapDayMonth(date);
  if (swapped >= 0) {
    out.push(swapped);
    oneDigitAway(swapped, out);
  }
  // Dates whose own swap is one digit from `date`: swapping is its own inverse on the day/month pair.
  const viaSwap: number[] = [];
  oneDigitAway(date, viaSwap);
  for (const near of viaSwap) {
    const back = swapDayMonth(near);
    if (back >= 0) out.push(back);
  }
  return [...new Set(out)];
}
