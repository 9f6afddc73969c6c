import type { Notice, NoticeRepository } from './job-ports.js';
import type { Clock } from './ports.js';

export interface JobDeps {
  readonly notices: NoticeRepository;
  readonly clock: Clock;
  /** Decide and report, but write and send nothing. */
  readonly dryRun: boolean;
  /** At most this many new notices per run; the rest follow on the next run. */
  readonly maxPerRun: number;
}

/** What one run of a job did, or in a dry run would have done; logged by the scheduler, returned to tests. */
export interface JobReport {
  readonly job: string;
  readonly dryRun: boolean;
  /** Keys of the notices created (or, in a dry run, that would have been). */
  readonly created: string[];
  /** In a dry run: what would have been sent, without identity data (notices never carry any). */
  readonly wouldSend: Pick<Notice, 'id' | 'target' | 'payload'>[];
  /** Notices already decided by an earlier run or another instance. */
  existing: number;
  /** True when the per-run limit stopped the run early. */
  limited: boolean;
  /** Why a run did nothing, when it did nothing on purpose (not a working day). */
  skipped?: string;
}

/**
 * One run's bookkeeping: offers each notice under its idempotency key, counts against the per-run limit,
 * and in a dry run only records what would be sent.
 */
export function jobRun(deps: JobDeps, job: string) {
  const report: JobReport = { job, dryRun: deps.dryRun, created: [], wouldSend: [], existing: 0, limited: false };
  return {
    report,
    /** Creates the notice unless its key exists; returns false once the per-run limit is reached. */
    async offer(notice: Notice): Promise<boolean> {
      if (report.created.length >= deps.maxPerRun) {
        report.limited = true;
        return false;
      }
      if (deps.dryRun) {
        if (await deps.notices.get(notice.id)) report.existing += 1;
        else {
          report.created.push(notice.id);
          report.wouldSend.push({ id: notice.id, target: notice.target, payload: notice.payload });
        }
        return true;
      }
      if ((await deps.notices.create(notice)) === 'created') report.created.push(notice.id);
      else report.existing += 1;
      return true;
    },
  };
}

/** The first delivery of a new notice. */
export function firstPost(id: string): Notice['outbox'][number] {
  return { id, kind: 'post', status: 'pending', attempts: 0 };
}
