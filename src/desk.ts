import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { DeadlinePolicy } from './domain/deadlines/index.js';
import { DEFAULT_DEADLINE_POLICY, parseDeadlinePolicy, toLocalDate } from './domain/deadlines/index.js';
import type { RegisterIndex } from './domain/matching/index.js';
import { createBotApp } from './adapters/teams/bot-app.js';
import type { CredentialsFactory } from './adapters/teams/desk-adapter.js';
import { DeskAdapter } from './adapters/teams/desk-adapter.js';
import type { CardContext } from './adapters/teams/case-card.js';
import { renderCaseCard } from './adapters/teams/case-card.js';
import { outboxRunner, SENDING_LEASE_MS } from './adapters/teams/outbox-dispatcher.js';
import { sleepUnless } from './adapters/teams/delivery.js';
import { RateLimiter } from './adapters/teams/rate-limiter.js';
import { loadRolesFile } from './adapters/teams/roles-file.js';
import { cloudAdapterPersonalChats, cloudAdapterSender } from './adapters/teams/teams-sender.js';
import type { ChannelAddress, TeamsSender } from './adapters/teams/teams-sender.js';
import type { Lang } from './adapters/teams/texts.js';
import { t } from './adapters/teams/texts.js';
import { createHttpServer } from './adapters/http/server.js';
import { caseRepository } from './adapters/storage/case-repository.js';
import type { DocumentStore } from './adapters/storage/document-store.js';
import { conversationRepository, quarantineRepository } from './adapters/storage/small-repositories.js';
import { personLinkRepository } from './adapters/storage/job-repositories.js';
import { createDeskJobs } from './jobs/desk-jobs.js';
import { WorkLoop } from './jobs/work-loop.js';
import type { ChannelSlot } from './usecases/job-ports.js';
import type { ActDeps } from './usecases/act-on-case.js';
import { ingestAlerts } from './usecases/ingest-alerts.js';
import type { CardSlot, CaseRecord, Clock, Register } from './usecases/ports.js';
import { screenPending } from './usecases/screen-pending.js';

export interface DeskOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: DocumentStore;
  readonly register: RegisterIndex;
  readonly clock?: Clock;
  /** Replaces the Bot Connector sender (tests count what is sent). */
  readonly sender?: TeamsSender;
  /** Extra Bot Framework authentication settings (tests serve their own OpenID metadata on loopback). */
  readonly botAuthOverrides?: Record<string, string>;
  readonly credentialsFactory?: CredentialsFactory;
  /** How often the screening loop looks for alerts another instance stored (default 30 s); it is woken for its own. */
  readonly screeningPollMs?: number;
  /** Reads the register snapshot again when its file changes; without it the register given stays. */
  readonly loadRegister?: () => Promise<RegisterIndex>;
  /** This instance's id, the holder of job leases (default: random per start). */
  readonly instanceId?: string;
  /** Opens a person's one-to-one chat (tests use the stand-in through the real adapter by default). */
  readonly openPersonal?: (channel: ChannelAddress, userAadObjectId: string) => Promise<string>;
}

/**
 * Wires one bot instance: repositories on the store, the Teams app, the HTTP server, and the loops that
 * screen new alerts and deliver the outbox. Nothing here holds state that another instance would need.
 */
export function createDesk(options: DeskOptions) {
  const { config, logger, store } = options;
  const clock: Clock = options.clock ?? { now: () => new Date() };
  const cases = caseRepository(store);
  const conversations = conversationRepository(store);
  const quarantine = quarantineRepository(store);
  const roles = loadRolesFile(config.ROLES_FILE);
  const policy = loadPolicy(config.DEADLINE_POLICY_FILE);
  let registerIndex = options.register;
  const register: Register = { current: () => registerIndex };
  const replaceRegister = (next: RegisterIndex) => { registerIndex = next; };
  const ids = { next: () => randomUUID() };
  const today = (now: Date) => toLocalDate(now, config.TIME_ZONE);

  const adapter = new DeskAdapter({
    MicrosoftAppId: config.MICROSOFT_APP_ID,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? '',
    // Without an app id (local runs) there is no tenant to pin: the library only accepts MultiTenant then.
    MicrosoftAppType: config.MICROSOFT_APP_ID ? config.MICROSOFT_APP_TYPE : 'MultiTenant',
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? '',
    ...options.botAuthOverrides,
  }, options.credentialsFactory);
  const sender = options.sender ?? cloudAdapterSender(adapter, config.MICROSOFT_APP_ID);

  // Without a name in the roles file an officer is shown by Entra object id, which is at least unambiguous.
  const officerName = (id: string) => roles.nameOf(id) ?? id;
  const members = (slot: CardSlot) => roles.membersWith(slot).map((id) => ({ id, name: officerName(id) }));
  const cardContext = (lang: Lang, slot: CardSlot = 'registry'): CardContext => ({ lang, today: today(clock.now()), timeZone: config.TIME_ZONE, policy, members: members(slot) });

  // An exclusive (embedded) store is this process's alone: a card found `sending` in it now was being sent
  // by a process that died, so it goes out again at once instead of after the multi-instance lease.
  const takeover = { leaseMs: SENDING_LEASE_MS, ...(store.exclusive ? { orphanedBefore: clock.now() } : {}) };
  /** A channel's address: configured first, else the one an admin connected with `connect`. */
  const channelFor = async (slot: ChannelSlot) => {
    const configured = { registry: config.REGISTRY_CHANNEL_ID, supervision: config.SUPERVISION_CHANNEL_ID, leadership: config.LEADERSHIP_CHANNEL_ID }[slot];
    if (configured && config.TEAMS_SERVICE_URL) return { serviceUrl: config.TEAMS_SERVICE_URL, conversationId: configured, tenantId: config.MICROSOFT_APP_TENANT_ID };
    const ref = await conversations.get(`channel:${slot}`);
    return ref ? { serviceUrl: ref.serviceUrl, conversationId: ref.conversation.id, tenantId: config.MICROSOFT_APP_TENANT_ID } : undefined;
  };
  const limiter = new RateLimiter();
  // Aborted by stop(): senders waiting for their turn under Teams' limits give their messages back.
  const shutdown = new AbortController();
  const dispatcherDeps = {
    cases, sender, clock, logger, takeover, limiter,
    sleep: sleepUnless(shutdown.signal), signal: shutdown.signal,
    channelFor,
    render: (c: Parameters<typeof renderCaseCard>[0], slot: CardSlot, cards: CaseRecord['cards']) => ({
      card: renderCaseCard(c, { ...cardContext(config.LOCALE, slot), slot, cards }),
      summary: t(config.LOCALE, 'cardTitle', { ref: c.imiId }),
    }),
  };

  const outbox = outboxRunner(dispatcherDeps, config.OUTBOX_POLL_MS);
  const outboxLoop = new WorkLoop('outbox', () => outbox.run(), config.OUTBOX_POLL_MS, logger);
  const writer = { cases, ids, journalKey: config.JOURNAL_KEY, persons: personLinkRepository(store), onOutbox: (imiId: string) => { outbox.notify(imiId); outboxLoop.wake(); } };
  const act: ActDeps = { ...writer, clock, today };
  const screeningLoop = new WorkLoop('screening', () => screenPending({ ...writer, clock, screener: () => register.current(), onError: (imiId, err) => logger.error({ err, imiId }, 'screening this alert failed; it stays unscreened and is tried again on the next run. Report the error') }), options.screeningPollMs ?? 30_000, logger);
  const jobs = createDeskJobs({
    config, logger, store, clock, writer, conversations, policy, sender, limiter, takeover, channelFor, officerName, signal: shutdown.signal,
    instanceId: options.instanceId ?? randomUUID(),
    openPersonal: options.openPersonal ?? cloudAdapterPersonalChats(adapter, config.MICROSOFT_APP_ID),
    register: { current: () => registerIndex, replace: replaceRegister },
    ...(options.loadRegister ? { loadRegister: options.loadRegister } : {}),
  });

  const app = createBotApp(adapter, {
    act, roles, register, conversations, logger, locale: config.LOCALE, timeZone: config.TIME_ZONE,
    cardContext: (lang: Lang, slot?: CardSlot) => cardContext(lang, slot),
    officerName,
    nohit: { notices: jobs.notices, renderList: async (list, lang, line) => (await jobs.renderList(list, lang, line)).card },
    onRefused: async (actorId, what, journaledOn) => logger.info({ actor: actorId, what, journaledOn }, 'chat request refused: no role'),
    leadershipChannel: async () => (await channelFor('leadership'))?.conversationId,
  });

  let ready = false;
  const server = createHttpServer({
    adapter, app, logger,
    ingestToken: config.INGEST_TOKEN,
    ingestMaxBytes: config.INGEST_MAX_BYTES,
    ingest: (raw, source) => ingestAlerts({ ...writer, quarantine, clock, onStored: () => screeningLoop.wake() }, raw, source),
    isReady: () => ready,
  });

  return {
    server, cases, register, store, jobs,
    replaceRegister,
    /** Starts listening and the loops; resolves with the bound port. */
    async start(): Promise<number> {
      await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
      screeningLoop.start();
      outboxLoop.start();
      jobs.start();
      ready = true;
      const address = server.address();
      return typeof address === 'object' && address ? address.port : config.PORT;
    },
    /** Lets the loops finish their current work: for tests and for a clean shutdown. */
    async settle(): Promise<void> {
      await jobs.settle();
      await screeningLoop.idle();
      await outboxLoop.idle();
      await jobs.settle();
    },
    wake() { screeningLoop.wake(); outboxLoop.wake(); jobs.wake(); },
    async stop(): Promise<void> {
      ready = false;
      shutdown.abort();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.stop();
      await screeningLoop.stop();
      await outboxLoop.stop();
      await store.close();
    },
  };
}

export type Desk = ReturnType<typeof createDesk>;

function loadPolicy(path: string | undefined): DeadlinePolicy {
  if (!path) return DEFAULT_DEADLINE_POLICY;
  const parsed = parseDeadlinePolicy(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`DEADLINE_POLICY_FILE ${path}: ${parsed.errors.map((e) => `${e.path || '(file)'}: ${e.message}`).join('; ')}`);
  return parsed.value;
}
