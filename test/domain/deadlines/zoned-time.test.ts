import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/domain/deadlines/local-date.js';
import { isValidTimeZone, localDateTime, toLocalDate } from '../../../src/domain/deadlines/zoned-time.js';
import { anyInstant } from './arbitraries.js';

const OSLO = 'Europe/Oslo';

describe('toLocalDate in Europe/Oslo around midnight and the DST changes', () => {
  it.each([
    // Winter time (UTC+1) before the change on Sunday 29 March 2026.
    ['2026-03-27T22:59:59Z', '2026-03-27', '23:59'],
    ['2026-03-27T23:00:00Z', '2026-03-28', '00:00'],
    ['2026-03-28T22:59:59Z', '2026-03-28', '23:59'],
    ['2026-03-28T23:30:00Z', '2026-03-29', '00:30'],
    ['2026-03-29T00:59:59Z', '2026-03-29', '01:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '03:00'], // 02:00 local does not exist
    // Summer time (UTC+2) from then on.
    ['2026-03-29T21:59:59Z', '2026-03-29', '23:59'],
    ['2026-03-29T22:00:00Z', '2026-03-30', '00:00'],
    ['2026-03-29T22:30:00Z', '2026-03-30', '00:30'],
    // Back to winter time on Sunday 25 October 2026.
    ['2026-10-24T21:59:59Z', '2026-10-24', '23:59'],
    ['2026-10-24T22:00:00Z', '2026-10-25', '00:00'],
    ['2026-10-25T00:30:00Z', '2026-10-25', '02:30'],
    ['2026-10-25T01:30:00Z', '2026-10-25', '02:30'], // 02:30 happens twice
    ['2026-10-25T22:59:59Z', '2026-10-25', '23:59'],
    ['2026-10-25T23:00:00Z', '2026-10-26', '00:00'],
    // New Year's Eve: still the old year in UTC, already the new one in Oslo.
    ['2025-12-31T23:15:00Z', '2026-01-01', '00:15'],
    // An offset in the string is honoured, whatever it is.
    ['2026-03-29T00:30:00+02:00', '2026-03-28', '23:30'],
  ])('%s is %s %s in Oslo', (instant, date, time) => {
    expect(toLocalDate(instant, OSLO)).toBe(date);
    expect(localDateTime(new Date(instant), OSLO)).toEqual({ date, time });
  });

  it('gives the zone asked for, not the process zone', () => {
    expect(toLocalDate('2026-03-28T23:30:00Z', 'UTC')).toBe('2026-03-28');
    expect(toLocalDate('2026-03-28T23:30:00Z', 'America/New_York')).toBe('2026-03-28');
    expect(toLocalDate('2026-03-28T11:30:00Z', 'Pacific/Kiritimati')).toBe('2026-03-29');
  });
});

describe('independence from the process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('gives the Oslo date with TZ=%s', (tz) => {
    process.env.TZ = tz;
    expect(toLocalDate('2026-03-28T23:30:00Z', OSLO)).toBe('2026-03-29');
    expect(toLocalDate('2026-10-25T22:30:00Z', OSLO)).toBe('2026-10-25');
  });
});

describe('bad input', () => {
  it.each([
    '2026-03-28T23:30:00', // no offset: Date would read it in the process zone
    '2026-03-28',
    'yesterday',
    '2026-02-30T10:00:00Z',
  ])('refuses the instant %j', (instant) => {
    expect(() => toLocalDate(instant, OSLO)).toThrow(RangeError);
  });

  it('refuses an invalid Date and an unknown zone', () => {
    expect(() => toLocalDate(new Date(Number.NaN), OSLO)).toThrow(RangeError);
    expect(() => toLocalDate('2026-03-28T23:30:00Z', 'Europe/Atlantis')).toThrow(RangeError);
  });

  it('tells configuration which zones exist', () => {
    expect(isValidTimeZone(OSLO)).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
  });
});

describe('properties', () => {
  it('matches the UTC date of Date in UTC', () => {
    fc.assert(fc.property(anyInstant, (instant) => toLocalDate(instant, 'UTC') === instant.toISOString().slice(0, 10)));
  });

  it('is the UTC date or the day after in Oslo (UTC+1 or UTC+2), and the same for Date and string', () => {
    fc.assert(fc.property(anyInstant, (instant) => {
      const oslo = toLocalDate(instant, OSLO);
      expect(toLocalDate(instant.toISOString(), OSLO)).toBe(oslo);
      expect([0, 1]).toContain(daysBetween(toLocalDate(instant, 'UTC'), oslo));
    }));
  });
});

describe('the reading kept per zone and minute', () => {
  it('gives what a fresh computation gives, for instants close together in several zones', () => {
    const fresh = (instant: Date, zone: string) => {
      const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant).map((p) => [p.type, p.value]));
      return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
    };
    // Seconds apart across a minute, the spring DST change in Oslo, and zones with odd offsets; then back again.
    const base = Date.parse('2026-03-29T00:59:00Z');
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: -120, max: 240 }), fc.constantFrom(OSLO, 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC')), { minLength: 1, maxLength: 30 }), (reads) => {
      for (const [seconds, zone] of reads) {
        const instant = new Date(base + seconds * 1_000);
        expect(localDateTime(instant, zone)).toEqual(fresh(instant, zone));
      }
    }));
  });
});
