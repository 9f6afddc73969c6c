import type { ReasonCode } from '../../domain/matching/index.js';
import { REASON_CODES } from '../../domain/matching/index.js';
import type { Lang } from './texts.js';

/** The screening's reason codes as a Norwegian officer reads them; English is the engine's own text. */
const NB: Record<ReasonCode, string> = {
  dob_equal: 'fødselsdato lik',
  dob_swapped: 'fødselsdato med dag og måned byttet om',
  dob_one_digit: 'fødselsdato ulik i ett siffer',
  dob_swapped_one_digit: 'fødselsdato med dag og måned byttet om og ett siffer ulikt',
  family_equal: 'etternavn likt',
  family_transliterated: 'etternavn likt etter omskriving eller uten diakritiske tegn (oe = ø, aa = å, ss = ß)',
  family_variant: 'etternavn i en annen latinsk skrivemåte (gresk omskriving)',
  family_gender_form: 'etternavn i mannlig eller kvinnelig form (-ski/-ska, -ová, -opoulos/-opoulou, -as/-ienė)',
  family_typo: 'etternavn med én skrivefeil',
  family_form_typo: 'etternavn i den andre kjønnsformen eller skrivemåten, og med én skrivefeil i tillegg',
  family_joined: 'etternavn likt når mellomrom og bindestrek er tatt bort (de Vries = deVries)',
  family_one_of_several: 'ett av flere etternavn, eller et forledd utelatt',
  family_partial: 'bare noen av etternavnene stemmer, andre er ulike',
  family_former_name: 'etternavnet stemmer med et tidligere etternavn (pikenavn)',
  given_equal: 'fornavn like',
  given_transliterated: 'fornavn likt etter omskriving eller uten diakritiske tegn',
  given_variant: 'fornavn i en annen form (kortform eller gresk omskriving)',
  given_typo: 'fornavn med én skrivefeil',
  given_form_typo: 'fornavn i en annen form (kortform eller gresk omskriving), og med én skrivefeil i tillegg',
  given_middle_dropped: 'første fornavn stemmer; et mellomnavn mangler på den ene siden',
  given_middle_initial: 'første fornavn stemmer; et mellomnavn er oppgitt som forbokstav',
  given_middle_differs: 'første fornavn stemmer; mellomnavnene er ulike',
  given_initial_only: 'første fornavn er bare kjent ved forbokstaven',
  given_other_names: 'fornavnene stemmer unntatt det første: den ene siden har bare navnet personen bruker (Olav for Morten Olav)',
  names_swapped: 'fornavn og etternavn byttet om',
};

/**
 * A candidate's reasons in the reader's language, from its stable codes. A candidate stored without codes
 * (none is, since screening has always written them) keeps the engine's English sentences.
 */
export function reasonTexts(candidate: { readonly codes?: readonly string[]; readonly reasons: readonly string[] }, lang: Lang): string[] {
  const codes = candidate.codes ?? [];
  if (codes.length === 0 || !codes.every((c) => c in REASON_CODES)) return [...candidate.reasons];
  return codes.map((c) => (lang === 'nb' ? NB[c as ReasonCode] : REASON_CODES[c as ReasonCode]));
}
