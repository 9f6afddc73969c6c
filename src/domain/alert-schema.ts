import { z } from 'zod';
import { isCalendarDate, parseBirthDate } from './matching/birth-date.js';

/**
 * The incoming IMI alert, as spec/imi-alert.schema.json defines it. That JSON Schema is the contract; this
 * zod schema must accept and reject exactly the same documents as a JSON Schema validator does (ajv with
 * ajv-formats in its default full mode is the reference; test/domain/alert-schema*.test.ts run both over the
 * same samples). Unknown properties are kept at every level (`passthrough`).
 */

/**
 * A string's length as JSON Schema counts it, in code points (a lone surrogate is one), not UTF-16 units; card
 * inputs and chat references are counted the same way.
 */
export const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
/** The most characters an IMI reference (`imiId`) has. */
export const IMI_ID_MAX_CHARS = 64;

/** Whether `s` has the length of an IMI reference: 1 to IMI_ID_MAX_CHARS characters. */
export function hasImiIdLength(s: string): boolean {
  return s.length > 0 && codePoints(s) <= IMI_ID_MAX_CHARS;
}

const text = (min: number, max = Infinity) => z
  .string()
  .refine((s) => codePoints(s) >= min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
  .refine((s) => codePoints(s) <= max, `must be at most ${max} characters`);

// RFC 3339 full-date and date-time exactly as ajv-formats (full mode) reads them, quirks included: any white
// space may stand for `T`, the offset may be `+hh`, `+hhmm` or `+hh:mm`, and second 60 (or an hour or minute
// out of range) passes when the time, moved to UTC, falls in the minute 23:59.
const DATE = /^\d\d\d\d-\d\d-\d\d$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const SEPARATOR = /t|\s/i;

function isDate(s: string): boolean {
  return DATE.test(s) && isCalendarDate(parseBirthDate(s));
}

interface DateTime {
  readonly date: string; readonly hour: number; readonly minute: number; readonly second: string;
  readonly zulu: boolean; readonly sign: 1 | -1; readonly offsetHours: number; readonly offsetMinutes: number;
}

/** The parts of an RFC 3339 date-time, or undefined when ajv-formats would not accept it. */
function readDateTime(s: string): DateTime | undefined {
  const parts = s.split(SEPARATOR);
  if (parts.length !== 2 || !isDate(parts[0]!)) return undefined;
  const m = TIME.exec(parts[1]!);
  if (!m || !m[4]) return undefined;
  const t: DateTime = {
    date: parts[0]!, hour: Number(m[1]), minute: Number(m[2]), second: m[3]!, zulu: m[4].toLowerCase() === 'z',
    sign: m[5] === '-' ? -1 : 1, offsetHours: Number(m[6] ?? 0), offsetMinutes: Number(m[7] ?? 0),
  };
  if (t.offsetHours > 23 || t.offsetMinutes > 59) return undefined;
  if (inClockRange(t)) return t;
  const utcMinute = t.minute - t.offsetMinutes * t.sign;
  const utcHour = t.hour - t.offsetHours * t.sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && Number(t.second) < 61 ? t : undefined;
}

const inClockRange = (t: DateTime) => t.hour <= 23 && t.minute <= 59 && Number(t.second) < 60;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The same instant in the one spelling Date.parse is sure to read (`T`, `Z` or `+hh:mm`, upper case), so that
 * comparing sentAt values works whatever spelling the sender chose. Canonical text is kept as sent. A leap
 * second (and ajv-formats' out-of-range hours and minutes) becomes UTC text, second 60 the last millisecond
 * of its minute: Date has no second 60.
 */
function canonicalDateTime(s: string): string {
  const t = readDateTime(s);
  if (!t) return s; // zod runs no transform after a failed check; this only keeps the type honest
  const zone = t.zulu ? 'Z' : `${t.sign < 0 ? '-' : '+'}${pad(t.offsetHours)}:${pad(t.offsetMinutes)}`;
  if (inClockRange(t)) return `${t.date}T${pad(t.hour)}:${pad(t.minute)}:${t.second}${zone}`;
  const [whole, fraction = ''] = t.second.split('.');
  const leap = Number(whole) >= 60;
  const [y, mo, d] = t.date.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(y, mo - 1, d); // not Date.UTC, which reads years 0-99 as 1900-1999
  const minute = t.minute - t.sign * (t.offsetHours * 60 + t.offsetMinutes);
  at.setUTCHours(t.hour, minute, leap ? 59 : Number(whole), leap ? 999 : Number(fraction.padEnd(3, '0').slice(0, 3)));
  return at.toISOString();
}

const isoDate = z.string().refine(isDate, 'must be a date YYYY-MM-DD');
const dateTime = z
  .string()
  .refine((s) => readDateTime(s) !== undefined, 'must be a date-time with seconds and a time zone (RFC 3339)')
  .transform(canonicalDateTime);
const country = z.string().regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1 alpha-2)');

const professionalSchema = z
  .object({
    familyName: text(1),
    givenNames: text(1),
    formerFamilyNames: z.array(z.string()).optional(),
    dateOfBirth: isoDate,
    placeOfBirth: z.string().optional(),
    nationalities: z.array(country).optional(),
  })
  .passthrough();

const decisionSchema = z
  .object({
    measure: z.enum(['prohibition', 'restriction', 'suspension', 'falsified_diploma_finding']),
    decidedOn: isoDate,
    validFrom: isoDate.nullable().optional(),
    validUntil: isoDate.nullable().optional(),
    summary: z.string().optional(),
  })
  .passthrough();

export const alertSchema = z
  .object({
    imiId: text(1, IMI_ID_MAX_CHARS),
    type: z.enum(['restriction', 'falsified_diploma']),
    event: z.enum(['new', 'update', 'withdrawal']),
    /** Stored in canonical spelling (see canonicalDateTime). */
    sentAt: dateTime,
    sendingCountry: country,
    sendingAuthority: z.string().optional(),
    profession: z.string(),
    professionalTitle: z.string().optional(),
    professional: professionalSchema,
    decision: decisionSchema,
  })
  .passthrough();

export type Alert = z.infer<typeof alertSchema>;
export type AlertType = Alert['type'];
export type AlertEvent = Alert['event'];

/** One problem in an alert: a dotted path (arrays by index) and what is wrong. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export type ParsedAlert = { ok: true; alert: Alert } | { ok: false; errors: FieldError[] };

/**
 * Validates one alert. A missing field is named by its own path with the message `required`;
 * every problem is listed, not just the first.
 */
export function parseAlert(value: unknown): ParsedAlert {
  const result = alertSchema.safeParse(value);
  if (result.success) {
    keepProtoKeys(value, result.data);
    return { ok: true, alert: result.data };
  }
  return { ok: false, errors: result.error.issues.map(toFieldError) };
}

/**
 * zod builds its output objects anew and leaves out keys named `__proto__` (assigning one would replace the
 * prototype). The contract keeps unknown properties, so they go back as own data properties, which sets no
 * prototype; values zod passed through unchanged already carry theirs.
 */
function keepProtoKeys(input: unknown, output: unknown): void {
  if (typeof input !== 'object' || input === null || typeof output !== 'object' || output === null || input === output) return;
  if (Object.hasOwn(input, '__proto__') && !Object.hasOwn(output, '__proto__')) {
    const value: unknown = Object.getOwnPropertyDescriptor(input, '__proto__')?.value;
    Object.defineProperty(output, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  }
  for (const key of Object.keys(output)) keepProtoKeys((input as Record<string, unknown>)[key], (output as Record<string, unknown>)[key]);
}

function toFieldError(issue: z.ZodIssue): FieldError {
  const path = issue.path.join('.');
  const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
  if (missing) return { path, message: 'required' };
  if (path === '') return { path: '(root)', message: issue.code === 'invalid_type' ? `must be an object, got ${issue.received}` : issue.message };
  return { path, message: issue.message };
}
