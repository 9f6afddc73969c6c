import { tailNames, type NameKit } from './name-tails.js';
import { WeightedPicker, type Rng } from './rng.js';

/**
 * A country's name stock for the generator. Top lists are 'Name weight ...' with the weight per 10,000 of the
 * country's people (family names) or of one sex (given names), from national name statistics, rounded; '_'
 * stands for a space inside a name (de_Jong). The rest of each 10,000 goes to rare names built from the kits.
 */
export interface CountryNames {
  code: string;
  surnames: string;
  male: string;
  female: string;
  surnameTail: NameKit;
  maleTail: NameKit;
  femaleTail: NameKit;
  /** Share of people with two given names. */
  doubleGiven: number;
  /** Share of people with two family names (Spanish, Portuguese; some Norwegians). */
  doubleSurname?: number;
  /** Feminine form of a masculine family name (Slavic, Baltic, Greek). */
  feminine?: (masculine: string, married: boolean) => string;
}

export type Sex = 'f' | 'm';

/** A family name as its separate names (a particle stays with its name: van den Berg is one). */
export interface FamilyName { parts: string[]; joiner: ' ' | '-' }

export const familyText = (name: FamilyName): string => name.parts.join(name.joiner);

// How many rare names each list's tail holds; Zipf-weighted by rank after the top list.
const TAIL_SIZE = { surnames: 12_000, given: 1_500 } as const;

function parseTop(text: string): { names: string[]; weights: number[] } {
  const parts = text.trim().split(/\s+/);
  const names: string[] = [];
  const weights: number[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    names.push((parts[i] ?? '').replace(/_/g, ' '));
    weights.push(Number(parts[i + 1]));
  }
  return { names, weights };
}

/** Top names with their weights, then a tail of rare names sharing what is left of 10,000 by 1/rank. */
function picker(top: string, tail: NameKit, size: number, seed: number): WeightedPicker<string> {
  const { names, weights } = parseTop(top);
  const rest = Math.max(0, 10_000 - weights.reduce((a, b) => a + b, 0));
  const rare = tailNames(tail, new Set(names), size, seed);
  const harmonic = rare.reduce((sum, _, k) => sum + 1 / (names.length + k + 1), 0);
  return new WeightedPicker([...names, ...rare], [...weights, ...rare.map((_, k) => (rest / harmonic) / (names.length + k + 1))]);
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Weighted pickers over one country's names. */
export class NamePicker {
  private readonly surnames: WeightedPicker<string>;
  private readonly male: WeightedPicker<string>;
  private readonly female: WeightedPicker<string>;

  constructor(readonly country: CountryNames) {
    this.surnames = picker(country.surnames, country.surnameTail, TAIL_SIZE.surnames, seedOf(`${country.code}s`));
    this.male = picker(country.male, country.maleTail, TAIL_SIZE.given, seedOf(`${country.code}m`));
    this.female = picker(country.female, country.femaleTail, TAIL_SIZE.given, seedOf(`${country.code}f`));
  }

  /** One family name in its masculine (base) form. */
  surname(rng: Rng): string {
    return this.surnames.pick(rng);
  }

  /** One or two family names (masculine base forms); `joiner` is how the country writes two. */
  familyName(rng: Rng): FamilyName {
    const first = this.surname(rng);
    if (!rng.chance(this.country.doubleSurname ?? 0)) return { parts: [first], joiner: ' ' };
    let second = this.surname(rng);
    while (second === first) second = this.surname(rng);
    return { parts: [first, second], joiner: this.country.code === 'NO' && rng.chance(0.5) ? '-' : ' ' };
  }

  givenName(rng: Rng, sex: Sex): string {
    return (sex === 'm' ? this.male : this.female).pick(rng);
  }

  givenNames(rng: Rng, sex: Sex): string {
    const first = this.givenName(rng, sex);
    if (!rng.chance(this.country.doubleGiven)) return first;
    let second = this.givenName(rng, sex);
    while (second === first) second = this.givenName(rng, sex);
    return `${first} ${second}`;
  }

  /** The form a person of this sex carries; base is the masculine form. */
  gendered(base: FamilyName, sex: Sex, married: boolean): FamilyName {
    const feminine = this.country.feminine;
    if (sex === 'm' || !feminine) return base;
    return { parts: base.parts.map((part) => feminine(part, married)), joiner: base.joiner };
  }
}
