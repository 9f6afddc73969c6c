import { foldTokens, greekKey, isParticle, joinedToken, skeleton } from './fold.js';
import { groupsNear, looksGreek, VARIANT_GROUPS } from './name-variants.js';
import { nearName } from './string-metrics.js';
import { memoize } from '../memo.js';
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
  /** The family field without separators (see joined), and the given field likewise for names swapped. */
  joinedFamily: AlertToken | undefined;
  joinedGiven: AlertToken | undefined;
  date: number;
  hasInitial: boolean;
}

function tokens(folded: string[], vocab: Vocabulary, greek: boolean): AlertToken[] {
  return folded.map((f) => token(f, vocab, greek));
}

/**
 * A given name of six letters or more that is a Greek formal or short form, or one typing error from one
 * (Angelkii, Yiannid), is read as Greek whatever the family name looks like (Kouri, Zervas). Only that name:
 * Einar beside an Andreas is not. Shorter names are left out: Anna, Ellen, Liv and Helle are one letter from
 * a Greek form (Gianna, Eleni, Lia, Helen) and, read as Greek, met other names in the register.
 */
// Alerts repeat given names (Maria, Anne): each is looked up against the forms once.
const greekGivenForm = memoize((skel: string): boolean => {
  if (skel.length < 6) return false;
  const key = greekKey(skel);
  return VARIANT_GROUPS.has(key) || groupsNear(key, nearName, skel).length > 0;
}, (skel) => skel, 10_000);

function token(folded: string, vocab: Vocabulary, greek: boolean): AlertToken {
  const skel = skeleton(folded);
  return {
    skel,
    folded,
    initial: skel.length === 1,
    particle: isParticle(folded),
    asFamily: vocab.related({ skel, folded }, 'family', greek),
    asGiven: vocab.related({ skel, folded }, 'given', greek || greekGivenForm(skel)),
  };
}

/** The name with its separators removed (de Vries as devries), when it has more than one token. */
function joined(folded: string[], vocab: Vocabulary): AlertToken | undefined {
  const glued = joinedToken(folded);
  return glued === undefined ? undefined : token(glued, vocab, false);
}

const GREEK_COUNTRIES = new Set(['GR', 'CY']);

export function prepareAlert(identity: AlertIdentity, vocab: Vocabulary): PreparedAlert {
  const givenText = foldTokens(identity.givenNames);
  const familyText = foldTokens(identity.familyName);
  const formerTexts = (identity.formerFamilyNames ?? []).map(foldTokens).filter((t) => t.length > 0);
  // Names swapped are compared too, so either field may carry the family name. Many Greek family names end as
  // others do (Pappa, Zervas, Makri): an alert from Greece or Cyprus, or about a national of one, is read as Greek.
  const greek = looksGreek([...familyText, ...givenText, ...formerTexts.flat()].map(skeleton))
    || (identity.countries ?? []).some((c) => GREEK_COUNTRIES.has(c));
  const given = tokens(givenText, vocab, greek);
  const family = tokens(familyText, vocab, greek);
  return {
    joinedFamily: joined(familyText, vocab),
    joinedGiven: joined(givenText, vocab),
    family,
    given,
    formers: formerTexts.map((t) => tokens(t, vocab, greek)),
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
  const joinedTokens = [alert.joinedFamily, alert.joinedGiven].filter((t): t is AlertToken => t !== undefined);
  for (const t of [...alert.family, ...alert.given, ...alert.formers.flat(), ...joinedTokens]) {
    mark(t.asFamily);
    mark(t.asGiven);
  }
  return touched;
}
