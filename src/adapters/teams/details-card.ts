import type { Case } from '../../domain/case.js';
import { stateLabel } from '../../domain/case-state.js';
import type { RegisterIndex } from '../../domain/matching/index.js';
import type { RelatedCase } from '../../usecases/view-details.js';
import { RELATED_SHOWN } from '../../usecases/view-details.js';
import type { CardJson } from './card-templates.js';
import { expandCard } from './card-templates.js';
import { authorisationText, cardLabels, formatDate, measureName } from './labels.js';
import { reasonTexts } from './reason-texts.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

/**
 * Identity, decision and match evidence of a case, for one permitted person only: sent as the invoke
 * response to *Show details* (or in personal chat), never to a channel.
 */
export function renderDetailsCard(c: Case, register: RegisterIndex, lang: Lang, timeZone: string, related: readonly RelatedCase[] = []): CardJson {
  const nb = lang === 'nb';
  const p = c.alert.professional;
  const d = c.alert.decision;
  const date = (v: string | null | undefined) => (v ? formatDate(v, timeZone, lang) : nb ? 'ikke satt' : 'not set');
  const identity = [
    { name: nb ? 'Etternavn' : 'Family name', value: p.familyName },
    { name: nb ? 'Fornavn' : 'Given names', value: p.givenNames },
    ...(p.formerFamilyNames?.length ? [{ name: nb ? 'Tidligere etternavn' : 'Former family names', value: p.formerFamilyNames.join(', ') }] : []),
    { name: nb ? 'Fødselsdato' : 'Date of birth', value: date(p.dateOfBirth) },
    ...(p.placeOfBirth ? [{ name: nb ? 'Fødested' : 'Place of birth', value: p.placeOfBirth }] : []),
    ...(p.nationalities?.length ? [{ name: nb ? 'Statsborgerskap' : 'Nationalities', value: p.nationalities.join(', ') }] : []),
  ];
  const decision = [
    { name: nb ? 'Tiltak' : 'Measure', value: measureName(d.measure, lang) },
    { name: nb ? 'Vedtatt' : 'Decided on', value: date(d.decidedOn) },
    { name: nb ? 'Gyldig fra' : 'Valid from', value: date(d.validFrom) },
    { name: nb ? 'Gyldig til' : 'Valid until', value: d.validUntil ? date(d.validUntil) : nb ? 'varig / inntil videre' : 'permanent / until further notice' },
    ...(d.summary ? [{ name: nb ? 'Omfang' : 'Scope', value: d.summary }] : []),
    ...(c.alert.sendingAuthority ? [{ name: nb ? 'Avsender' : 'Sending authority', value: c.alert.sendingAuthority }] : []),
  ];
  const candidates = (c.screening?.candidates ?? []).map((k, i) => {
    const person = register.person(k.hprNumber);
    const facts = [
      { name: nb ? 'HPR-nummer' : 'HPR number', value: k.hprNumber },
      ...(person ? [
        { name: nb ? 'Navn i HPR' : 'Name in HPR', value: `${person.givenNames} ${person.familyName}` },
        { name: nb ? 'Fødselsdato' : 'Date of birth', value: date(person.dateOfBirth) },
        { name: nb ? 'Autorisasjoner' : 'Authorisations', value: person.authorisations.map((a) => authorisationText(a, lang)).join(', ') || '–' },
      ] : [{ name: nb ? 'I HPR' : 'In HPR', value: nb ? 'ikke lenger i registeret' : 'no longer in the register' }]),
      { name: nb ? 'Likhet' : 'Score', value: k.score.toFixed(2) },
    ];
    return { heading: `${nb ? 'Kandidat' : 'Candidate'} ${i + 1}${c.confirmedHpr === k.hprNumber ? (nb ? ' (bekreftet)' : ' (confirmed)') : ''}`, facts, reasons: reasonTexts(k, lang).join('; '), hprNumber: k.hprNumber };
  });
  return expandCard('details', {
    title: t(lang, 'detailsTitle', { ref: c.imiId }),
    stateLabel: stateLabel(c.state, lang),
    identity, decision, candidates,
    notes: caseNotes(c, lang, date),
    related: related.slice(0, RELATED_SHOWN).map((r) => ({ text: `${r.imiId}: ${stateLabel(r.state, lang)}` })),
    relatedMore: related.length > RELATED_SHOWN ? (nb ? `… og ${related.length - RELATED_SHOWN} til.` : `… and ${related.length - RELATED_SHOWN} more.`) : '',
    canConfirm: c.state === 'to_verify',
    caseId: c.imiId, version: c.version,
    labels: {
      ...cardLabels(lang),
      professional: nb ? 'Personen i varselet' : 'The professional in the alert',
      decision: nb ? 'Vedtaket' : 'The decision',
      candidates: nb ? 'Kandidater i HPR' : 'Candidates in HPR',
      noCandidates: nb ? 'Ingen i registeret ligner personen i varselet.' : 'Nobody in the register resembles the professional.',
      notes: nb ? 'Saksgang' : 'Case notes',
      related: nb ? 'Andre varsler om samme person i HPR' : 'Other alerts about the same person in HPR',
    },
  });
}

/**
 * What officers recorded on the case: the registry's hand-over note is written for supervision, and reasons
 * may name people, so they are shown here, to one permitted person, and never on a channel card.
 */
function caseNotes(c: Case, lang: Lang, date: (v: string | null | undefined) => string): { name: string; value: string }[] {
  const nb = lang === 'nb';
  const notes: { name: string; value: string }[] = [];
  const add = (nbName: string, enName: string, value: string | undefined): void => {
    if (value) notes.push({ name: nb ? nbName : enName, value });
  };
  add('Ikke samme person', 'Not the same person', c.rejectReason);
  if (c.info?.requestedOn) add('Opplysninger etterspurt', 'Information requested', `${date(c.info.requestedOn)}${c.info.dueOn ? ` (${nb ? 'svarfrist' : 'answer due'} ${date(c.info.dueOn)})` : ''}`);
  if (c.info?.receivedOn) add('Opplysninger mottatt', 'Information received', date(c.info.receivedOn));
  add('Merknad til svaret', 'Note on the answer', c.info?.note);
  add('Merknad ved overlevering', 'Hand-over note', c.handOverNote);
  if (c.proposal) {
    const what = c.proposal.kind === 'escalate' ? `${nb ? 'tilsynssak' : 'supervision case'} ${c.proposal.caseNumber ?? ''}`.trim() : `${nb ? 'avslutte' : 'close'}: ${c.proposal.reason ?? ''}`;
    add('Forslag', 'Proposal', `${what} (${c.proposal.by.name})`);
  }
  add('Forslag avslått', 'Proposal declined', c.declineReason);
  add('Begrunnelse for avslutning', 'Reason for closing', c.state === 'closed_no_action' ? c.outcome?.reason : undefined);
  return notes;
}
