import { foldTokens, isParticle, skeleton } from './fold.js';
import { parseBirthDate } from './birth-date.js';
import type { AlertIdentity } from './types.js';
import type { Level, Vocabulary } from './vocabulary.js';

/** One name token of an alert with its register relations looked up once, before any person is compared. */
export interface AlertToken {
  skel: string;
  folded: string;
  initial: boolean;
  particle: boolean;
  asFamily: ReadonlyMap<number, Level>;
  asGiven: ReadonlyMap<number, Level>;
}

export interface PreparedAlert {
  family: AlertToken[];
  given: AlertToken[];
  formers: AlertToken[][];
  date: number;
  hasInitial: boolean;
}

function tokens(text: string, vocab: Vocabulary): AlertToken[] {
  return foldTokens(text).map((folded) => {
    const skel = skeleton(folded);
    return {
      skel,
      folded,
      initial: skel.length === 1,
      particle: isParticle(folded),
      asFamily: vocab.related({ skel, folded }, 'family'),
      asGiven: vocab.related({ skel, folded }, 'given'),
    };
  });
}

export function prepareAlert(identity: AlertIdentity, vocab: Vocabulary): PreparedAlert {
  const given = tokens(identity.givenNames, vocab);
  const family = tokens(identity.familyName, vocab);
  return {
    family,
    given,
    formers: (identity.formerFamilyNames ?? []).map((name) => tokens(name, vocab)).filter((t) => t.length > 0),
    date: parseBirthDate(identity.dateOfBirth),
    hasInitial: given.some((t) => t.initial) || family.some((t) => t.initial),
  };
}

/** Marks every register token any alert token relates to: a person with no marked family token cannot match. */
export function markRelated(alert: PreparedAlert, marks: Uint8Array): number[] {
  const touched: number[] = [];
  const mark = (map: ReadonlyMap<number, Level>): void => {
    for (const id of map.keys()) {
      if (marks[id] === 0) touched.push(id);
      marks[id] = 1;
    }
  };
  for (const t of [...alert.family, ...alert.given, ...alert.formers.flat()]) {
    mark(t.asFamily);
    mark(t.asGiven);
  }
  return touched;
}
