import type { Case } from '../../domain/case.js';
import { stateLabel } from '../../domain/case-state.js';
import type { RegisterIndex } from '../../domain/matching/index.js';
import type { CardJson } from './card-templates.js';
import { expandCard } from './card-templates.js';
import { cardLabels, formatDate } from './labels.js';
import { reasonTexts } from './reason-texts.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

/**
 * Identity, decision and match evidence of a case, for one permitted person only: sent as the invoke
 * response to *Show details* (or in personal chat), never to a channel.
 */
export function renderDetailsCard(c: Case, register: RegisterIndex, lang: Lang, timeZone: string): CardJson {
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
    { name: nb ? 'Tiltak' : 'Measure', value: d.measure },
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
        { name: nb ? 'Autorisasjoner' : 'Authorisations', value: person.authorisations.map((a) => `${a.profession}: ${a.status}`).join(', ') || '–' },
      ] : [{ name: nb ? 'I HPR' : 'In HPR', value: nb ? 'ikke lenger i registeret' : 'no longer in the register' }]),
      { name: nb ? 'Likhet' : 'Score', value: k.score.toFixed(2) },
    ];
    return { heading: `${nb ? 'Kandidat' : 'Candidate'} ${i + 1}${c.confirmedHpr === k.hprNumber ? (nb ? ' (bekreftet)' : ' (confirmed)') : ''}`, facts, reasons: reasonTexts(k, lang).join('; '), hprNumber: k.hprNumber };
  });
  return expandCard('details', {
    title: t(lang, 'detailsTitle', { ref: c.imiId }),
    stateLabel: stateLabel(c.state, lang),
    identity, decision, candidates,
    canConfirm: c.state === 'to_verify',
    caseId: c.imiId, version: c.version,
    labels: {
      ...cardLabels(lang),
      professional: nb ? 'Personen i varselet' : 'The professional in the alert',
      decision: nb ? 'Vedtaket' : 'The decision',
      candidates: nb ? 'Kandidater i HPR' : 'Candidates in HPR',
      noCandidates: nb ? 'Ingen i registeret ligner personen i varselet.' : 'Nobody in the register resembles the professional.',
    },
  });
}
