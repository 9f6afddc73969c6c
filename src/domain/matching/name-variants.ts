import { greekKey, skeleton } from './fold.js';

/**
 * Given names that are the same name in another form: Greek formal names and their everyday short forms.
 * Transliteration variants of each (Yiorgos, Panayiotis) are covered by greekKey, so one spelling is enough.
 * Kept to forms that a person really goes by; generic nicknames across languages would merge siblings.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['georgios', 'giorgos', 'george', 'georgis'],
  ['dimitrios', 'dimitris', 'mitsos', 'takis'],
  ['konstantinos', 'kostas', 'kostis', 'konstantin', 'dinos', 'kotsos'],
  ['nikolaos', 'nikos', 'nikolas'],
  ['ioannis', 'giannis', 'yannis', 'giannakis'],
  ['panagiotis', 'panos', 'notis'],
  ['vasileios', 'vasilis', 'vasos', 'basil'],
  ['christos', 'christakis'],
  ['evangelos', 'vangelis', 'vaggelis'],
  ['athanasios', 'thanasis', 'sakis', 'thanos'],
  ['spyridon', 'spyros'],
  ['charalampos', 'charalambos', 'babis', 'bambis', 'charis'],
  ['theodoros', 'thodoris', 'theodore'],
  ['michail', 'michalis', 'michael'],
  ['emmanouil', 'manolis', 'manos', 'emmanuel'],
  ['stylianos', 'stelios'],
  ['anastasios', 'tasos'],
  ['eleftherios', 'lefteris'],
  ['alexandros', 'alexis', 'alekos'],
  ['apostolos', 'tolis'],
  ['grigorios', 'grigoris'],
  ['efstathios', 'stathis'],
  ['stavros', 'stavrakis'],
  ['antonios', 'antonis', 'tonis'],
  ['petros', 'petrakis'],
  ['sotirios', 'sotiris'],
  ['aikaterini', 'katerina', 'katina'],
  ['eleni', 'elena', 'lena', 'helen', 'helena'],
  ['vasiliki', 'vaso', 'vicky', 'kiki'],
  ['panagiota', 'giota', 'panagiou'],
  ['konstantina', 'ntina', 'dina', 'kostoula'],
  ['anastasia', 'natasa', 'tasoula', 'sia'],
  ['paraskevi', 'voula', 'evi', 'vivi'],
  ['kyriaki', 'koula'],
  ['fotini', 'fotoula', 'fay'],
  ['evangelia', 'vangelio', 'litsa'],
  ['angeliki', 'aggeliki', 'kiki'],
  ['dimitra', 'mimi'],
  ['georgia', 'gogo'],
  ['chrysoula', 'chrysa', 'soula'],
  ['theodora', 'dora'],
  ['alexandra', 'alexia'],
  ['efthymia', 'effie'],
  ['zoi', 'zoe'],
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

/** Keys of the groups whose members are one typing error from `key` (a short form mistyped: Natasa as Nfatasa). */
export function variantKeysNear(key: string, near: (a: string, b: string) => boolean): string[] {
  const groups = new Set<number>();
  for (const [other, otherGroups] of VARIANT_GROUPS) if (near(key, other)) for (const g of otherGroups) groups.add(g);
  return groups.size === 0 ? [] : keysOf(key, [...groups]);
}

function keysOf(key: string, groups: readonly number[]): string[] {
  const out = new Set<string>([key]);
  for (const [other, otherGroups] of VARIANT_GROUPS) if (otherGroups.some((g) => groups.includes(g))) out.add(other);
  return [...out];
}
