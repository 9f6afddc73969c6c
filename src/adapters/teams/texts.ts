/**
 * Every user-facing text, Norwegian bokmål first, English second. Keys are stable; placeholders are {name}.
 */
export type Lang = 'nb' | 'en';

const nb = {
  cardTitle: 'IMI-varsel {ref}',
  factRef: 'Referanse', factCountry: 'Avsenderland', factProfession: 'Yrke', factType: 'Type varsel',
  factReceived: 'Mottatt', factDeadline: 'Frist', factMatch: 'Treffstatus', factHolder: 'Saksbehandler', factState: 'Status',
  nobody: 'Ingen',
  typeRestriction: 'Begrensning eller forbud (art. 56a(1))', typeFalsified: 'Falske kvalifikasjonsbevis (art. 56a(3))',
  outcomeHit: 'Treff', outcomePossible: 'Mulig treff', outcomeNoHit: 'Ingen treff', outcomePending: 'Ikke screenet ennå',
  foundOnRescreen: 'Funnet ved ny screening etter endring i HPR.',
  outOfOrder: 'Mottatt i feil rekkefølge: oppdatering eller tilbaketrekking kom før selve varselet.',
  imiUpdated: 'Oppdatert i IMI {date}: {fields}.',
  withdrawnNote: 'Varselet er trukket tilbake i IMI. Saken er bevart.',
  due: 'Frist {date}', dueToday: 'Frist i dag ({date})', overdue: 'Forfalt {date} ({days} arbeidsdager)', noDeadline: '–',
  actionClaim: 'Ta saken', actionUnclaim: 'Frigi saken', actionDetails: 'Vis detaljer',
  claimedBy: 'Tatt av {name}',
  noticeOutdated: 'Saken er endret siden dette kortet ble vist (av {name}). Kortet viser nå gjeldende status.',
  noticeAlreadyClaimed: 'Saken er allerede tatt av {name}.',
  noticeNotPermitted: 'Du har ikke tilgang til denne handlingen.',
  noticeInvalidStep: 'Handlingen passer ikke i sakens nåværende status.',
  noticeHeldByOther: 'Saken holdes av {name}. Be om at den blir frigitt eller tildelt deg.',
  noticeNotHolder: 'Bare den som holder saken kan frigi den.',
  noticeOwnProposal: 'Du kan ikke godkjenne ditt eget forslag (fireøyneprinsippet).',
  noticeInvalidInput: 'Ugyldig verdi i feltet {field}: {rule}.',
  noticeNotFound: 'Fant ingen sak med referanse {ref}.',
  noticeDone: 'Registrert.',
  system: 'systemet',
  statusReply: '{ref}: {state}. Saksbehandler: {holder}. Treffstatus: {match}. Frist: {deadline}.',
  statusUsage: 'Skriv «status» og referansen, for eksempel: status IMI-2025-123',
  help: 'Dette kan du spørre om:\n- status <referanse>: status for en sak\n- mine: sakene du holder\n- forfalt: saker over fristen\n- åpne: åpne saker\n- hjelp: denne teksten',
  refused: 'Du har ikke tilgang til dette. Ta kontakt med leder hvis du mener du skal ha tilgang.',
  failed: 'Noe gikk galt hos oss. Prøv igjen om litt; feilen er logget.',
  detailsTitle: 'Detaljer for {ref} (bare synlig for deg)',
  linkSupervisionCard: 'Åpne kortet hos tilsynsavdelingen',
  linkRegistryCard: 'Åpne kortet hos registreringsavdelingen',
  reminderTitle: 'Påminnelse: {ref} har frist {date}',
  reminderLateTitle: 'Påminnelse: {ref} er {days} arbeidsdager over fristen ({date})',
  escalationTitle: 'Over fristen: {ref}, {days} arbeidsdager for sent',
  reminderListRef: 'listen over alarmer uten treff {date}',
  factStep: 'Steg', factDue: 'Frist', factDaysLate: 'Arbeidsdager over fristen', factDepartment: 'Avdeling',
  reminderTo: 'Til {name}: du holder denne saken.',
  openCard: 'Åpne kortet',
  departmentRegistry: 'Registreringsavdelingen', departmentSupervision: 'Tilsynsavdelingen',
  nohitTitle: 'Alarmer uten treff til kontroll {date}',
  nohitIntro: '{count} alarmer endte uten treff i HPR ({period}). Kontroller listen og signer av. Screeningen for hver alarm ligger under «Vis detaljer».',
  nohitEmpty: 'Ingen alarmer endte uten treff ({period}). Ingenting å signere av.',
  nohitProgress: '{signed} av {count} er signert av.',
  nohitMore: '… og {count} til: de vises her når disse er signert av.',
  nohitAllDone: 'Alle {count} er signert av.',
  nohitSignOff: 'Signer av de {count} viste',
  nohitPeriodSince: 'fra {from} til {until}',
  nohitPeriodUntil: 'til og med dagen før {until}',
} as const;

export type TextKey = keyof typeof nb;

const en: Record<TextKey, string> = {
  cardTitle: 'IMI alert {ref}',
  factRef: 'Reference', factCountry: 'Sending country', factProfession: 'Profession', factType: 'Alert type',
  factReceived: 'Received', factDeadline: 'Deadline', factMatch: 'Match status', factHolder: 'Assignee', factState: 'State',
  nobody: 'Nobody',
  typeRestriction: 'Restriction or prohibition (art. 56a(1))', typeFalsified: 'Falsified qualifications (art. 56a(3))',
  outcomeHit: 'Hit', outcomePossible: 'Possible hit', outcomeNoHit: 'No hit', outcomePending: 'Not screened yet',
  foundOnRescreen: 'Found on re-screening after a register change.',
  outOfOrder: 'Received out of order: an update or withdrawal came before the alert itself.',
  imiUpdated: 'Updated in IMI {date}: {fields}.',
  withdrawnNote: 'The alert was withdrawn in IMI. The case is kept.',
  due: 'Due {date}', dueToday: 'Due today ({date})', overdue: 'Overdue since {date} ({days} working days)', noDeadline: '–',
  actionClaim: 'Claim', actionUnclaim: 'Release', actionDetails: 'Show details',
  claimedBy: 'Claimed by {name}',
  noticeOutdated: 'The case changed since this card was shown (by {name}). The card now shows the current state.',
  noticeAlreadyClaimed: 'The case is already claimed by {name}.',
  noticeNotPermitted: 'You are not permitted to do this.',
  noticeInvalidStep: 'This action does not fit the case\'s current state.',
  noticeHeldByOther: 'The case is held by {name}. Ask for it to be released or reassigned to you.',
  noticeNotHolder: 'Only the holder can release the case.',
  noticeOwnProposal: 'You cannot approve your own proposal (four eyes).',
  noticeInvalidInput: 'Invalid value in field {field}: {rule}.',
  noticeNotFound: 'No case with reference {ref}.',
  noticeDone: 'Recorded.',
  system: 'the system',
  statusReply: '{ref}: {state}. Assignee: {holder}. Match status: {match}. Deadline: {deadline}.',
  statusUsage: 'Write "status" and the reference, for example: status IMI-2025-123',
  help: 'You can ask:\n- status <reference>: the status of a case\n- mine: the cases you hold\n- overdue: cases past their deadline\n- open: open cases\n- help: this text',
  refused: 'You do not have access to this. Contact your leader if you think you should.',
  failed: 'Something went wrong on our side. Try again shortly; the error is logged.',
  detailsTitle: 'Details for {ref} (visible to you only)',
  linkSupervisionCard: 'Open the card in supervision',
  linkRegistryCard: 'Open the card in registry',
  reminderTitle: 'Reminder: {ref} is due {date}',
  reminderLateTitle: 'Reminder: {ref} is {days} working days past its deadline ({date})',
  escalationTitle: 'Overdue: {ref}, {days} working days late',
  reminderListRef: 'the list of alerts without a hit of {date}',
  factStep: 'Step', factDue: 'Due', factDaysLate: 'Working days late', factDepartment: 'Department',
  reminderTo: 'To {name}: you hold this case.',
  openCard: 'Open the card',
  departmentRegistry: 'Registry department', departmentSupervision: 'Supervision department',
  nohitTitle: 'Alerts without a hit to sign off {date}',
  nohitIntro: '{count} alerts ended without a hit in HPR ({period}). Check the list and sign off. Each alert\'s screening is under "Show details".',
  nohitEmpty: 'No alerts ended without a hit ({period}). Nothing to sign off.',
  nohitProgress: '{signed} of {count} signed off.',
  nohitMore: '… and {count} more: they show here once these are signed off.',
  nohitAllDone: 'All {count} are signed off.',
  nohitSignOff: 'Sign off the {count} shown',
  nohitPeriodSince: 'from {from} to {until}',
  nohitPeriodUntil: 'up to the day before {until}',
};

const TEXTS: Record<Lang, Record<TextKey, string>> = { nb, en };

export function t(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXTS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A user's Teams locale to our language: nb, nn and no map to Norwegian bokmål, everything else to English. */
export function langOfLocale(locale: string | undefined, fallback: Lang): Lang {
  if (!locale) return fallback;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'nb' || primary === 'nn' || primary === 'no' ? 'nb' : 'en';
}
