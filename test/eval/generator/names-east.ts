import type { CountryNames } from './country-names.js';

/** Central and eastern European names, most frequent first; family names in their masculine form. */
export const POLAND: CountryNames = {
  code: 'PL',
  surnames: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański',
    'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Wojciechowski', 'Kwiatkowski', 'Krawczyk', 'Kaczmarek',
    'Piotrowski', 'Grabowski', 'Zając', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Nowakowski', 'Majewski', 'Olszewski'],
  male: ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Jan', 'Michał', 'Marcin', 'Stanisław', 'Jakub', 'Adam', 'Marek', 'Łukasz', 'Grzegorz', 'Mateusz', 'Wojciech'],
  female: ['Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Elżbieta', 'Magdalena', 'Joanna', 'Zofia', 'Monika', 'Danuta', 'Aleksandra'],
  doubleGiven: 0.15,
  feminine: (name) => name.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka'),
};

export const CZECHIA: CountryNames = {
  code: 'CZ',
  surnames: ['Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Pokorný',
    'Marek', 'Pospíšil', 'Hájek', 'Jelínek', 'Král', 'Růžička', 'Beneš', 'Fiala', 'Sedláček'],
  male: ['Jiří', 'Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav', 'Michal', 'František', 'Jakub'],
  female: ['Marie', 'Jana', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Věra', 'Lucie', 'Alena', 'Petra', 'Jaroslava', 'Tereza', 'Zuzana'],
  doubleGiven: 0.05,
  feminine: (name) => (/ý$/.test(name) ? name.replace(/ý$/, 'á') : /a$/.test(name) ? `${name.slice(0, -1)}ová` : /ek$/.test(name) ? `${name.slice(0, -2)}ková` : `${name}ová`),
};

export const LITHUANIA: CountryNames = {
  code: 'LT',
  surnames: ['Kazlauskas', 'Jankauskas', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Paulauskas',
    'Urbonas', 'Kavaliauskas', 'Baranauskas', 'Pocius', 'Sakalauskas', 'Navickas', 'Rimkus', 'Kairys', 'Balčiūnas', 'Adomaitis'],
  male: ['Jonas', 'Tomas', 'Mantas', 'Darius', 'Andrius', 'Vytautas', 'Paulius', 'Marius', 'Antanas', 'Lukas', 'Aurimas', 'Rimantas'],
  female: ['Ona', 'Rasa', 'Kristina', 'Jurgita', 'Laura', 'Irena', 'Daiva', 'Rūta', 'Asta', 'Inga', 'Vilma', 'Gintarė'],
  doubleGiven: 0.05,
  feminine: (name, married) => {
    const stem = name.replace(/(as|is|ys|us)$/, '');
    if (married) return `${stem}ienė`;
    if (name.endsWith('as')) return `${stem}aitė`;
    if (name.endsWith('us')) return `${stem}ūtė`;
    return `${stem}ytė`;
  },
};

export const LATVIA: CountryNames = {
  code: 'LV',
  surnames: ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Jansons', 'Ozols', 'Liepiņš', 'Krūmiņš', 'Balodis', 'Eglītis', 'Zariņš', 'Pētersons', 'Vītols', 'Kļaviņš', 'Kārkliņš'],
  male: ['Jānis', 'Andris', 'Edgars', 'Māris', 'Aivars', 'Juris', 'Kārlis', 'Guntis', 'Artūrs', 'Roberts'],
  female: ['Anna', 'Kristīne', 'Inese', 'Ilze', 'Līga', 'Laura', 'Dace', 'Sandra', 'Ieva', 'Elīna'],
  doubleGiven: 0.03,
  feminine: (name) => name.replace(/š$/, 'a').replace(/is$/, 'e').replace(/s$/, 'a'),
};

export const HUNGARY: CountryNames = {
  code: 'HU',
  surnames: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Takács', 'Juhász', 'Lakatos', 'Mészáros', 'Oláh', 'Simon', 'Rácz', 'Fekete'],
  male: ['László', 'István', 'József', 'János', 'Zoltán', 'Sándor', 'Gábor', 'Ferenc', 'Attila', 'Péter', 'Tamás', 'Zsolt'],
  female: ['Mária', 'Erzsébet', 'Katalin', 'Éva', 'Ilona', 'Anna', 'Zsuzsanna', 'Margit', 'Judit', 'Ágnes', 'Andrea', 'Erika'],
  doubleGiven: 0.1,
};

export const ROMANIA: CountryNames = {
  code: 'RO',
  surnames: ['Popa', 'Popescu', 'Pop', 'Radu', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Ionescu', 'Rusu', 'Constantin', 'Mihai', 'Munteanu', 'Moldovan', 'Ștefan', 'Lungu', 'Marin', 'Tudor'],
  male: ['Ion', 'Gheorghe', 'Vasile', 'Constantin', 'Alexandru', 'Mihai', 'Andrei', 'Ștefan', 'Nicolae', 'Florin', 'Adrian', 'Cristian', 'Ionuț', 'Bogdan'],
  female: ['Maria', 'Elena', 'Ioana', 'Ana', 'Mihaela', 'Andreea', 'Cristina', 'Gabriela', 'Alexandra', 'Daniela', 'Florentina', 'Ștefania', 'Răzvana', 'Simona'],
  doubleGiven: 0.25,
};

export const GREECE: CountryNames = {
  code: 'GR',
  surnames: ['Papadopoulos', 'Papadakis', 'Georgiou', 'Oikonomou', 'Papageorgiou', 'Vasileiou', 'Nikolaidis', 'Karagiannis',
    'Papanikolaou', 'Dimitriou', 'Ioannidis', 'Makris', 'Pappas', 'Konstantinidis', 'Christodoulou', 'Alexiou', 'Antoniou', 'Theodorou', 'Athanasiou', 'Panagiotopoulos'],
  male: ['Georgios', 'Ioannis', 'Konstantinos', 'Dimitrios', 'Nikolaos', 'Panagiotis', 'Vasileios', 'Christos', 'Athanasios', 'Michail', 'Evangelos', 'Spyridon', 'Antonios', 'Charalampos', 'Theodoros', 'Emmanouil', 'Stylianos', 'Eleftherios'],
  female: ['Maria', 'Eleni', 'Aikaterini', 'Vasiliki', 'Sofia', 'Angeliki', 'Georgia', 'Dimitra', 'Konstantina', 'Paraskevi', 'Anastasia', 'Ioanna', 'Evangelia', 'Panagiota', 'Christina', 'Kyriaki'],
  doubleGiven: 0.02,
  feminine: (name) => name.replace(/os$/, 'ou').replace(/is$/, 'i').replace(/as$/, 'a'),
};
