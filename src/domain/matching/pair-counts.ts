/**
 * Counts of (a, b) integer pairs in open-addressed typed arrays: a million people's (family name, first given
 * name) pairs as a Map of numbers beyond the small-integer range cost seconds to load and tens of bytes each.
 */
export class PairCounts {
  private keysA = new Int32Array(1 << 16);
  private keysB = new Int32Array(1 << 16);
  private counts = new Int32Array(1 << 16);
  private used = 0;

  private slot(a: number, b: number): number {
    const mask = this.counts.length - 1;
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;
    while (this.counts[i] !== 0 && (this.keysA[i] !== a || this.keysB[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  add(a: number, b: number): void {
    if ((this.used + 1) * 2 > this.counts.length) this.grow();
    const i = this.slot(a, b);
    if (this.counts[i] === 0) {
      this.keysA[i] = a;
      this.keysB[i] = b;
      this.used++;
    }
    this.counts[i] = (this.counts[i] ?? 0) + 1;
  }

  get(a: number, b: number): number {
    return this.counts[this.slot(a, b)] ?? 0;
  }

  private grow(): void {
    const { keysA, keysB, counts } = this;
    this.keysA = new Int32Array(counts.length * 2);
    this.keysB = new Int32Array(counts.length * 2);
    this.counts = new Int32Array(counts.length * 2);
    for (let i = 0; i < counts.length; i++) {
      const n = counts[i] ?? 0;
      if (n === 0) continue;
      const j = this.slot(keysA[i] ?? 0, keysB[i] ?? 0);
      this.keysA[j] = keysA[i] ?? 0;
      this.keysB[j] = keysB[i] ?? 0;
      this.counts[j] = n;
    }
  }
}
