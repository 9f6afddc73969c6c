import type { Case, Officer } from '../../domain/case.js';
import type { RefusalCode } from '../../domain/case-commands.js';
import type { Notice } from './case-card.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

/** The rules an input can break (codes from card-verbs.ts and the domain), as the presser reads them. */
const RULES: Record<string, { nb: string; en: string }> = {
  required: { nb: 'må fylles ut', en: 'is required' },
  invalid: { nb: 'har feil form', en: 'has the wrong form' },
  text: { nb: 'må være tekst', en: 'must be text' },
  date: { nb: 'må være en dato (ÅÅÅÅ-MM-DD)', en: 'must be a date (YYYY-MM-DD)' },
  version: { nb: 'må være et positivt heltall', en: 'must be a positive whole number' },
  length_5_1000: { nb: 'må være 5 til 1000 tegn', en: 'must be 5 to 1000 characters' },
  max_1000: { nb: 'kan være høyst 1000 tegn', en: 'must be at most 1000 characters' },
  max_64: { nb: 'kan være høyst 64 tegn', en: 'must be at most 64 characters' },
  hpr_number: { nb: 'må være et HPR-nummer (bare sifre)', en: 'must be an HPR number (digits only)' },
  case_number: { nb: 'må ha formen 2026/12345', en: 'must look like 2026/12345' },
  list: { nb: 'må være en liste med referanser', en: 'must be a list of references' },
  list_empty: { nb: 'må nevne minst ett varsel', en: 'must name at least one alert' },
  list_long: { nb: 'kan nevne høyst 1000 varsler', en: 'must name at most 1000 alerts' },
  not_on_list: { nb: 'ett eller flere varsler står ikke på denne listen', en: 'one or more alerts are not on this list' },
  in_future: { nb: 'datoen kan ikke være i fremtiden', en: 'the date cannot be in the future' },
  before_requested: { nb: 'datoen kan ikke være før forespørselen ble sendt', en: 'the date cannot be before the request was sent' },
  not_a_candidate: { nb: 'personen er ikke blant kandidatene', en: 'the person is not among the candidates' },
  not_in_department: { nb: 'personen er ikke saksbehandler i avdelingen som har saken', en: 'the person is not an officer of the department that has the case' },
};

/** What each input is called on the card, beside its id (the id is what spec/card-actions.md names). */
const FIELDS: Record<string, { nb: string; en: string }> = {
  caseId: { nb: 'saksreferanse', en: 'case reference' },
  version: { nb: 'kortversjon', en: 'card version' },
  assignee: { nb: 'saksbehandler', en: 'officer' },
  hprNumber: { nb: 'HPR-nummer', en: 'HPR number' },
  reason: { nb: 'begrunnelse', en: 'reason' },
  requestedOn: { nb: 'dato forespørselen ble sendt', en: 'date the request was sent' },
  dueOn: { nb: 'svarfrist', en: 'answer due' },
  receivedOn: { nb: 'dato svaret kom', en: 'date the answer came' },
  note: { nb: 'merknad', en: 'note' },
  caseNumber: { nb: 'saksnummer', en: 'case number' },
  caseIds: { nb: 'varsler', en: 'alerts' },
  listId: { nb: 'liste', en: 'list' },
};

/** "Ugyldig verdi i feltet reason (begrunnelse): må være 5 til 1000 tegn.", in the presser's language. */
export function invalidInputNotice(lang: Lang, detail: { field?: string; rule?: string }): Notice {
  const field = detail.field ?? '?';
  const label = FIELDS[field]?.[lang];
  return {
    text: t(lang, 'noticeInvalidInput', { field: label && label !== field ? `${field} (${label})` : field, rule: RULES[detail.rule ?? '']?.[lang] ?? detail.rule ?? '?' }),
    color: 'Attention',
  };
}

function nameOf(by: Officer | 'system' | undefined, lang: Lang): string {
  if (!by) return '?';
  return by === 'system' ? t(lang, 'system') : by.name;
}

/** The line a refused or outdated press gets on the card it is answered with, in the presser's language. */
export function refusalNotice(code: RefusalCode | 'not_found', lang: Lang, c: Case | undefined, detail: { by?: Officer | 'system'; field?: string; rule?: string } = {}): Notice {
  switch (code) {
    case 'outdated': return { text: t(lang, 'noticeOutdated', { name: nameOf(detail.by ?? c?.lastChange.by, lang) }), color: 'Warning' };
    case 'already_claimed': return { text: t(lang, 'noticeAlreadyClaimed', { name: nameOf(detail.by, lang) }), color: 'Warning' };
    case 'held_by_other': return { text: t(lang, 'noticeHeldByOther', { name: nameOf(detail.by, lang) }), color: 'Warning' };
    case 'not_permitted': return { text: t(lang, 'noticeNotPermitted'), color: 'Attention' };
    case 'invalid_step': return { text: t(lang, 'noticeInvalidStep'), color: 'Attention' };
    case 'not_holder': return { text: t(lang, 'noticeNotHolder'), color: 'Attention' };
    case 'own_proposal': return { text: t(lang, 'noticeOwnProposal'), color: 'Attention' };
    case 'invalid_input': return invalidInputNotice(lang, detail);
    case 'not_found': return { text: t(lang, 'noticeNotFound', { ref: c?.imiId ?? '?' }), color: 'Attention' };
  }
}
