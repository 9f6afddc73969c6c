import type { DeadlinePolicy } from '../domain/deadlines/index.js';
import type { DigestFigures } from '../domain/digest/index.js';
import { DigestAccumulator, weekEndingAt } from '../domain/digest/index.js';
import type { CaseRepository } from './ports.js';

export interface DigestDeps {
  readonly cases: CaseRepository;
  readonly policy: DeadlinePolicy;
  /** TIME_ZONE: where weeks begin and end, and in which deadlines are counted. */
  readonly timeZone: string;
}

/**
 * The weekly digest as it stands at `at`: the figures of the last complete ISO week before `at` (in
 * TIME_ZONE) and of the year to date it ends, computed from every case's journal. Cases are streamed from
 * the store one at a time, never loaded together. Computed at Monday 08:00 it is the week just ended;
 * asked for again later that week (the chat command) it gives the same figures, and any past week can be
 * recomputed by passing an instant in the week after it.
 */
export async function computeDigest(deps: DigestDeps, at: Date): Promise<DigestFigures> {
  const acc = new DigestAccumulator(weekEndingAt(at, deps.timeZone), deps.policy);
  for await (const rec of deps.cases.all()) acc.add({ reference: rec.case.imiId, journal: rec.journal });
  return acc.result();
}
