/**
 * Name normalisation. Alerts come from 30 countries and the register keeps or drops diacritics at will, so
 * every comparison happens on folded forms where ø/ö/oe, å/aa, æ/ae, ü/ue, ß/ss and ł/l meet.
 */

// Letters that Unicode decomposition leaves alone, and the Greek alphabet (alerts may carry it untransliterated).
const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h', ŧ: 't',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const COMBINING = /\p{M}/gu;
const APOSTROPHES = /['’`´ʼ]/g;
const NON_LETTERS = /[^a-z]+/;

/** Lower case, diacritics stripped, special letters spelled out; keeps only a-z and separators. */
export function foldText(text: string): string {
  const decomposed = text.toLowerCase().normalize('NFD').replace(COMBINING, '').replace(APOSTROPHES, '');
  let out = '';
  for (const ch of decomposed) out += SPECIAL[ch] ?? ch;
  return out;
}

/** Folded tokens: hyphen, space, dot and comma all separate ("Sæther-Olsen" = "Saether Olsen"). */
export function foldTokens(text: string): string[] {
  return foldText(text).split(NON_LETTERS).filter((t) => t.length > 0);
}

/** A name of several tokens written without its separators (de Vries as devries); undefined for one token. */
export function joinedToken(tokens: readonly string[]): string | undefined {
  return tokens.length > 1 ? tokens.join('') : undefined;
}

/** The tokens of a name and, when it has several, the name written without separators too. */
export function withJoined(tokens: readonly string[]): string[] {
  const joined = joinedToken(tokens);
  return joined === undefined ? [...tokens] : [...tokens, joined];
}

/**
 * The comparison key of a token: transliteration digraphs collapsed (oe→o, ae→a, ue→u) and the doubled letters
 * that stand for one (aa, ss). Other double letters stay: collapsing them turns one typing error into two.
 * (aa, ss) single, so that Sæther/Saether/Sather, Müller/Mueller/Muller, Håkon/Haakon and Strauß/Strauss all meet.
 */
export function skeleton(token: string): string {
  return token.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/aa/g, 'a').replace(/ss/g, 's');
}

/**
 * Greek romanisations differ by system and by habit (Georgios/Yiorgos, Christos/Hristos, Panagiotis/Panayiotis,
 * Dimitrios/Demetrios/Dimitris, Charalampidis/Charalambidis: μπ is mp or b, mb inside a word); this key makes
 * them meet. Applied to the skeleton.
 */
export function greekKey(skel: string): string {
  return skel
    .replace(/ph/g, 'f').replace(/th/g, 't').replace(/[kc]h/g, 'h').replace(/ks/g, 'x').replace(/c/g, 'k')
    .replace(/ng|gk/g, 'g').replace(/b/g, 'v').replace(/^nt/, 'd').replace(/nt/g, 'nd').replace(/^mp/, 'b').replace(/mp/g, 'mv')
    .replace(/gi(?=[aeiou])/g, 'i').replace(/[yj]/g, 'i').replace(/(.)\1+/g, '$1')
    .replace(/ou/g, 'u').replace(/[eo]i/g, 'i').replace(/ai/g, 'e')
    .replace(/(.)\1+/g, '$1').replace(/^demetr/, 'dimitr').replace(/ios$/, 'is');
}

// Feminine endings first (Kowalska, Nováková, Kazlauskienė, Papadopoulou), then masculine ones, longest first.
const FEMININE = ['uviene', 'iene', 'aite', 'yte', 'ute', 'ova', 'ou'];
const MASCULINE = ['os', 'is', 'as', 'es', 'ys', 'us', 'ov', 's'];

function stripOne(stem: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) return stem.slice(0, -suffix.length);
  return stem;
}

function trimStem(stem: string): string {
  let out = stem.length > 3 && stem.endsWith('ek') ? `${stem.slice(0, -2)}k` : stem;
  while (out.length > 3 && 'aeiouy'.includes(out[out.length - 1] ?? '')) out = out.slice(0, -1);
  return out;
}

/**
 * A family name without its gender ending: Kowalski/Kowalska, Novák/Nováková, Jelínek/Jelínková (the Czech
 * fleeting e), Papadopoulos/Papadopoulou, Kazlauskas/Kazlauskienė/Kazlauskaitė, Bērziņš/Bērziņa share a stem.
 * A name has one or two: a feminine ending stripped alone (Tamošytė meets Tamošys) and then a masculine one too
 * (Benešová meets Beneš). Never shorter than three letters.
 */
export function genderStems(skel: string): string[] {
  const feminine = stripOne(skel, FEMININE);
  const once = feminine !== skel ? feminine : stripOne(skel, MASCULINE);
  const twice = stripOne(feminine, MASCULINE);
  return once === twice ? [trimStem(once)] : [...new Set([trimStem(once), trimStem(twice)])];
}

/** Whether two family-name skeletons are gender forms of one name. */
export function shareGenderStem(a: string, b: string): boolean {
  const stems = genderStems(b);
  return genderStems(a).some((s) => stems.includes(s));
}

/** Letters two family names must share at their beginning to be read as one name with another ending. */
export const BEGINNING = 4;
const LONGEST_ENDING = 6;

/**
 * Whether two family-name skeletons differ only in their endings: they share a beginning of at least four
 * letters, covering at least half of the longer, and neither goes on more than six letters past it. That is a
 * gender form with a typing error where its ending is (Kuziūas, a letter short of Kuziūnas, against the
 * register's Kuziūnaitė; Mavridic against Mavridou), which the stems miss: the error falls where they are cut.
 */
export function differInEnding(a: string, b: string): boolean {
  if (a === b) return false;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  const longer = Math.max(a.length, b.length);
  return shared >= BEGINNING && 2 * shared >= longer && longer - shared <= LONGEST_ENDING;
}

/** The keys under which family names meet across gender forms and Greek romanisations at once. */
export function familyKeys(skel: string): string[] {
  const keys = genderStems(skel).map(greekKey);
  return keys.length > 1 && keys[0] === keys[1] ? [keys[0] as string] : keys;
}

// Particles that one country writes and another drops ("van der Berg" / "Berg"); never the whole name.
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'da', 'das', 'dos', 'do', 'di', 'del', 'della', 'la', 'le', 'von', 'zu', 'ter', 'ten', 'y', 'e', 'af', 'av']);

export function isParticle(token: string): boolean {
  return PARTICLES.has(token);
}
