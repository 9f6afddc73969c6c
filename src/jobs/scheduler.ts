import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { LeaseRepository } from '../usecases/job-ports.js';
import type { Clock } from '../usecases/ports.js';

export interface ScheduledJob {
  readonly name: string;
  /** Cron pattern in the scheduler's time zone. */
  readonly cron: string;
  /**
   * How far back a missed occurrence is still worth running at start-up (a day for daily jobs, a week for
   * the digest): the store says what was done, so running a job again only does what is missing.
   */
  readonly catchUpMs: number;
  /** Does one run for the occurrence `at` (the scheduled instant, or now when run by hand). */
  readonly run: (at: Date) => Promise<unknown>;
}

export interface SchedulerDeps {
  readonly leases: LeaseRepository;
  /** This instance's id: the lease holder. */
  readonly instanceId: string;
  readonly timeZone: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Longest a run may hold its lease before another instance may take over (a crashed holder). */
  readonly leaseMs?: number;
  /** How long to wait before trying an occurrence again that was skipped (lease held) or failed. */
  readonly retryMs?: number;
}

const DEFAULT_LEASE_MS = 15 * 60_000;
const DEFAULT_RETRY_MS = 5 * 60_000;

/**
 * Runs jobs on their cron patterns in TIME_ZONE, each under a store lease so that one instance runs it at a
 * time. Timers only say when to look: what is due comes from the store, so a restart loses nothing, and at
 * start every job whose last occurrence was missed runs once. An occurrence that was skipped (another
 * instance held the lease, which may have died with it) or failed is tried again for the same instant while it
 * is within the job's catch-up window: the next occurrence would do another day's or week's work, and a week's
 * digest would never be posted. Jobs are idempotent, so a retry after another instance did the work sends nothing.
 */
export function createScheduler(jobs: readonly ScheduledJob[], deps: SchedulerDeps) {
  const timers: Cron[] = [];
  const retries = new Set<NodeJS.Timeout>();
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const byName = new Map(jobs.map((j) => [j.name, j]));

  async function runNow(name: string, at: Date = deps.clock.now()): Promise<{ ran: true; result: unknown } | { ran: false }> {
    const job = byName.get(name);
    if (!job) throw new Error(`no job named ${name}`);
    const lease = `job:${name}`;
    if (!(await deps.leases.acquire(lease, deps.instanceId, deps.leaseMs ?? DEFAULT_LEASE_MS, deps.clock.now()))) {
      deps.logger.info({ job: name }, 'job is running on another instance; skipped here');
      return { ran: false };
    }
    const started = Date.now();
    try {
      const result = await job.run(at);
      deps.logger.info({ job: name, at: at.toISOString(), ms: Date.now() - started, result }, 'job run finished');
      return { ran: true, result };
    } finally {
      await deps.leases.release(lease, deps.instanceId);
    }
  }

  function track(name: string, at: Date = deps.clock.now()): void {
    const p = runNow(name, at).then(
      (outcome) => { if (!outcome.ran) retryLater(name, at); },
      (err: unknown) => {
        deps.logger.error({ err, job: name, at: at.toISOString() }, 'job run failed; nothing it did is lost, and it is tried again for the same occurrence');
        retryLater(name, at);
      },
    );
    running.add(p);
    void p.finally(() => running.delete(p));
  }

  function retryLater(name: string, at: Date): void {
    const job = byName.get(name);
    const retryMs = deps.retryMs ?? DEFAULT_RETRY_MS;
    if (stopped || !job || deps.clock.now().getTime() + retryMs - at.getTime() > Math.max(job.catchUpMs, retryMs)) {
      if (!stopped) deps.logger.warn({ job: name, at: at.toISOString() }, 'job occurrence not run here and past its catch-up window: check that another instance ran it (its notices are in the jobs container)');
      return;
    }
    const timer = setTimeout(() => { retries.delete(timer); track(name, at); }, retryMs);
    timer.unref();
    retries.add(timer);
  }

  return {
    runNow,
    start(): void {
      stopped = false;
      const now = deps.clock.now();
      for (const job of jobs) {
        const cron = new Cron(job.cron, { timezone: deps.timeZone, protect: true }, () => track(job.name));
        timers.push(cron);
        const missed = cron.nextRun(new Date(now.getTime() - job.catchUpMs));
        if (missed && missed.getTime() <= now.getTime()) track(job.name, missed);
      }
    },
    /** Waits for runs in progress. */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    async stop(): Promise<void> {
      stopped = true;
      for (const t of timers.splice(0)) t.stop();
      for (const r of retries) clearTimeout(r);
      retries.clear();
      await this.idle();
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
