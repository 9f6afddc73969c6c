/** Seeded randomness (mulberry32) so that every evaluation and benchmark run sees the same data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

/** Picks by rank with Zipf weights: the first name of a list is far more common than the twentieth. */
export class ZipfPicker<T> {
  private readonly cumulative: number[] = [];

  constructor(private readonly items: readonly T[], exponent: number) {
    let total = 0;
    items.forEach((_, rank) => {
      total += 1 / Math.pow(rank + 1, exponent);
      this.cumulative.push(total);
    });
    this.cumulative = this.cumulative.map((c) => c / total);
  }

  pick(rng: Rng): T {
    const r = rng.next();
    let lo = 0, hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 1) < r) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] as T;
  }
}
