import type { Rng} from './rng.js';
import { ZipfPicker } from './rng.js';

/** A country's name stock for the generator. */
export interface CountryNames {
  code: string;
  surnames: readonly string[];
  male: readonly string[];
  female: readonly string[];
  /** Share of people with two given names. */
  doubleGiven: number;
  /** Share of people with two family names (Spanish, Portuguese; some Norwegians). */
  doubleSurname?: number;
  /** Feminine form of a masculine family name (Slavic, Baltic, Greek). */
  feminine?: (masculine: string, married: boolean) => string;
  /** Norwegian farm-style names built from parts: the long tail of rare family names. */
  syntheticTail?: { share: number; first: readonly string[]; second: readonly string[] };
}

export type Sex = 'f' | 'm';

/** Zipf pickers over one country's names. */
export class NamePicker {
  private readonly surnames: ZipfPicker<string>;
  private readonly male: ZipfPicker<string>;
  private readonly female: ZipfPicker<string>;

  constructor(readonly country: CountryNames) {
    this.surnames = new ZipfPicker(country.surnames, 0.6);
    this.male = new ZipfPicker(country.male, 0.7);
    this.female = new ZipfPicker(country.female, 0.7);
  }

  /** One family name in its masculine (base) form. */
  surname(rng: Rng): string {
    const tail = this.country.syntheticTail;
    if (tail && rng.chance(tail.share)) {
      const middle = rng.chance(0.5) ? rng.pick(['e', 'a', 's', 'er', 'en', 'e', 'i', 'o']) : '';
      const name = `${rng.pick(tail.first)}${middle}${rng.pick(tail.second)}`;
      return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
    }
    return this.surnames.pick(rng);
  }

  familyName(rng: Rng): string {
    const first = this.surname(rng);
    if (!rng.chance(this.country.doubleSurname ?? 0)) return first;
    let second = this.surname(rng);
    while (second === first) second = this.surname(rng);
    return this.country.code === 'NO' && rng.chance(0.5) ? `${first}-${second}` : `${first} ${second}`;
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
  gendered(base: string, sex: Sex, married: boolean): string {
    if (sex === 'm' || !this.country.feminine) return base;
    return base.split(' ').map((part) => this.country.feminine?.(part, married) ?? part).join(' ');
  }
}
