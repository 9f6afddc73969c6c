import type { ScreeningResult } from '../../src/domain/matching/index.js';
import type { Truth } from './generator/build-set.js';

/** Counts behind the three figures of spec/screening.md, kept per variant. */
export interface Tally {
  matches: number;
  found: number;
  hits: number;
  rightHits: number;
  nonMatches: number;
  flagged: number;
  ambiguous: number;
}

export const emptyTally = (): Tally => ({ matches: 0, found: 0, hits: 0, rightHits: 0, nonMatches: 0, flagged: 0, ambiguous: 0 });

/** Adds one alert's outcome to a tally, as spec/screening.md "Figures" counts it. */
export function count(t: Tally, truth: Truth, result: ScreeningResult): void {
  const first = result.candidates[0]?.hprNumber;
  if (result.outcome === 'hit') {
    t.hits++;
    if (truth.kind === 'match' && first === truth.hprNumber) t.rightHits++;
  }
  if (truth.kind === 'match') {
    t.matches++;
    if (result.outcome !== 'no_hit' && first === truth.hprNumber) t.found++;
  } else if (truth.ambiguous) {
    t.ambiguous++;
  } else {
    t.nonMatches++;
    if (result.outcome !== 'no_hit') t.flagged++;
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '     -' : `${((100 * n) / d).toFixed(2).padStart(6)}`);

export function formatRow(name: string, t: Tally): string {
  return `${name.padEnd(42)} n=${String(t.matches + t.nonMatches + t.ambiguous).padStart(5)}  recall ${pct(t.found, t.matches)} %  hit precision ${pct(t.rightHits, t.hits)} %  false alarm ${pct(t.flagged, t.nonMatches)} %`;
}

export interface Figures { recall: number; hitPrecision: number; falseAlarm: number }

export function figures(t: Tally): Figures {
  return {
    recall: t.matches ? t.found / t.matches : 1,
    hitPrecision: t.hits ? t.rightHits / t.hits : 1,
    falseAlarm: t.nonMatches ? t.flagged / t.nonMatches : 0,
  };
}
