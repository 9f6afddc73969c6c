import type { CountryNames } from './country-names.js';
import { GERMANIC_FEMALE, GERMANIC_MALE, kit, NORDIC_FEMALE, NORDIC_MALE } from './name-tails.js';

/**
 * Nordic, German and Dutch names with their frequencies (per 10,000; see CountryNames). A 1,000,000-row register
 * that is about three quarters Norwegian holds some 6,000 Hansens and a few hundred Anne Hansens, as HPR does.
 */
export const NORWAY: CountryNames = {
  code: 'NO',
  surnames: `Hansen 92 Johansen 89 Olsen 85 Larsen 66 Andersen 65 Pedersen 61 Nilsen 58 Kristiansen 40 Jensen 40 Karlsen 35
    Johnsen 33 Pettersen 32 Eriksen 31 Berg 29 Haugen 25 Hagen 25 Johannessen 24 Andreassen 22 Jacobsen 20 Dahl 20
    Jørgensen 19 Halvorsen 19 Henriksen 18 Lund 18 Sørensen 17 Jakobsen 17 Moen 17 Gundersen 16 Iversen 16 Strand 16
    Solberg 15 Svendsen 15 Eide 15 Knutsen 14 Martinsen 14 Paulsen 14 Bakken 14 Kristoffersen 14 Mathisen 13 Lie 13
    Amundsen 12 Nguyen 12 Rasmussen 12 Ali 12 Lunde 12 Solheim 11 Berge 11 Moe 11 Nygård 11 Bakke 11 Kristensen 11
    Fredriksen 10 Holm 10 Lien 10 Hauge 10 Christensen 10 Andresen 10 Nielsen 10 Knudsen 10 Evensen 10 Sæther 9 Aas 9
    Myhre 9 Hanssen 9 Ahmed 9 Haugland 9 Thomassen 9 Sivertsen 9 Simonsen 9 Danielsen 9 Berntsen 8 Sandvik 8
    Rønning 8 Arnesen 8 Antonsen 8 Næss 8 Vik 8 Haug 8 Ellingsen 8 Thorsen 8 Edvardsen 7 Birkeland 7 Isaksen 7
    Gulbrandsen 7 Ruud 7 Aasen 7 Strøm 7 Myklebust 7 Tangen 7 Ødegård 7 Eliassen 7 Helland 7 Bøe 6 Jenssen 6
    Aune 6 Mikkelsen 6 Tveit 6 Brekke 6 Abrahamsen 6 Madsen 6 Hussain 6 Khan 6 Mohamed 6 Tran 5 Le 3 Østby 5 Håland 5
    Kvalheim 4 Grønvold 4 Løken 5`,
  male: `Jan 180 Per 130 Bjørn 120 Ole 110 Lars 110 Kjell 100 Knut 100 Arne 95 Svein 95 Thomas 90 Hans 85 Geir 85 Tor 85
    Morten 80 Terje 75 Odd 75 Erik 75 Martin 75 Andreas 75 John 70 Anders 70 Rune 70 Trond 70 Tore 65 Jon 65 Harald 60
    Håkon 55 Kristian 55 Espen 55 Stian 50 Magnus 50 Øyvind 50 Jørgen 45 Sindre 40 Eirik 45 Henrik 45 Fredrik 45
    Sander 35 Even 30 Ola 45 Sigurd 40 Asbjørn 40 Gunnar 45 Steinar 45 Vegard 40 Aksel 25 Mathias 35 Jonas 35 Emil 35
    Tobias 30 Petter 40 Kåre 40 Helge 40 Leif 45 Roger 45 Frode 45 Arild 40 Kenneth 40 Stein 40 Alexander 45 Daniel 45
    Marius 40 Ivar 35 Olav 40 Einar 35 Nils 45 Dag 35 Eivind 35 Tom 40 Kim 30 Erling 30 Sverre 30 Robert 35 Ali 15 Mohammad 15`,
  female: `Anne 150 Inger 120 Kari 110 Marit 100 Ingrid 95 Liv 90 Eva 85 Berit 75 Astrid 75 Bjørg 70 Hilde 70 Anna 70
    Solveig 65 Marianne 65 Randi 60 Ida 60 Nina 60 Maria 60 Elisabeth 55 Kristin 55 Bente 50 Heidi 50 Silje 50 Hanne 50
    Gro 45 Tone 45 Ragnhild 45 Camilla 45 Ingeborg 45 Sigrid 40 Åse 40 Ellen 40 Turid 40 Marte 40 Ingvild 40 Siri 40
    Line 40 Sissel 40 Mona 40 Grete 40 Torill 40 Vibeke 35 Therese 35 Julie 40 Nora 35 Emma 35 Tuva 30 Guro 30
    Synnøve 30 Sunniva 30 Karin 35 Hege 35 Trine 35 Lene 35 Kristine 35 Ann 30 Laila 30 Unni 30 Monica 30 Wenche 30
    Aud 30 Gunn 30 Elin 35 Cecilie 30 Mari 35 Stine 30 Marie 35 Ane 20 Anette 30 Linda 30`,
  surnameTail: kit(`Bjør Grøn Lang Sol Øst Vest Nord Sand Fjell Li Holm Hau Stor Bakk Ås Myr Tveit Løv Ek Bru Dal Vik Skog Berg
    Rød Kvam Hov Sæt Bø Hjelm Aa Ber Blom Brå Eng Fos Gjerd Hag Hel Hol Hus Kjøl Kleiv Kval Lund Mo Mel Nes Nyg Rust Sel
    Sjø Skar Sten Strøm Sund Tang Tor Ulv Vat Vold Ør`, '- e s er en',
  `nes land by haug stad vik dal rud li heim aker bø gård vold set seth moen åsen bakken lund berg strand eng voll hus
    tun rem mo myr øy bekk fjord rød sæter hagen lie tveit stø holt`),
  maleTail: NORDIC_MALE,
  femaleTail: NORDIC_FEMALE,
  doubleGiven: 0.35,
  doubleSurname: 0.06,
};

export const SWEDEN: CountryNames = {
  code: 'SE',
  surnames: `Andersson 220 Johansson 220 Karlsson 200 Nilsson 160 Eriksson 130 Larsson 110 Olsson 100 Persson 95 Svensson 90
    Gustafsson 90 Pettersson 90 Jonsson 60 Jansson 50 Hansson 45 Bengtsson 40 Jönsson 35 Lindberg 30 Jakobsson 30
    Magnusson 30 Lindström 30 Olofsson 28 Lindqvist 27 Lindgren 26 Berg 25 Axelsson 25 Bergström 25 Lundberg 25 Lind 24
    Lundgren 23 Lundqvist 22 Mattsson 22 Berglund 21 Fredriksson 20 Sandberg 20 Henriksson 20`,
  male: `Lars 180 Mikael 160 Anders 150 Johan 140 Erik 150 Per 120 Karl 120 Peter 110 Thomas 100 Jan 100 Daniel 100 Fredrik 90
    Hans 90 Bengt 80 Andreas 90 Stefan 80 Mats 70 Magnus 70 Björn 60 Nils 60 Göran 60 Åke 50 Bo 60 Gustav 50 Alexander 70
    Marcus 50 Jonas 50 Mattias 50 Henrik 60 Ulf 50`,
  female: `Maria 230 Anna 220 Margareta 100 Elisabeth 100 Eva 110 Kristina 90 Birgitta 90 Karin 100 Marie 70 Ingrid 60
    Christina 60 Linnéa 60 Sofia 60 Kerstin 70 Lena 70 Helena 60 Emma 60 Johanna 50 Inger 50 Sara 60 Cecilia 50 Elin 50
    Anita 50 Malin 50 Ulla 40 Åsa 40 Märta 30`,
  surnameTail: kit(`Lind Berg Sjö Ek Ahl Holm Ny Dahl Fors Öst Sand Wall Hed Sund Lund Strand Åker Ström Björk Gran Alm Asp Bäck
    Blom Ceder Eng Fager Gull Hag Hall Hass Kull Lilje Löf Malm Norr Nord Palm Ros Sköld Stål Söder Thor Wik Väst Rosen
    Lövg Hell Ham Sten`, '- e',
  'berg ström qvist gren lund holm dahl man sten blad fors stedt mark vall bäck lin ér ling hammar borg gård wall kvist by son'),
  maleTail: NORDIC_MALE,
  femaleTail: NORDIC_FEMALE,
  doubleGiven: 0.3,
};

export const DENMARK: CountryNames = {
  code: 'DK',
  surnames: `Nielsen 450 Jensen 430 Hansen 350 Andersen 290 Pedersen 270 Christensen 200 Larsen 190 Sørensen 170
    Rasmussen 160 Jørgensen 140 Petersen 130 Madsen 110 Kristensen 110 Olsen 90 Thomsen 70 Christiansen 70 Poulsen 60
    Johansen 60 Møller 60 Mortensen 60 Knudsen 40 Jakobsen 40 Jacobsen 35 Mikkelsen 35 Olesen 35 Frederiksen 35
    Laursen 30 Henriksen 30 Lund 30 Schmidt 30`,
  male: `Peter 190 Jens 170 Michael 160 Lars 160 Henrik 150 Thomas 150 Søren 140 Jan 130 Niels 120 Morten 110 Anders 110
    Christian 100 Martin 100 Jesper 90 Mads 80 Rasmus 90 Jørgen 80 Hans 90 Per 70 Ole 80 Kim 60 Poul 60 Erik 70
    Kasper 60 Frederik 50`,
  female: `Kirsten 150 Mette 140 Hanne 130 Anne 120 Helle 110 Anna 100 Susanne 100 Lene 100 Maria 100 Marianne 90
    Lone 80 Camilla 80 Pia 80 Louise 80 Charlotte 80 Tina 70 Gitte 70 Bente 70 Inge 60 Karen 90 Jette 70 Julie 60 Sara 60`,
  surnameTail: kit(`Bjerre Dam Dal Lund Holm Kjær Bak Skov Bech Brandt Bruun Hede Kirke Nør Øster Vester Sønder Fog Gram Hald
    Hvid Kold Lind Munk Rav Ring Sand Steen Strand Toft Vang Vind Kloster Krog Lyk Mølle Ager Bro Fjord Grøn`, '- e',
  'gaard strup rup holm bæk by lund berg sted høj skov mose dal vad toft kær borg hus ing feldt'),
  maleTail: NORDIC_MALE,
  femaleTail: NORDIC_FEMALE,
  doubleGiven: 0.3,
};

export const GERMANY: CountryNames = {
  code: 'DE',
  surnames: `Müller 95 Schmidt 70 Schneider 40 Fischer 35 Weber 30 Meyer 30 Wagner 28 Becker 25 Schulz 25 Hoffmann 25
    Schäfer 20 Koch 20 Bauer 20 Richter 19 Klein 19 Wolf 18 Schröder 17 Neumann 17 Schwarz 16 Zimmermann 16 Braun 15
    Krüger 15 Hofmann 15 Hartmann 14 Lange 14 Schmitt 14 Werner 14 Schmitz 14 Krause 13 Meier 13 Lehmann 13 Schmid 13
    Schulze 12 Maier 12 Köhler 12 Herrmann 12 König 11 Walter 11 Mayer 11 Huber 11 Kaiser 10 Fuchs 10 Peters 10 Lang 10
    Scholz 10 Möller 10 Weiß 10 Jung 10 Hahn 10 Schubert 10 Vogel 9 Friedrich 9 Keller 9 Günther 9 Frank 9 Berger 9
    Winkler 9 Roth 9 Beck 9 Lorenz 9 Baumann 9 Franke 8 Albrecht 8 Schuster 8 Simon 8 Ludwig 8 Böhm 8 Winter 8 Kraus 8
    Martin 8 Schumacher 8 Krämer 8 Vogt 7 Stein 7 Jäger 7 Otto 7 Sommer 7 Groß 7 Seidel 7 Heinrich 7 Brandt 7 Haas 7
    Schreiber 7 Graf 7 Schulte 7 Dietrich 7 Ziegler 7 Kuhn 7 Kühn 7 Pohl 7 Engel 6 Horn 6 Busch 6 Bergmann 6 Thomas 6
    Voigt 6 Sauer 6 Arnold 6 Wolff 6 Pfeiffer 6 Strauß 4 Höfer 3`,
  male: `Peter 160 Michael 160 Thomas 150 Andreas 140 Wolfgang 130 Klaus 120 Jürgen 120 Günter 100 Stefan 120 Christian 110
    Uwe 90 Werner 90 Horst 90 Frank 90 Dieter 80 Manfred 80 Gerhard 80 Hans 80 Bernd 70 Torsten 60 Matthias 80 Martin 80
    Markus 80 Alexander 80 Daniel 70 Sebastian 70 Jörg 60 Helmut 70 Heinz 70 Ralf 60 Lukas 40 Tobias 60 Florian 50 Jan 60`,
  female: `Maria 170 Ursula 140 Monika 130 Petra 120 Elisabeth 110 Sabine 120 Renate 100 Helga 100 Karin 100 Brigitte 100
    Ingrid 90 Erika 90 Andrea 100 Gisela 80 Claudia 90 Susanne 90 Gabriele 80 Christa 70 Christine 80 Hildegard 60
    Anna 80 Birgit 70 Barbara 70 Julia 70 Stefanie 60 Jutta 60 Nicole 70 Katharina 60 Anja 60 Bärbel 40 Katrin 50 Lena 40`,
  surnameTail: kit(`Schön Hof Berg Lin Rosen Stein Wald Feld Wein Eichen Fried Grün Hart Kirch Klein Lang Neu Ober Rhein Schwarz
    Weiß Wiesen Wolf Hagen Heid Holz Kalt Kreuz Löwen Mühl Rot Sonnen Tann Vogel Adler Alt Bach Brunn Dorn Edel Falken
    Gold Haber Kessel Linden Moos Oster Pfeif Reichen Sauer`, '- en er',
  `mann berg feld bach hof stein bauer dorf thal hausen meier müller brunner huber ert inger wald burg ner reiter schmid
    kamp hagen ling`),
  maleTail: GERMANIC_MALE,
  femaleTail: GERMANIC_FEMALE,
  doubleGiven: 0.3,
};

export const NETHERLANDS: CountryNames = {
  code: 'NL',
  surnames: `de_Jong 50 Jansen 45 de_Vries 43 van_den_Berg 36 van_Dijk 35 Bakker 35 Janssen 35 Visser 30 Smit 28 Meijer 25
    de_Boer 24 Mulder 22 de_Groot 22 Bos 22 Vos 20 Peters 19 Hendriks 19 van_Leeuwen 18 Dekker 18 Brouwer 17 de_Wit 16
    Dijkstra 16 Smits 16 de_Graaf 15 van_der_Meer 15 van_der_Linden 14 Kok 14 Jacobs 14 de_Haan 13 Vermeulen 13
    van_den_Heuvel 13 van_der_Veen 13 van_den_Broek 12 de_Bruijn 12 de_Bruin 12 van_der_Heijden 12 Schouten 12
    van_Beek 11 Willems 11 van_Vliet 11`,
  male: `Johannes 200 Jan 180 Cornelis 130 Hendrik 120 Willem 100 Pieter 100 Gerrit 90 Jacobus 90 Adrianus 80 Petrus 80
    Daan 40 Sem 30 Bram 40 Thijs 40 Ruben 50 Joris 30 Mark 70 Peter 80 Dennis 50 Martijn 50 Jeroen 50 Bas 50 Kees 50`,
  female: `Maria 150 Johanna 130 Anna 120 Cornelia 90 Wilhelmina 80 Elisabeth 80 Catharina 70 Hendrika 60 Sanne 50 Lotte 50
    Femke 50 Anouk 40 Eva 50 Fleur 40 Marieke 50 Linda 60 Monique 60 Ingrid 50 Petra 50 Esther 50 Sandra 60 Laura 50`,
  surnameTail: kit('van_de_ van_der_ van_den_ de_ van_ -',
    `Berg Dijk Veen Meer Heuvel Broek Bosch Brink Wal Zand Beek Hoek Laan Vliet Velde Horst Molen Kamp Hout Akker Haar
    Linden Graaf Ven Weerd Loo Ham Leeuwen Wijk Burg Dam Steen Boom Hof Kerk Vaart Rijn Poel Wouden Bergh`, '- er s ink man'),
  maleTail: GERMANIC_MALE,
  femaleTail: GERMANIC_FEMALE,
  doubleGiven: 0.25,
};
