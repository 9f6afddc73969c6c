import { memoize } from '../../domain/memo.js';
import type { ScreeningOutcome } from '../../domain/matching/index.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

const PROFESSIONS: Record<string, { nb: string; en: string }> = {
  doctor: { nb: 'Lege', en: 'Doctor' },
  nurse: { nb: 'Sykepleier', en: 'Nurse' },
  dentist: { nb: 'Tannlege', en: 'Dentist' },
  pharmacist: { nb: 'Farmasøyt', en: 'Pharmacist' },
  midwife: { nb: 'Jordmor', en: 'Midwife' },
  physiotherapist: { nb: 'Fysioterapeut', en: 'Physiotherapist' },
  psychologist: { nb: 'Psykolog', en: 'Psychologist' },
};

export function professionName(profession: string, lang: Lang): string {
  return PROFESSIONS[profession.toLowerCase()]?.[lang] ?? profession;
}

const MEASURES: Record<string, { nb: string; en: string }> = {
  prohibition: { nb: 'Forbud mot å utøve yrket', en: 'Prohibition of practice' },
  restriction: { nb: 'Begrensning av retten til å utøve yrket', en: 'Restriction of practice' },
  suspension: { nb: 'Suspensjon', en: 'Suspension' },
  falsified_diploma_finding: { nb: 'Falske kvalifikasjonsbevis funnet', en: 'Falsified evidence of qualifications found' },
};

/** The decision's measure (spec/imi-alert.schema.json) in the reader's language, with its code beside it. */
export function measureName(measure: string, lang: Lang): string {
  const name = MEASURES[measure]?.[lang];
  return name ? `${name} (${measure})` : measure;
}

const AUTHORISATION_STATUSES: Record<string, { nb: string; en: string }> = {
  active: { nb: 'aktiv', en: 'active' },
  suspended: { nb: 'suspendert', en: 'suspended' },
  revoked: { nb: 'tilbakekalt', en: 'revoked' },
  expired: { nb: 'utløpt', en: 'expired' },
};

/** A register authorisation as a person reads it: "Lege: aktiv". */
export function authorisationText(a: { profession: string; status: string }, lang: Lang): string {
  return `${professionName(a.profession, lang)}: ${AUTHORISATION_STATUSES[a.status]?.[lang] ?? a.status}`;
}

const displayNames = { nb: new Intl.DisplayNames(['nb'], { type: 'region' }), en: new Intl.DisplayNames(['en'], { type: 'region' }) };

// Intl.DisplayNames looks the name up in ICU's data on every call, and every card shows the country.
export const countryName = memoize(regionName, (code, lang) => `${lang} ${code}`, 1_024);

function regionName(code: string, lang: Lang): string {
  try {
    return `${displayNames[lang].of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}

export function matchLabel(outcome: ScreeningOutcome | undefined, lang: Lang): string {
  if (outcome === 'hit') return t(lang, 'outcomeHit');
  if (outcome === 'possible') return t(lang, 'outcomePossible');
  if (outcome === 'no_hit') return t(lang, 'outcomeNoHit');
  return t(lang, 'outcomePending');
}

/** Building an Intl.DateTimeFormat costs far more than formatting with one: keep one per language and zone. */
const dateFormat = memoize(
  (lang: Lang, timeZone: string) => new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { timeZone, day: '2-digit', month: lang === 'nb' ? '2-digit' : 'short', year: 'numeric' }),
  (lang, timeZone) => `${lang} ${timeZone}`,
);

/**
 * A date (YYYY-MM-DD) or an instant, as people read it: 24.11.2026 in Norwegian, 24 Nov 2026 in English.
 * Remembered: formatting goes through ICU each time, and a card shows several dates, mostly the same few days.
 */
export const formatDate = memoize(formatDateNow, (value, timeZone, lang) => `${lang} ${timeZone} ${value}`);

function formatDateNow(value: string, timeZone: string, lang: Lang): string {
  const instant = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  const zone = value.length === 10 ? 'UTC' : timeZone;
  return dateFormat(lang, zone).format(instant);
}

export function cardLabels(lang: Lang): Record<string, string> {
  const nb = lang === 'nb';
  return {
    claim: t(lang, 'actionClaim'), unclaim: t(lang, 'actionUnclaim'), showDetails: t(lang, 'actionDetails'),
    rejectMatch: nb ? 'Ikke samme person' : 'Not the same person',
    confirmMatch: nb ? 'Bekreft treff' : 'Confirm match',
    requestInfo: nb ? 'Opplysninger etterspurt i IMI' : 'Information requested in IMI',
    infoReceived: nb ? 'Opplysninger mottatt' : 'Information received',
    handOver: nb ? 'Overfør til tilsynsavdelingen' : 'Hand over to supervision',
    escalate: nb ? 'Foreslå tilsynssak' : 'Propose supervision case',
    close: nb ? 'Foreslå avslutning uten tiltak' : 'Propose closing without action',
    approve: nb ? 'Godkjenn forslaget' : 'Approve the proposal',
    decline: nb ? 'Avslå forslaget' : 'Decline the proposal',
    reassign: nb ? 'Tildel saken' : 'Reassign',
    reason: nb ? 'Begrunnelse' : 'Reason',
    reasonRule: nb ? 'Skriv 5 til 1000 tegn.' : 'Write 5 to 1,000 characters.',
    requestedOn: nb ? 'Dato forespørselen ble sendt i IMI' : 'Date the request was sent in IMI',
    receivedOn: nb ? 'Dato svaret kom' : 'Date the answer arrived',
    dateRule: nb ? 'Velg en dato som ikke er i fremtiden.' : 'Pick a date that is not in the future.',
    note: nb ? 'Merknad (valgfri)' : 'Note (optional)',
    caseNumber: nb ? 'Saksnummer i arkivet' : 'Archive case number',
    caseNumberRule: nb ? 'Skriv saksnummeret som ÅÅÅÅ/nnnnn, for eksempel 2026/12345.' : 'Write the case number as YYYY/nnnnn, e.g. 2026/12345.',
    assignee: nb ? 'Saksbehandler' : 'Officer',
    assigneeRule: nb ? 'Velg en saksbehandler.' : 'Choose an officer.',
  };
}
