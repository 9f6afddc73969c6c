import type { CountryNames } from './country-names.js';

/** Southern European names, most frequent first. Spanish and Portuguese people carry two family names. */
export const SPAIN: CountryNames = {
  code: 'ES',
  surnames: ['García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez',
    'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos'],
  male: ['Antonio', 'José', 'Manuel', 'Francisco', 'David', 'Juan', 'Javier', 'Daniel', 'Carlos', 'Jesús', 'Alejandro', 'Miguel', 'Rafael', 'Pablo', 'Sergio', 'Ángel'],
  female: ['María', 'Carmen', 'Ana', 'Isabel', 'Laura', 'Dolores', 'Pilar', 'Cristina', 'Lucía', 'Marta', 'Elena', 'Sara', 'Paula', 'Raquel', 'Rosa', 'Inés'],
  doubleGiven: 0.3,
  doubleSurname: 0.95,
};

export const PORTUGAL: CountryNames = {
  code: 'PT',
  surnames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes',
    'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira', 'Moreira', 'Correia', 'Mendes', 'Nunes'],
  male: ['João', 'José', 'António', 'Francisco', 'Manuel', 'Pedro', 'Luís', 'Rui', 'Carlos', 'Paulo', 'Miguel', 'Tiago', 'Nuno', 'Ricardo'],
  female: ['Maria', 'Ana', 'Joana', 'Beatriz', 'Mariana', 'Inês', 'Catarina', 'Sofia', 'Rita', 'Sara', 'Marta', 'Conceição', 'Fátima', 'Filipa'],
  doubleGiven: 0.5,
  doubleSurname: 0.8,
};

export const ITALY: CountryNames = {
  code: 'IT',
  surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo',
    'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi'],
  male: ['Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Luigi', 'Francesco', 'Angelo', 'Vincenzo', 'Pietro', 'Salvatore', 'Carlo', 'Franco', 'Marco', 'Luca', 'Andrea', 'Matteo'],
  female: ['Maria', 'Anna', 'Giuseppina', 'Rosa', 'Angela', 'Giovanna', 'Teresa', 'Lucia', 'Carmela', 'Francesca', 'Giulia', 'Chiara', 'Sara', 'Elena', 'Paola', 'Federica'],
  doubleGiven: 0.1,
};
