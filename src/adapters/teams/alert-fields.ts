import type { Lang } from './texts.js';

/**
 * Names of the alert's fields as people say them, for the card line that tells what an IMI update changed.
 * Only the field's name is ever shown, never its value: a changed family name reads "etternavn".
 */
const FIELDS: Readonly<Record<string, { readonly nb: string; readonly en: string }>> = {
  'professional.familyName': { nb: 'etternavn', en: 'family name' },
  'professional.givenNames': { nb: 'fornavn', en: 'given names' },
  'professional.formerFamilyNames': { nb: 'tidligere etternavn', en: 'former family names' },
  'professional.dateOfBirth': { nb: 'fødselsdato', en: 'date of birth' },
  'professional.placeOfBirth': { nb: 'fødested', en: 'place of birth' },
  'professional.nationalities': { nb: 'statsborgerskap', en: 'nationalities' },
  professional: { nb: 'andre personopplysninger', en: 'other personal details' },
  'decision.measure': { nb: 'tiltak', en: 'measure' },
  'decision.decidedOn': { nb: 'vedtaksdato', en: 'decision date' },
  'decision.validFrom': { nb: 'gyldig fra', en: 'valid from' },
  'decision.validUntil': { nb: 'gyldig til', en: 'valid until' },
  'decision.summary': { nb: 'omfang', en: 'scope' },
  decision: { nb: 'andre opplysninger om vedtaket', en: 'other details of the decision' },
  type: { nb: 'type varsel', en: 'alert type' },
  sendingCountry: { nb: 'avsenderland', en: 'sending country' },
  sendingAuthority: { nb: 'avsender', en: 'sending authority' },
  profession: { nb: 'yrke', en: 'profession' },
  professionalTitle: { nb: 'yrkestittel', en: 'professional title' },
};

/** What every IMI event changes by itself: not news on a card. */
const ENVELOPE = new Set(['event', 'sentAt', 'imiId']);

const OTHER = { nb: 'andre felt', en: 'other fields' };
const NOTHING = { nb: 'ingen endring i innholdet', en: 'no change in content' };

/**
 * The changed fields of an update (dotted paths, arrays by index) as a list people read: each by its name,
 * the closest known parent standing in for unknown or indexed paths, each named once, in the order given.
 */
export function changedFieldsText(paths: readonly string[], lang: Lang): string {
  const names: string[] = [];
  for (const path of paths) {
    if (ENVELOPE.has(path)) continue;
    const name = (labelOf(path) ?? OTHER)[lang];
    if (!names.includes(name)) names.push(name);
  }
  return names.length ? names.join(', ') : NOTHING[lang];
}

function labelOf(path: string): { nb: string; en: string } | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const label = FIELDS[parts.slice(0, n).join('.')];
    if (label) return label;
  }
  return undefined;
}
