import { greekKey, skeleton } from './fold.js';

/**
 * Given names that are the same name in another form: Greek formal names and their everyday short forms.
 * Transliteration variants of each (Yiorgos, Panayiotis) are covered by greekKey, so one spelling is enough.
 * Kept to forms that a person really goes by; generic nicknames across languages would merge siblings.
 */
const GROUPS: readonly (readonly string[])[] = [
  // Men
  ['georgios', 'giorgos', 'george', 'georgis', 'yorgos', 'jorgos', 'georgos'],
  ['dimitrios', 'dimitris', 'mitsos', 'takis', 'demetrius', 'mimis'],
  ['konstantinos', 'kostas', 'kostis', 'konstantin', 'constantine', 'dinos', 'kotsos', 'ntinos'],
  ['nikolaos', 'nikos', 'nikolas', 'nicholas', 'nikolis'],
  ['ioannis', 'giannis', 'yannis', 'giannakis', 'jannis', 'ioannes'],
  ['panagiotis', 'panos', 'notis', 'takis', 'panagis'],
  ['vasileios', 'vasilis', 'vasos', 'basil', 'vasilios'],
  ['christos', 'christakis'],
  ['evangelos', 'vangelis', 'vaggelis', 'evangelis'],
  ['athanasios', 'thanasis', 'sakis', 'thanos', 'nasos'],
  ['spyridon', 'spyros', 'spiros'],
  ['charalampos', 'charalambos', 'haralambos', 'babis', 'bambis', 'charis', 'lambros'],
  ['theodoros', 'thodoris', 'theodore', 'thodoros'],
  ['michail', 'michalis', 'michael', 'mihalis'],
  ['emmanouil', 'manolis', 'manos', 'emmanuel', 'manousos'],
  ['stylianos', 'stelios'],
  ['anastasios', 'tasos', 'sakis'],
  ['eleftherios', 'lefteris'],
  ['alexandros', 'alexis', 'alekos', 'alexander'],
  ['apostolos', 'tolis', 'lakis'],
  ['grigorios', 'grigoris', 'gregory'],
  ['efstathios', 'stathis'],
  ['efstratios', 'stratos', 'stratis'],
  ['stavros', 'stavrakis'],
  ['antonios', 'antonis', 'tonis'],
  ['petros', 'petrakis'],
  ['sotirios', 'sotiris'],
  ['gerasimos', 'makis', 'gerasimakis'],
  ['ilias', 'elias', 'iliass'],
  ['panteleimon', 'pantelis'],
  ['fotios', 'fotis'],
  ['stamatios', 'stamatis'],
  ['aristeidis', 'aris'],
  ['kyriakos', 'kyriakis'],
  ['andreas', 'andrikos'],
  ['prodromos', 'makis'],
  // Women
  ['aikaterini', 'katerina', 'katina', 'catherine', 'kaiti', 'ekaterini', 'katia'],
  ['eleni', 'elena', 'lena', 'helen', 'helena', 'elenitsa'],
  ['ioanna', 'joanna', 'gianna', 'yianna'],
  ['vasiliki', 'vaso', 'vicky', 'kiki', 'vasso'],
  ['panagiota', 'giota', 'yiota', 'panagiou', 'panayota'],
  ['konstantina', 'ntina', 'dina', 'kostoula', 'constantina'],
  ['anastasia', 'natasa', 'natasha', 'tasoula', 'sia'],
  ['paraskevi', 'voula', 'evi', 'vivi'],
  ['stavroula', 'voula', 'roula'],
  ['kyriaki', 'koula', 'kiki'],
  ['eirini', 'irini', 'irene', 'rena'],
  ['fotini', 'fotoula', 'fay'],
  ['evangelia', 'evangelina', 'vangelio', 'lia', 'litsa', 'valia'],
  ['angeliki', 'aggeliki', 'kiki'],
  ['dimitra', 'demetra', 'mimi', 'dimi'],
  ['georgia', 'gogo', 'georgoula'],
  ['chrysoula', 'chrysa', 'soula'],
  ['theodora', 'dora'],
  ['sofia', 'sophia', 'sofi'],
  ['alexandra', 'alexia'],
  ['efthymia', 'effie', 'efi'],
  ['eftychia', 'efi'],
  ['despoina', 'despina', 'depy'],
  ['magdalini', 'magda'],
  ['athina', 'athena'],
  ['zoi', 'zoe'],
  ['antonia', 'tonia'],
  ['christina', 'christianna'],
];

/** greekKey(skeleton(name)) → group numbers (a short form such as "kiki" belongs to two groups). */
export const VARIANT_GROUPS: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  GROUPS.forEach((names, group) => {
    for (const name of names) {
      const key = greekKey(skeleton(name));
      const groups = map.get(key) ?? [];
      if (!groups.includes(group)) groups.push(group);
      map.set(key, groups);
    }
  });
  return map;
})();

/** Every key in the same group(s) as `key`, itself included. */
export function variantKeys(key: string): string[] {
  const groups = VARIANT_GROUPS.get(key);
  if (!groups) return [key];
  return keysOf(key, groups);
}

/** Member skeletons as the table spells them → group numbers: a typing error may undo what greekKey folds (nn). */
const SPELLED_GROUPS: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  GROUPS.forEach((names, group) => {
    for (const name of names) map.set(skeleton(name), [...(map.get(skeleton(name)) ?? []), group]);
  });
  return map;
})();

/**
 * Keys of the groups whose members are one typing error from `key` (a short form mistyped: Natasa as Nfatasa),
 * or from `skel` as the table spells them (Giannis typed Gianmnis, whose key no longer folds the double n).
 */
export function variantKeysNear(key: string, near: (a: string, b: string) => boolean, skel?: string): string[] {
  const groups = groupsNear(key, near, skel);
  return groups.length === 0 ? [] : keysOf(key, groups);
}

/** The group numbers variantKeysNear finds. */
export function groupsNear(key: string, near: (a: string, b: string) => boolean, skel?: string): number[] {
  const groups = new Set<number>();
  for (const [other, otherGroups] of VARIANT_GROUPS) if (near(key, other)) for (const g of otherGroups) groups.add(g);
  if (skel !== undefined) for (const [other, otherGroups] of SPELLED_GROUPS) if (near(skel, other)) for (const g of otherGroups) groups.add(g);
  return [...groups];
}

function keysOf(key: string, groups: readonly number[]): string[] {
  const out = new Set<string>([key]);
  for (const [other, otherGroups] of VARIANT_GROUPS) if (otherGroups.some((g) => groups.includes(g))) out.add(other);
  return [...out];
}

// Family-name endings that Greek names have and Nordic ones almost never: Papadopoulos, Georgiou, Nikolaidis.
const GREEK_FAMILY = /(os|ou|is|akis|aki|idi)$/;

/**
 * Whether an alert's names look Greek, so that Greek romanisation noise is worth reading into them: some token
 * (skeleton, fold.ts) ends as Greek family names do. Given names alone do not tell: Elena, Sofia, Helena and
 * Christina are as Norwegian, Spanish or German as Greek.
 */
export function looksGreek(skeletons: readonly string[]): boolean {
  return skeletons.some((t) => t.length >= 5 && GREEK_FAMILY.test(t));
}
