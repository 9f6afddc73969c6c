import type { CountryNames } from './country-names.js';
import {
  BALTIC_FEMALE, BALTIC_MALE, GREEK_FEMALE, GREEK_MALE, HUNGARIAN_FEMALE, HUNGARIAN_MALE, kit, ROMANIAN_FEMALE, ROMANIAN_MALE,
  SLAVIC_FEMALE, SLAVIC_MALE,
} from './name-tails.js';

/** Central and eastern European names with their frequencies (per 10,000); family names in their masculine form. */
export const POLAND: CountryNames = {
  code: 'PL',
  surnames: `Nowak 53 Kowalski 36 Wiśniewski 29 Wójcik 26 Kowalczyk 25 Kamiński 25 Lewandowski 24 Zieliński 23 Szymański 23
    Woźniak 23 Dąbrowski 22 Kozłowski 20 Jankowski 18 Mazur 18 Wojciechowski 17 Kwiatkowski 17 Krawczyk 17 Kaczmarek 16
    Piotrowski 16 Grabowski 15 Zając 15 Pawłowski 15 Michalski 15 Król 15 Wieczorek 14 Jabłoński 14 Wróbel 14
    Nowakowski 14 Majewski 14 Olszewski 13 Stępień 13 Malinowski 13 Jaworski 13 Adamczyk 13 Dudek 13 Nowicki 12
    Pawlak 12 Górski 12 Witkowski 12 Walczak 12`,
  male: `Piotr 200 Krzysztof 200 Andrzej 190 Tomasz 160 Paweł 150 Jan 160 Michał 140 Marcin 130 Stanisław 120 Jakub 110
    Adam 110 Marek 110 Łukasz 100 Grzegorz 100 Mateusz 90 Wojciech 90 Mariusz 80 Dariusz 80 Zbigniew 80 Jerzy 90
    Tadeusz 80 Józef 80 Kazimierz 70 Ryszard 70 Rafał 70 Robert 70 Jacek 70 Janusz 70`,
  female: `Anna 300 Maria 280 Katarzyna 210 Małgorzata 200 Agnieszka 180 Barbara 150 Ewa 150 Krystyna 140 Elżbieta 140
    Magdalena 120 Joanna 130 Zofia 100 Monika 100 Danuta 100 Aleksandra 80 Teresa 100 Irena 90 Beata 90 Janina 90
    Jadwiga 80 Dorota 80 Halina 80 Jolanta 80 Iwona 70 Karolina 70 Marta 70 Grażyna 60 Justyna 60`,
  surnameTail: kit(`Bar Bie Bor Brz Chm Czar Dąb Gór Gra Jab Jan Kam Kli Kos Koz Kra Kwi Lew Lip Mal Maj Mic Ols Ost Pio Rud Sad
    Sik Sob Szc Tom Was Wil Wit Woj Zal Zaw Zie Żur Dom`, '- a e o ie in ow ew el ar', 'ski cki ak czyk ek owicz uk ka'),
  maleTail: SLAVIC_MALE,
  femaleTail: SLAVIC_FEMALE,
  doubleGiven: 0.15,
  feminine: (name) => name.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka'),
};

export const CZECHIA: CountryNames = {
  code: 'CZ',
  surnames: `Novák 66 Svoboda 50 Novotný 48 Dvořák 43 Černý 36 Procházka 31 Kučera 29 Veselý 27 Horák 24 Němec 22 Marek 20
    Pokorný 20 Pospíšil 20 Hájek 19 Jelínek 19 Král 18 Růžička 18 Beneš 17 Fiala 16 Sedláček 16 Doležal 16 Zeman 15
    Kolář 15 Navrátil 15 Čermák 14 Vaněk 13 Urban 13 Blažek 13 Kříž 13 Kratochvíl 12 Kovář 12 Bartoš 12 Vlček 12
    Polák 12 Musil 12 Kopecký 11 Šimek 11 Konečný 11 Malý 11 Holub 11`,
  male: `Jiří 490 Jan 460 Petr 430 Josef 360 Pavel 340 Martin 330 Tomáš 290 Jaroslav 250 Miroslav 240 Zdeněk 210 Václav 200
    Michal 210 František 190 Jakub 190 Milan 180 Karel 180 Lukáš 180 David 160 Vladimír 150 Ladislav 130`,
  female: `Jana 530 Marie 500 Eva 300 Hana 280 Anna 250 Lenka 210 Kateřina 200 Věra 160 Lucie 160 Alena 170 Petra 170
    Jaroslava 130 Tereza 120 Zuzana 130 Michaela 120 Ludmila 120 Helena 120 Martina 150 Ivana 120 Jitka 110`,
  surnameTail: kit(`Nov Svob Dvoř Čern Proch Kuč Ves Hor Něm Pokor Pospíš Háj Jelín Král Růž Beneš Fial Sedl Dolež Zem Kol
    Navrát Čerm Van Urb Blaž Kříž Kratoch Kov Bart Vlč Pol Mus Kopeck Šim Konečn Mal Hol Bláh Stan`, '- a o í',
  'ák ý ek a íček ka ál ovský ický ec'),
  maleTail: SLAVIC_MALE,
  femaleTail: SLAVIC_FEMALE,
  doubleGiven: 0.05,
  feminine: (name) => (/ý$/.test(name) ? name.replace(/ý$/, 'á') : /a$/.test(name) ? `${name.slice(0, -1)}ová` : /ek$/.test(name) ? `${name.slice(0, -2)}ková` : `${name}ová`),
};

export const LITHUANIA: CountryNames = {
  code: 'LT',
  surnames: `Kazlauskas 50 Jankauskas 40 Petrauskas 40 Stankevičius 35 Vasiliauskas 33 Žukauskas 30 Butkus 28 Paulauskas 27
    Urbonas 26 Kavaliauskas 25 Baranauskas 24 Pocius 23 Sakalauskas 22 Navickas 21 Rimkus 20 Kairys 20 Balčiūnas 18
    Adomaitis 18 Ramanauskas 18 Vaitkus 18 Mockus 17 Savickas 17 Žilinskas 16 Marcinkevičius 16 Lukoševičius 15`,
  male: `Jonas 250 Antanas 170 Vytautas 150 Darius 140 Andrius 140 Tomas 180 Mantas 130 Paulius 120 Marius 120 Lukas 100
    Aurimas 80 Rimantas 100 Algirdas 100 Juozas 120 Povilas 80 Mindaugas 100 Saulius 90 Gediminas 80 Kęstutis 80 Arūnas 80`,
  female: `Ona 200 Rasa 150 Kristina 150 Jurgita 120 Laura 120 Irena 140 Daiva 120 Rūta 120 Asta 110 Inga 110 Vilma 100
    Gintarė 90 Janina 100 Aldona 90 Danutė 90 Lina 100 Agnė 80 Eglė 80 Aušra 90`,
  surnameTail: kit(`Kazl Jank Petr Stank Vasil Žuk Butk Paul Urbon Kaval Baran Poc Sakal Navick Rimk Kair Balč Adom Raman Vaitk
    Mock Savick Žilinsk Marcink Lukoš Grig Jon Mik Tamoš Stas Dom Bal Jurg Kuz Bagd`, '- i',
  'auskas evičius aitis as ūnas inskas onis ys us ulis'),
  maleTail: BALTIC_MALE,
  femaleTail: BALTIC_FEMALE,
  doubleGiven: 0.05,
  feminine: (name, married) => {
    if (/ius$/.test(name)) return `${name.slice(0, -3)}${married ? 'ienė' : 'iūtė'}`;
    const stem = name.replace(/(as|is|ys|us)$/, '');
    if (married) return `${stem}ienė`;
    if (name.endsWith('as')) return `${stem}aitė`;
    if (name.endsWith('us')) return `${stem}ūtė`;
    return `${stem}ytė`;
  },
};

export const LATVIA: CountryNames = {
  code: 'LV',
  surnames: `Bērziņš 100 Kalniņš 70 Ozoliņš 65 Jansons 60 Ozols 55 Liepiņš 50 Krūmiņš 45 Balodis 45 Eglītis 40 Zariņš 40
    Pētersons 38 Vītols 36 Kļaviņš 35 Kārkliņš 33 Vanags 33 Lapiņš 30 Siliņš 30 Grīnbergs 28 Āboliņš 28 Feldmanis 26`,
  male: `Jānis 400 Andris 230 Māris 180 Juris 160 Aivars 140 Aleksandrs 130 Mārtiņš 130 Edgars 130 Kārlis 120 Guntis 120
    Sergejs 120 Andrejs 120 Artūrs 100 Roberts 90 Dmitrijs 90`,
  female: `Ilze 180 Inese 160 Anna 150 Kristīne 150 Līga 140 Dace 130 Sandra 120 Anita 120 Jeļena 120 Inga 110 Laura 100
    Ieva 100 Marija 100 Zane 100 Elīna 90 Santa 80`,
  surnameTail: kit(`Bērz Kaln Ozol Jans Liep Krūm Balod Eglīt Zar Pēters Vīt Kļav Kārkl Van Lap Sil Grīnberg Ābol Feldman Priež Celm
    Dūm Sprog Strazd Zvaigzn Mež Lūk Līc Rudz Kup`, '-', 'iņš s ons is ējs'),
  maleTail: BALTIC_MALE,
  femaleTail: BALTIC_FEMALE,
  doubleGiven: 0.03,
  feminine: (name) => name.replace(/š$/, 'a').replace(/ons$/, 'one').replace(/ējs$/, 'ēja').replace(/is$/, 'e').replace(/s$/, 'a'),
};

export const HUNGARY: CountryNames = {
  code: 'HU',
  surnames: `Nagy 240 Kovács 220 Tóth 200 Szabó 190 Horváth 170 Varga 120 Kiss 120 Molnár 100 Németh 100 Farkas 90 Balogh 90
    Papp 70 Takács 60 Juhász 60 Lakatos 60 Mészáros 60 Oláh 60 Simon 50 Rácz 50 Fekete 50 Szilágyi 45 Török 45 Fehér 45
    Balázs 45 Gál 40 Kis 40 Szűcs 40 Kocsis 40 Orsós 35 Pintér 35`,
  male: `László 400 István 380 József 340 János 300 Zoltán 270 Sándor 240 Gábor 230 Ferenc 230 Attila 200 Péter 200
    Tamás 180 Zsolt 160 Tibor 150 András 140 Csaba 130 Imre 120 Lajos 120 György 120 Balázs 100 Béla 100`,
  female: `Mária 400 Erzsébet 320 Katalin 240 Éva 200 Ilona 200 Anna 180 Zsuzsanna 180 Andrea 160 Margit 150 Judit 150
    Ágnes 140 Erika 140 Krisztina 140 Magdolna 110 Julianna 100 Edit 100 Gabriella 100 Szilvia 100 Anita 100 Irén 80`,
  surnameTail: kit(`Bod Csonk Deák Erdős Fodor Gulyás Halász Illés Jakab Kelemen Lengyel Magyar Nyár Orbán Pásztor Sárköz Somogy
    Szalai Szekeres Szénás Tamás Vass Vincze Vörös Zsigmond Bakó Bíró Boros Bud Csizmad Dudás Fazekas Föld Gáspár Hegedűs
    Kántor Katona Kozma Lukács Major`, '-', '- i y ffy ó ás es'),
  maleTail: HUNGARIAN_MALE,
  femaleTail: HUNGARIAN_FEMALE,
  doubleGiven: 0.1,
};

export const ROMANIA: CountryNames = {
  code: 'RO',
  surnames: `Popa 100 Popescu 95 Pop 90 Radu 60 Dumitru 55 Stan 50 Stoica 45 Gheorghe 45 Matei 40 Ciobanu 40 Ionescu 35
    Rusu 35 Constantin 35 Mihai 33 Munteanu 32 Moldovan 32 Ștefan 30 Lungu 30 Marin 30 Tudor 29 Ene 28 Florea 28 Dinu 27
    Ion 27 Toma 25 Georgescu 25 Barbu 25 Sandu 24 Nistor 24 Stanciu 23 Dobre 23 Ilie 23 Neagu 22 Lazăr 22 Oprea 22
    Dumitrescu 20 Petrescu 20 Rădulescu 18`,
  male: `Ion 450 Gheorghe 350 Vasile 350 Constantin 300 Mihai 250 Nicolae 250 Alexandru 230 Andrei 200 Ioan 200 Florin 180
    Adrian 180 Cristian 180 Dumitru 180 Marian 170 Daniel 170 Ștefan 150 Ionuț 150 Bogdan 130 Dan 120 Gabriel 120 Petru 100
    Costel 100`,
  female: `Maria 500 Elena 450 Ioana 250 Ana 230 Mihaela 200 Andreea 180 Cristina 180 Mariana 180 Gabriela 150 Daniela 150
    Alexandra 130 Viorica 130 Georgeta 120 Simona 100 Marioara 100 Adriana 100 Rodica 100 Ionela 100 Nicoleta 100
    Florentina 90 Camelia 80 Ștefania 60`,
  surnameTail: kit(`Ion Pop Rad Dumitr Stan Stoic Gheorgh Mat Ciob Rus Constantin Mih Munt Mold Ștef Lung Mar Tud En Flor Din Tom
    Barb Sand Nist Dobr Il Neag Laz Opr Petr Cost Vasil Nicol Pavel Grigor Andrei Băl Caz Chir`, '-',
  'escu eanu u a ache ici aru oiu an uț'),
  maleTail: ROMANIAN_MALE,
  femaleTail: ROMANIAN_FEMALE,
  doubleGiven: 0.25,
};

export const GREECE: CountryNames = {
  code: 'GR',
  surnames: `Papadopoulos 40 Georgiou 25 Papadakis 20 Oikonomou 20 Papageorgiou 20 Vasileiou 20 Nikolaidis 18 Karagiannis 18
    Papanikolaou 17 Dimitriou 17 Ioannidis 17 Makris 16 Pappas 16 Konstantinidis 15 Christodoulou 15 Alexiou 15
    Antoniou 15 Theodorou 14 Athanasiou 13 Panagiotopoulos 12 Georgiadis 12 Konstantinou 12 Nikolaou 12
    Papadimitriou 12 Papaioannou 12 Michailidis 11 Dimopoulos 11 Vlachos 11 Ioannou 11 Angelopoulos 10`,
  male: `Georgios 850 Ioannis 750 Konstantinos 650 Dimitrios 600 Nikolaos 550 Panagiotis 400 Vasileios 350 Christos 350
    Athanasios 300 Michail 250 Evangelos 250 Spyridon 200 Antonios 200 Alexandros 150 Charalampos 150 Theodoros 150
    Anastasios 130 Emmanouil 130 Stylianos 120 Eleftherios 120 Apostolos 120 Stavros 100 Petros 100 Sotirios 80`,
  female: `Maria 1000 Eleni 600 Aikaterini 500 Vasiliki 350 Sofia 300 Georgia 300 Angeliki 250 Dimitra 250 Ioanna 250
    Eirini 220 Konstantina 200 Paraskevi 200 Anastasia 200 Evangelia 200 Panagiota 200 Christina 150 Kyriaki 150
    Athina 120 Despoina 120 Chrysoula 100`,
  surnameTail: kit(`Papa Georgi Nikola Dimitri Ioann Konstanti Christodoul Alexi Antoni Theodor Athanasi Panagiot Michail Vasil
    Karagian Oikonom Stavr Papp Makr Vlach Angel Spyr Kyriak Manol Lambr Tsak Kour Zerv Galan Sider Karal Mavr Kost Petr
    Andre Chatzi Kara Triant Xen Lazar`, '-', 'opoulos idis akis ou is as os atos oglou'),
  maleTail: GREEK_MALE,
  femaleTail: GREEK_FEMALE,
  doubleGiven: 0.02,
  feminine: (name) => name.replace(/os$/, 'ou').replace(/idis$/, 'idou').replace(/is$/, 'i').replace(/as$/, 'a'),
};
