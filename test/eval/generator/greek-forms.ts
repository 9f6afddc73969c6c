/** Greek given names in their formal form, short forms and romanisations, as alerts and registers write them. */
export const GREEK_FORMS: readonly (readonly string[])[] = [
  ['Georgios', 'Giorgos', 'Yiorgos', 'Yorgos'], ['Ioannis', 'Giannis', 'Yannis'], ['Konstantinos', 'Kostas', 'Constantinos', 'Konstandinos'],
  ['Dimitrios', 'Dimitris', 'Demetrios'], ['Nikolaos', 'Nikos', 'Nicolaos'], ['Panagiotis', 'Panayiotis', 'Panos'], ['Vasileios', 'Vasilis', 'Vassilis', 'Vasilios'],
  ['Christos', 'Hristos'], ['Athanasios', 'Thanasis', 'Thanassis', 'Sakis'], ['Michail', 'Michalis', 'Mihail'], ['Evangelos', 'Vangelis', 'Evaggelos'],
  ['Spyridon', 'Spyros', 'Spiros'], ['Antonios', 'Antonis'], ['Charalampos', 'Charalambos', 'Haralambos', 'Babis'], ['Theodoros', 'Thodoris'],
  ['Emmanouil', 'Manolis', 'Emmanuel'], ['Stylianos', 'Stelios', 'Stilianos'], ['Eleftherios', 'Lefteris'], ['Apostolos', 'Tolis'], ['Gerasimos', 'Makis'],
  ['Eleni', 'Elena', 'Helen'], ['Aikaterini', 'Katerina', 'Ekaterini', 'Catherine'], ['Vasiliki', 'Vaso', 'Vassiliki', 'Vicky'], ['Sofia', 'Sophia'], ['Angeliki', 'Aggeliki'],
  ['Dimitra', 'Demetra'], ['Konstantina', 'Ntina', 'Dina'], ['Paraskevi', 'Voula', 'Evi'], ['Anastasia', 'Natasa'], ['Ioanna', 'Joanna'],
  ['Evangelia', 'Evaggelia', 'Lia', 'Litsa', 'Evangelina'], ['Panagiota', 'Giota', 'Panayiota', 'Yiota'], ['Christina', 'Hristina'], ['Kyriaki', 'Kiriaki', 'Koula'],
  ['Georgia', 'Yeorgia'], ['Eirini', 'Irini', 'Irene'], ['Stavroula', 'Voula'], ['Theodora', 'Dora'], ['Chrysoula', 'Chrysa'],
];

const folded = (name: string): string => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** Whether two given names are forms of one Greek name (Georgios, Giorgos, Yiorgos). */
export function isGreekVariant(a: string, b: string): boolean {
  return GREEK_FORMS.some((group) => {
    const names = group.map(folded);
    return names.includes(folded(a)) && names.includes(folded(b));
  });
}
