import { isCalendarDate, parseBirthDate } from './birth-date.js';
import type { Authorisation, RegisterPerson } from './types.js';

/**
 * One JSONL line of the register snapshot (spec/register.md), checked by hand rather than with zod: a million
 * rows have to load in seconds, and these few fields are all the engine relies on.
 */
export type ParsedRegisterLine =
  | { ok: true; person: RegisterPerson; /** Parts left out of a row that is kept (an authorisation off the format). */ leftOut?: string[] }
  | { ok: false; error: string };

const STATUSES = new Set(['active', 'suspended', 'revoked', 'expired']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** An ISO date that names a day of the calendar: 1980-02-30 and 1981-02-29 are not dates. */
function isDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && isCalendarDate(parseBirthDate(value));
}

function dateOrNull(value: unknown): value is string | null {
  return value === null || value === undefined || isDate(value);
}

function authorisation(value: unknown, i: number): Authorisation | string {
  if (typeof value !== 'object' || value === null) return `authorisations[${i}] must be an object`;
  const a = value as Record<string, unknown>;
  if (!isText(a.profession)) return `authorisations[${i}].profession must be a non-empty string`;
  if (typeof a.status !== 'string' || !STATUSES.has(a.status)) return `authorisations[${i}].status must be active, suspended, revoked or expired`;
  if (!dateOrNull(a.validFrom)) return `authorisations[${i}].validFrom must be a date or null`;
  if (!dateOrNull(a.validUntil)) return `authorisations[${i}].validUntil must be a date or null`;
  return {
    profession: a.profession,
    status: a.status as Authorisation['status'],
    validFrom: (a.validFrom as string | null | undefined) ?? null,
    validUntil: (a.validUntil as string | null | undefined) ?? null,
  };
}

export function parseRegisterLine(line: string): ParsedRegisterLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'not a JSON object' };
  const row = value as Record<string, unknown>;
  if (!isText(row.hprNumber)) return { ok: false, error: 'hprNumber must be a non-empty string' };
  if (!isText(row.familyName)) return { ok: false, error: 'familyName must be a non-empty string' };
  if (!isText(row.givenNames)) return { ok: false, error: 'givenNames must be a non-empty string' };
  if (typeof row.dateOfBirth !== 'string' || !ISO_DATE.test(row.dateOfBirth)) return { ok: false, error: 'dateOfBirth must be a date YYYY-MM-DD' };
  // Reasons name the field and the rule, never the value: they go to logs, where birth dates may not.
  if (!isDate(row.dateOfBirth)) return { ok: false, error: 'dateOfBirth is not a day of the calendar' };
  const former = row.formerFamilyNames ?? [];
  if (!Array.isArray(former) || !former.every((f) => typeof f === 'string')) return { ok: false, error: 'formerFamilyNames must be an array of strings' };
  // Screening needs the identity alone, and a person whose authorisation is off the format (a status the
  // register has added since, say) must still be found: the authorisation is left out and reported, not the person.
  const rawAuthorisations = row.authorisations ?? [];
  const leftOut: string[] = [];
  const authorisations: Authorisation[] = [];
  if (!Array.isArray(rawAuthorisations)) leftOut.push('authorisations must be an array');
  else {
    for (const [i, raw] of rawAuthorisations.entries()) {
      const parsed = authorisation(raw, i);
      if (typeof parsed === 'string') leftOut.push(parsed);
      else authorisations.push(parsed);
    }
  }
  return {
    ok: true,
    ...(leftOut.length > 0 ? { leftOut } : {}),
    person: {
      hprNumber: row.hprNumber,
      familyName: row.familyName,
      givenNames: row.givenNames,
      formerFamilyNames: former.filter((f: string) => f.trim().length > 0),
      dateOfBirth: row.dateOfBirth,
      authorisations,
    },
  };
}
