import type { CountryNames } from './country-names.js';

/**
 * Nordic, Dutch and German names, most frequent first (ranks from national statistics; the generator gives
 * them Zipf weights, so Hansen, Johansen and Olsen fill thousands of rows in a million).
 */
export const NORWAY: CountryNames = {
  code: 'NO',
  surnames: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
    'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
    'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand',
    'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie',
    'Amundsen', 'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke', 'Kristensen',
    'Fredriksen', 'Holm', 'Lien', 'Hauge', 'Christensen', 'Andresen', 'Nielsen', 'Knudsen', 'Evensen', 'Sæther', 'Aas',
    'Myhre', 'Hanssen', 'Ahmed', 'Haugland', 'Thomassen', 'Sivertsen', 'Simonsen', 'Danielsen', 'Berntsen', 'Sandvik',
    'Rønning', 'Arnesen', 'Antonsen', 'Næss', 'Vik', 'Haug', 'Ellingsen', 'Thorsen', 'Edvardsen', 'Birkeland', 'Isaksen',
    'Gulbrandsen', 'Ruud', 'Aasen', 'Strøm', 'Myklebust', 'Tangen', 'Ødegård', 'Eliassen', 'Helland', 'Bøe', 'Jenssen',
    'Aune', 'Mikkelsen', 'Tveit', 'Brekke', 'Abrahamsen', 'Madsen', 'Østby', 'Håland', 'Kvalheim', 'Grønvold', 'Løken'],
  male: ['Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Thomas', 'Hans', 'Geir', 'Tor', 'Morten',
    'Terje', 'Odd', 'Erik', 'Martin', 'Andreas', 'John', 'Anders', 'Rune', 'Trond', 'Tore', 'Jon', 'Harald', 'Håkon',
    'Kristian', 'Espen', 'Stian', 'Magnus', 'Øyvind', 'Jørgen', 'Sindre', 'Eirik', 'Henrik', 'Fredrik', 'Sander', 'Even',
    'Ola', 'Sigurd', 'Asbjørn', 'Gunnar', 'Steinar', 'Vegard', 'Aksel', 'Mathias', 'Jonas', 'Emil', 'Tobias'],
  female: ['Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg', 'Hilde', 'Anna', 'Solveig',
    'Marianne', 'Randi', 'Ida', 'Nina', 'Maria', 'Elisabeth', 'Kristin', 'Bente', 'Heidi', 'Silje', 'Hanne', 'Gro',
    'Tone', 'Ragnhild', 'Camilla', 'Ingeborg', 'Sigrid', 'Åse', 'Ellen', 'Turid', 'Marte', 'Ingvild', 'Siri', 'Tuva',
    'Line', 'Sissel', 'Mona', 'Grete', 'Torill', 'Vibeke', 'Guro', 'Synnøve', 'Sunniva', 'Therese', 'Julie', 'Nora', 'Emma'],
  doubleGiven: 0.35,
  doubleSurname: 0.06,
  syntheticTail: { share: 0.45, first: ['Bjør', 'Grøn', 'Lang', 'Sol', 'Øst', 'Vest', 'Nord', 'Sand', 'Fjell', 'Lie', 'Holm', 'Hau', 'Stor', 'Bakk', 'Ås', 'Myr', 'Tveit', 'Løv', 'Ek', 'Bru', 'Dal', 'Vik', 'Skog', 'Berg', 'Rød', 'Kvam', 'Hov', 'Sæt', 'Bø', 'Hjelm'],
    second: ['nes', 'land', 'by', 'haug', 'stad', 'vik', 'dal', 'rud', 'li', 'heim', 'aker', 'bø', 'gård', 'vold', 'set', 'seth', 'moen', 'åsen', 'bakken', 'lund', 'berg', 'strand', 'eng', 'voll', 'hus', 'tun', 'rem', 'mo', 'myr', 'øy'] },
};

export const SWEDEN: CountryNames = {
  code: 'SE',
  surnames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
    'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström',
    'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lundgren', 'Lind', 'Söderberg'],
  male: ['Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Peter', 'Thomas', 'Jan', 'Daniel', 'Fredrik', 'Hans', 'Bengt', 'Göran', 'Björn', 'Nils', 'Åke', 'Mats', 'Magnus'],
  female: ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Christina', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Marie', 'Malin', 'Birgitta', 'Sofia', 'Linnéa', 'Ulla', 'Elin', 'Johanna', 'Märta', 'Åsa'],
  doubleGiven: 0.3,
};

export const DENMARK: CountryNames = {
  code: 'DK',
  surnames: ['Nielsen', 'Jensen', 'Hansen', 'Andersen', 'Pedersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
    'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen'],
  male: ['Peter', 'Jens', 'Michael', 'Lars', 'Henrik', 'Søren', 'Thomas', 'Jan', 'Niels', 'Morten', 'Anders', 'Jesper', 'Mads', 'Rasmus', 'Christian'],
  female: ['Anne', 'Kirsten', 'Mette', 'Hanne', 'Helle', 'Anna', 'Susanne', 'Lene', 'Maria', 'Marianne', 'Lone', 'Camilla', 'Pia', 'Louise', 'Charlotte'],
  doubleGiven: 0.3,
};

export const GERMANY: CountryNames = {
  code: 'DE',
  surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer',
    'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann',
    'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Köhler', 'Weiß', 'Jäger', 'Groß', 'Strauß', 'Höfer', 'Böhm'],
  male: ['Peter', 'Michael', 'Thomas', 'Andreas', 'Wolfgang', 'Klaus', 'Jürgen', 'Günter', 'Stefan', 'Christian', 'Uwe', 'Werner', 'Matthias', 'Jörg', 'Frank', 'Sebastian', 'Lukas', 'Dieter'],
  female: ['Maria', 'Ursula', 'Monika', 'Petra', 'Elisabeth', 'Sabine', 'Renate', 'Helga', 'Karin', 'Brigitte', 'Gisela', 'Susanne', 'Claudia', 'Jutta', 'Bärbel', 'Anja', 'Katrin', 'Lena'],
  doubleGiven: 0.3,
};

export const NETHERLANDS: CountryNames = {
  code: 'NL',
  surnames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer',
    'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'van der Meer'],
  male: ['Jan', 'Johannes', 'Cornelis', 'Hendrik', 'Pieter', 'Willem', 'Gerrit', 'Jacobus', 'Daan', 'Sem', 'Bram', 'Thijs', 'Ruben', 'Joris'],
  female: ['Maria', 'Johanna', 'Anna', 'Cornelia', 'Wilhelmina', 'Elisabeth', 'Sanne', 'Lotte', 'Femke', 'Anouk', 'Eva', 'Fleur', 'Marieke'],
  doubleGiven: 0.25,
};
