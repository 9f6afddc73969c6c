import type { CountryNames } from './country-names.js';
import { kit, ROMANCE_FEMALE, ROMANCE_MALE } from './name-tails.js';

/**
 * Southern European names with their frequencies (per 10,000). Spanish and Portuguese people carry two family
 * names, and a few names cover many people: one Portuguese in ten is a Silva, one woman in eight a Maria.
 */
export const SPAIN: CountryNames = {
  code: 'ES',
  surnames: `García 310 González 180 Fernández 180 López 180 Rodríguez 170 Martínez 170 Sánchez 160 Pérez 150 Gómez 100
    Martín 100 Jiménez 80 Ruiz 75 Hernández 75 Díaz 75 Moreno 70 Muñoz 60 Álvarez 60 Romero 55 Alonso 50 Gutiérrez 50
    Navarro 45 Torres 45 Domínguez 40 Vázquez 40 Ramos 40 Gil 40 Ramírez 40 Serrano 38 Blanco 38 Molina 35 Morales 33
    Suárez 33 Ortega 32 Delgado 30 Castro 30 Ortiz 30 Rubio 30 Marín 30 Sanz 30 Núñez 28`,
  male: `Antonio 350 José 330 Manuel 300 Francisco 270 Juan 200 David 170 Javier 160 Daniel 150 Carlos 150 Jesús 140
    Alejandro 140 Miguel 130 Rafael 130 Pedro 120 Fernando 110 Luis 110 Pablo 100 Sergio 100 Ángel 100 Jorge 100
    Alberto 90 Álvaro 80 Diego 80 Adrián 80 Ramón 80 Enrique 80 Vicente 80 Andrés 70`,
  female: `María 600 Carmen 300 Ana 200 Isabel 150 Laura 150 Dolores 150 Josefa 150 Pilar 140 Cristina 130 Marta 120
    Elena 120 Francisca 120 Antonia 120 Lucía 100 Sara 100 Paula 100 Raquel 100 Rosa 100 Teresa 100 Mercedes 90
    Silvia 90 Patricia 90 Manuela 80 Rosario 80 Beatriz 80 Inés 50`,
  surnameTail: kit(`Acost Aguil Ari Benít Brav Cabr Calv Camp Can Carm Carrasc Cort Cruz Dur Esteb Fuent Galleg Garrid Guerr Herr
    Ibáñ Iglesi León Lorenz Lozan Márqu Medin Ménd Mor Niet Pascu Peñ Priet Rey Santan Sot Varg Veg Velasc Vid`, '-',
  'ez o a es ero illo ón al ado as'),
  maleTail: ROMANCE_MALE,
  femaleTail: ROMANCE_FEMALE,
  doubleGiven: 0.3,
  doubleSurname: 0.95,
};

export const PORTUGAL: CountryNames = {
  code: 'PT',
  surnames: `Silva 940 Santos 580 Ferreira 480 Pereira 460 Oliveira 370 Costa 340 Rodrigues 330 Martins 310 Jesus 280
    Sousa 270 Fernandes 260 Gonçalves 250 Gomes 220 Lopes 210 Marques 200 Alves 200 Almeida 190 Ribeiro 190 Pinto 170
    Carvalho 170 Teixeira 150 Moreira 140 Correia 140 Mendes 130 Nunes 130 Soares 120 Vieira 120 Monteiro 110
    Cardoso 100 Rocha 100`,
  male: `José 800 João 700 António 600 Manuel 500 Francisco 300 Pedro 300 Luís 300 Carlos 300 Paulo 300 Rui 250 Miguel 250
    Tiago 200 Nuno 200 Ricardo 200 Jorge 200 Joaquim 200 Fernando 200 André 200 Bruno 180 Hugo 150 Diogo 150 Sérgio 150
    Vítor 150`,
  female: `Maria 1200 Ana 800 Joana 200 Mariana 200 Catarina 200 Rita 200 Sara 200 Marta 200 Cláudia 180 Patrícia 180
    Sandra 180 Carla 180 Susana 170 Beatriz 150 Inês 150 Sofia 150 Filipa 150 Paula 150 Isabel 150 Cristina 150
    Teresa 130 Andreia 130 Helena 120 Conceição 100 Fátima 100`,
  surnameTail: kit(`Abr Amar Ant Arauj Azev Bai Barr Borg Brit Camp Cunh Dia Esteve Faria Fonsec Freit Gaspar Godinh Guimar Lim
    Louren Macha Magalh Mat Mour Nev Pache Paiv Pir Quint Ram Reis Sant Seix Simõ Tavar Torr Valent Vaz Xavi`, '-',
  'es o a eiro ães inho ado ão eira as'),
  maleTail: ROMANCE_MALE,
  femaleTail: ROMANCE_FEMALE,
  doubleGiven: 0.5,
  doubleSurname: 0.8,
};

export const ITALY: CountryNames = {
  code: 'IT',
  surnames: `Rossi 23 Russo 19 Ferrari 14 Esposito 14 Bianchi 11 Romano 11 Colombo 11 Ricci 9 Marino 9 Greco 9 Bruno 9
    Gallo 9 Conti 8 De_Luca 8 Mancini 8 Costa 8 Giordano 8 Rizzo 8 Lombardi 7 Moretti 7 Barbieri 6 Fontana 6 Santoro 6
    Mariani 6 Rinaldi 6 Caruso 6 Ferrara 6 Galli 6 Martini 6 Leone 6 Longo 5 Gentile 5 Martinelli 5 Vitale 5
    Lombardo 5 Serra 5 Coppola 5 De_Santis 5 D'Angelo 5 Marchetti 5`,
  male: `Giuseppe 300 Giovanni 210 Antonio 210 Francesco 200 Mario 160 Marco 160 Andrea 160 Luigi 150 Alessandro 150
    Salvatore 140 Roberto 140 Vincenzo 130 Luca 130 Stefano 130 Paolo 130 Angelo 120 Pietro 110 Carlo 110 Franco 110
    Giorgio 100 Domenico 100 Massimo 100 Bruno 90 Davide 90 Matteo 80 Simone 80`,
  female: `Maria 350 Anna 250 Giuseppina 180 Rosa 150 Angela 130 Giovanna 130 Francesca 130 Teresa 120 Lucia 110
    Carmela 110 Paola 110 Laura 110 Giulia 100 Chiara 100 Elena 100 Valentina 100 Sara 90 Antonietta 90 Silvia 90
    Patrizia 90 Alessandra 90 Rita 80 Roberta 80 Federica 80`,
  surnameTail: kit(`Ab Bar Bell Bern Cal Cap Car Cast Cat Col Cor Dam Del Fab Fer Gal Gen Gir Gras Lan Leo Lup Mag Man Mar Mor Nar
    Pal Pel Ren Ros Sal San Ser Tor Val Ven Vit Zan Orl`, '- an er ol in ell', 'i o a etti ini elli otti ucci one ese'),
  maleTail: ROMANCE_MALE,
  femaleTail: ROMANCE_FEMALE,
  doubleGiven: 0.1,
};
