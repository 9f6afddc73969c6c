import type { DigestFigures } from '../domain/digest/index.js';
import type { JobDeps, JobReport } from './job-run.js';
import { firstPost, jobRun } from './job-run.js';
import type { IdGenerator } from './ports.js';
import type { DigestDeps } from './weekly-digest.js';
import { computeDigest } from './weekly-digest.js';

/** The ISO week a digest covers, as its key: `2026-W48`. */
export function digestWeek(f: DigestFigures): string {
  return `${f.period.isoYear}-W${String(f.period.isoWeek).padStart(2, '0')}`;
}

/**
 * Monday's digest to the leadership channel: the figures of the week just ended, computed from the journal
 * and stored with the notice (so the card posted is the card decided, even if it is delivered late). Keyed
 * by ISO week: a second run, another instance or a catch-up after a restart posts nothing more.
 */
export async function postDigest(deps: JobDeps & DigestDeps & { readonly ids: IdGenerator }, at: Date): Promise<JobReport & { unreadable: number }> {
  const run = jobRun(deps, 'digest');
  const figures = await computeDigest(deps, at);
  const week = digestWeek(figures);
  await run.offer({
    id: `digest:${week}`, createdAt: deps.clock.now().toISOString(), target: { kind: 'channel', slot: 'leadership' },
    outbox: [firstPost(deps.ids.next())], payload: { kind: 'digest', week, figures: figures as unknown as Record<string, unknown> },
  });
  return { ...run.report, unreadable: figures.unreadable.length };
}
