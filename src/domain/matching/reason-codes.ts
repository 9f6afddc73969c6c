/**
 * Stable reason codes on every candidate. Cards translate them; the batch file carries them beside the English
 * reasons. Never rename a code: journals and saved cards refer to them.
 */
export const REASON_CODES = {
  dob_equal: 'birth date equal',
  dob_swapped: 'birth date with day and month swapped',
  dob_one_digit: 'birth date differs in one digit',
  dob_swapped_one_digit: 'birth date with day and month swapped and one digit different',
  family_equal: 'family name equal',
  family_transliterated: 'family name equal after transliteration or dropped diacritics (oe = ø, aa = å, ss = ß)',
  family_variant: 'family name in another romanisation (Greek transliteration)',
  family_gender_form: 'family name in its masculine or feminine form (-ski/-ska, -ová, -opoulos/-opoulou, -as/-ienė)',
  family_typo: 'family name one typing error away',
  family_form_typo: 'family name in its other gender form or romanisation, with one typing error as well',
  family_joined: 'family name equal once spaces and hyphens are left out (de Vries = deVries)',
  family_one_of_several: 'one of several family names, or a particle dropped',
  family_partial: 'only some family names agree and others differ',
  family_former_name: 'family name agrees with a former (maiden) family name',
  given_equal: 'given names equal',
  given_transliterated: 'given name equal after transliteration or dropped diacritics',
  given_variant: 'given name in another form (short form or Greek transliteration)',
  given_typo: 'given name one typing error away',
  given_form_typo: 'given name in another form (short form or Greek romanisation), with one typing error as well',
  given_middle_dropped: 'first given name agrees; a middle name is missing on one side',
  given_middle_initial: 'first given name agrees; a middle name is given as an initial',
  given_middle_differs: 'first given name agrees; middle names differ',
  given_initial_only: 'first given name known only by its initial',
  given_other_names: 'given names agree except the first: one side has only the name the person goes by (Olav for Morten Olav)',
  names_swapped: 'given and family names swapped',
} as const;

export type ReasonCode = keyof typeof REASON_CODES;

/** Every code with its English description, for cards and documentation. */
export const REASON_CODE_LIST: readonly { code: ReasonCode; description: string }[] = Object.entries(REASON_CODES).map(
  ([code, description]) => ({ code: code as ReasonCode, description }),
);
