import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { RegisterIndex } from '../domain/matching/index.js';
import type { LeaseRepository, RegisterState } from '../usecases/job-ports.js';
import type { Clock } from '../usecases/ports.js';
import type { RescreenReport } from '../usecases/rescreen-register.js';

export interface RegisterWatchDeps {
  readonly path: string;
  readonly pollMs: number;
  readonly load: () => Promise<RegisterIndex>;
  readonly current: () => RegisterIndex;
  readonly replace: (next: RegisterIndex) => void;
  readonly rescreen: (next: RegisterIndex, former: RegisterIndex | undefined) => Promise<RescreenReport>;
  readonly state: { get(): Promise<RegisterState | undefined>; set(s: RegisterState): Promise<void> };
  readonly leases: LeaseRepository;
  readonly instanceId: string;
  readonly clock: Clock;
  readonly logger: Logger;
}

async function fingerprintOf(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Notices a new register snapshot and re-screens the alerts kept for it. Every instance loads the new
 * snapshot for its own screening; the re-screening writes happen under a lease on one of them. The store
 * records which snapshot the screenings were made against, so a snapshot replaced while the bot was down
 * is caught at start-up (then every kept alert is screened in full, since the previous rows are unknown).
 */
export function createRegisterWatch(deps: RegisterWatchDeps) {
  let timer: NodeJS.Timeout | undefined;
  let seen: { mtimeMs: number; size: number } | undefined;
  let busy: Promise<void> = Promise.resolve();
  let stopped = false;
  // A re-screening another instance held the lease for: tried again on each poll until the store says that
  // snapshot's screenings are done, so it is not lost if that instance died with the lease.
  let pending: { next: RegisterIndex; former: RegisterIndex | undefined; fingerprint: string } | undefined;

  async function settle(next: RegisterIndex, former: RegisterIndex | undefined, fingerprint: string): Promise<void> {
    const lease = 'job:rescreen';
    if (!(await deps.leases.acquire(lease, deps.instanceId, 30 * 60_000, deps.clock.now()))) {
      pending = { next, former, fingerprint };
      deps.logger.info('another instance is re-screening against the new register; this one checks again on its next poll');
      return;
    }
    pending = undefined;
    try {
      const report = await deps.rescreen(next, former);
      await deps.state.set({ fingerprint, rows: next.size, at: deps.clock.now().toISOString() });
      deps.logger.info({ ...report, newMatches: report.newMatches.length }, 're-screened kept alerts after a register change');
    } finally {
      await deps.leases.release(lease, deps.instanceId);
    }
  }

  /** At start: re-screens in full if the snapshot differs from the one the store's screenings were made against. */
  async function reconcile(): Promise<void> {
    const s = await stat(deps.path);
    seen = { mtimeMs: s.mtimeMs, size: s.size };
    const fingerprint = await fingerprintOf(deps.path);
    const stored = await deps.state.get();
    if (stored?.fingerprint === fingerprint) return;
    if (stored) deps.logger.warn({ rows: deps.current().size }, 'the register snapshot changed while the bot was down: re-screening every kept alert in full');
    await settle(deps.current(), undefined, fingerprint);
  }

  async function retryPending(): Promise<void> {
    const p = pending;
    if (!p) return;
    if ((await deps.state.get())?.fingerprint === p.fingerprint) pending = undefined;
    else await settle(p.next, p.former, p.fingerprint);
  }

  async function poll(): Promise<void> {
    await retryPending();
    const s = await stat(deps.path);
    if (seen && s.mtimeMs === seen.mtimeMs && s.size === seen.size) return;
    // Wait until the file stops changing, so a snapshot still being copied is not read half-written.
    await new Promise((r) => setTimeout(r, Math.min(2000, deps.pollMs)));
    const again = await stat(deps.path);
    if (again.mtimeMs !== s.mtimeMs || again.size !== s.size) return;
    seen = { mtimeMs: s.mtimeMs, size: s.size };
    // Still pending: the stored screenings were made against the rows before that snapshot, so diff from those.
    const former = pending ? pending.former : deps.current();
    const next = await deps.load();
    deps.replace(next);
    await settle(next, former, await fingerprintOf(deps.path));
  }

  function schedule(): void {
    if (deps.pollMs <= 0 || stopped) return;
    timer = setTimeout(() => {
      busy = poll().catch((err: unknown) => deps.logger.error({ err }, 'register reload failed; the previous snapshot stays in use. Check REGISTER_FILE')).finally(schedule);
    }, deps.pollMs);
    timer.unref();
  }

  return {
    /** Checks the snapshot against the store, then watches the file. */
    async start(): Promise<void> {
      stopped = false;
      busy = reconcile().catch((err: unknown) => deps.logger.error({ err }, 'checking the register snapshot at start failed; will check again on the next change'));
      await busy;
      schedule();
    },
    /** Waits for a check or re-screening in progress. */
    idle(): Promise<void> {
      return busy;
    },
    /** Loads the file now and re-screens (for a new snapshot pushed by other means, and for tests). */
    async reload(): Promise<void> {
      await busy;
      seen = undefined;
      busy = poll();
      await busy;
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await busy.catch(() => undefined);
    },
  };
}
