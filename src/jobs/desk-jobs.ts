import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { DeadlinePolicy } from '../domain/deadlines/index.js';
import type { RegisterIndex } from '../domain/matching/index.js';
import { leaseRepository, noticeRepository, registerStateRepository } from '../adapters/storage/job-repositories.js';
import type { DocumentStore } from '../adapters/storage/document-store.js';
import { renderNohitList, renderNotice } from '../adapters/teams/notice-cards.js';
import type { Lang } from '../adapters/teams/texts.js';
import { dispatchNotices } from '../adapters/teams/notice-dispatcher.js';
import { sleepUnless } from '../adapters/teams/delivery.js';
import type { SendingTakeover } from '../adapters/teams/outbox-dispatcher.js';
import type { RateLimiter } from '../adapters/teams/rate-limiter.js';
import type { ChannelAddress, TeamsSender } from '../adapters/teams/teams-sender.js';
import type { WriterDeps } from '../usecases/case-writer.js';
import type { ChannelSlot, Notice } from '../usecases/job-ports.js';
import type { JobReport } from '../usecases/job-run.js';
import { postNohitList } from '../usecases/nohit-list.js';
import { postDigest } from '../usecases/post-digest.js';
import { writeCheckpoint } from '../usecases/journal-checkpoint.js';
import { checkpointRepository } from '../adapters/storage/checkpoint-repository.js';
import { toLocalDate } from '../domain/deadlines/index.js';
import type { Clock, ConversationRepository } from '../usecases/ports.js';
import { rescreenAfterRegisterChange } from '../usecases/rescreen-register.js';
import { sendReminders } from '../usecases/send-reminders.js';
import { refreshDeadlineCards } from '../usecases/refresh-deadline-cards.js';
import { langOfLocale } from '../adapters/teams/texts.js';
import { createRegisterWatch } from './register-watch.js';
import type { ScheduledJob } from './scheduler.js';
import { createScheduler } from './scheduler.js';
import { WorkLoop } from './work-loop.js';

export interface DeskJobsDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: DocumentStore;
  readonly clock: Clock;
  readonly writer: WriterDeps;
  readonly conversations: ConversationRepository;
  readonly policy: DeadlinePolicy;
  readonly instanceId: string;
  readonly sender: TeamsSender;
  readonly openPersonal: (channel: ChannelAddress, userAadObjectId: string) => Promise<string>;
  readonly limiter: RateLimiter;
  readonly takeover: SendingTakeover;
  readonly channelFor: (slot: ChannelSlot) => Promise<ChannelAddress | undefined>;
  readonly officerName: (id: string) => string;
  readonly register: { current(): RegisterIndex; replace(next: RegisterIndex): void };
  /** Reads REGISTER_FILE again; without it the register is never reloaded (tests that fix one register). */
  readonly loadRegister?: () => Promise<RegisterIndex>;
  /** Aborted at shutdown: a notice waiting for its turn under Teams' limits goes back to the store. */
  readonly signal: AbortSignal;
}

const DAY_MS = 24 * 3600_000;

/**
 * The scheduled side of one instance: the jobs (daily no-hit list, reminders and escalations), their
 * notices' delivery loop and the register watch. Every job keeps its record in the store.
 */
export function createDeskJobs(d: DeskJobsDeps) {
  const { config, logger, store, clock, writer } = d;
  const notices = noticeRepository(store);
  // A lease left by a process that died (the embedded store's lock says it did) is taken over at once.
  const leases = leaseRepository(store, d.takeover.orphanedBefore ? { orphanedBefore: d.takeover.orphanedBefore } : {});
  const jobDeps = { notices, clock, dryRun: config.JOBS_DRY_RUN, maxPerRun: config.JOBS_MAX_PER_RUN };
  const renderDeps = { cases: writer.cases, notices, lang: config.LOCALE, timeZone: config.TIME_ZONE, policy: d.policy, officerName: d.officerName };

  const noticeLoop = new WorkLoop('notices', () => dispatchNotices({
    notices, conversations: d.conversations, sender: d.sender, openPersonal: d.openPersonal, limiter: d.limiter, clock, logger,
    channelFor: d.channelFor, takeover: d.takeover, sleep: sleepUnless(d.signal), signal: d.signal,
    render: (notice, mention, locale) => renderNotice(notice, locale ? { ...renderDeps, lang: langOfLocale(locale, config.LOCALE) } : renderDeps, mention),
  }), config.OUTBOX_POLL_MS, logger);

  const andDeliver = (run: (at: Date) => Promise<JobReport>) => async (at: Date) => {
    const report = await run(at);
    if (report.created.length > 0 && !report.dryRun) noticeLoop.wake();
    return report;
  };
  const jobs: ScheduledJob[] = [
    { name: 'nohit-list', cron: config.NOHIT_CARD_CRON, catchUpMs: DAY_MS, run: andDeliver((at) => postNohitList({ ...jobDeps, cases: writer.cases, ids: writer.ids, timeZone: config.TIME_ZONE }, at)) },
    { name: 'reminders', cron: config.REMINDER_CRON, catchUpMs: DAY_MS, run: andDeliver(async (at) => {
      const stepDeps = { ...jobDeps, cases: writer.cases, ids: writer.ids, policy: d.policy, timeZone: config.TIME_ZONE };
      const report = await sendReminders(stepDeps, at);
      // The same working mornings: cards whose deadline became due today or overdue are redrawn.
      if (!report.skipped) {
        const cards = await refreshDeadlineCards({ ...stepDeps, ...(writer.onOutbox ? { onOutbox: writer.onOutbox } : {}) }, at);
        logger.info({ queued: cards.queued.length, limited: cards.limited, dryRun: cards.dryRun, ...(cards.dryRun ? { wouldRedraw: cards.queued } : {}) }, 'channel cards whose deadline status changed were queued for a redraw');
      }
      return report;
    }) },
    { name: 'digest', cron: config.DIGEST_CRON, catchUpMs: 7 * DAY_MS, run: andDeliver(async (at) => {
      const report = await postDigest({ ...jobDeps, cases: writer.cases, ids: writer.ids, policy: d.policy, timeZone: config.TIME_ZONE }, at);
      if (report.unreadable > 0) logger.error({ unreadable: report.unreadable }, 'the digest left out cases whose journals could not be read: run npm run journal:verify');
      return report;
    }) },
    { name: 'checkpoint', cron: config.CHECKPOINT_CRON, catchUpMs: DAY_MS, run: async (at) => {
      const day = toLocalDate(at, config.TIME_ZONE);
      if (config.JOBS_DRY_RUN) return { dryRun: true, wouldWrite: `checkpoint ${day}` };
      const result = await writeCheckpoint({ cases: writer.cases, checkpoints: checkpointRepository(store), ids: writer.ids, clock, journalKey: writer.journalKey }, day);
      if (result.written && result.carried.length > 0) logger.error({ day, cases: result.carried.map((c) => c.imiId) }, 'journal chains no longer extend the previous checkpoint: run npm run journal:verify and investigate');
      if (!result.written && result.reason === 'previous_damaged') logger.error({ day }, 'the newest journal checkpoint is damaged; no new checkpoint until it is looked at: run npm run journal:verify');
      return result.written ? { day, cases: result.cases, carried: result.carried.length } : result;
    } },
    { name: 'full-rescreen', cron: config.FULL_RESCREEN_CRON, catchUpMs: 0, run: async () => {
      if (config.JOBS_DRY_RUN) return { dryRun: true, wouldRescreen: 'every alert kept for re-screening' };
      const report = await rescreenAfterRegisterChange({ ...writer, clock }, d.register.current());
      return { ...report, newMatches: report.newMatches.length };
    } },
  ];
  const scheduler = createScheduler(jobs, { leases, instanceId: d.instanceId, timeZone: config.TIME_ZONE, clock, logger });

  const registerWatch = d.loadRegister && createRegisterWatch({
    path: config.REGISTER_FILE, pollMs: config.REGISTER_POLL_MS, load: d.loadRegister,
    current: d.register.current, replace: d.register.replace,
    rescreen: (next, former) => rescreenAfterRegisterChange({ ...writer, clock }, next, former),
    state: registerStateRepository(store), leases, instanceId: d.instanceId, clock, logger,
  });

  return {
    notices, scheduler, registerWatch,
    /** A daily list as it is now, in a person's language (the answer to a sign-off press). */
    renderList: (list: Notice, lang: Lang, line?: { text: string; color: string }) => renderNohitList(list, { ...renderDeps, lang }, line),
    /** Starts the timers, the delivery loop and the register watch; missed runs are caught up in the background. */
    start(): void {
      noticeLoop.start();
      if (config.JOBS_ENABLED) scheduler.start();
      void registerWatch?.start();
    },
    wake(): void { noticeLoop.wake(); },
    async settle(): Promise<void> {
      await registerWatch?.idle();
      await scheduler.idle();
      await noticeLoop.idle();
    },
    async stop(): Promise<void> {
      await registerWatch?.stop();
      await scheduler.stop();
      await noticeLoop.stop();
    },
  };
}
