/**
 * Card action benchmark (issue 5): the store preloaded with 17,232 cases waiting for a match check, the
 * real HTTP server (createDesk) against a stand-in Bot Connector, and simulated registry officers pressing
 * claim, showDetails and confirmMatch (with the versions their cards carry) for 30 s.
 *
 *   npm run bench:actions -- --store embedded|cosmos|both [--seconds 30] [--auth] [--cpu-profile DIR]
 *
 * `--auth` runs the bot with an app id, so every press carries a Bot Framework token that the bot checks as
 * in production (signature against the published keys, issuer, audience, service URL), only against a
 * loopback key server; without it the bot runs unauthenticated, as local runs do.
 *
 * Embedded store: 50 connections, no think time; target p99 <= 60 ms, aim >= 1,500 requests/s.
 * Cosmos adapter on the local Cosmos-protocol server: a steady offered 100 requests/s; target p99 <= 100 ms.
 * Both: 0 errors (a 5xx, no answer within 2 s, or a wrong outcome). Exits 1 when a target is missed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { constants as perf, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { caseRepository } from '../../src/adapters/storage/case-repository.js';
import { openCosmosStore } from '../../src/adapters/storage/cosmos-store.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import { loadConfig } from '../../src/config.js';
import { createDesk } from '../../src/desk.js';
import { buildRegisterIndex } from '../../src/domain/matching/index.js';
import { makeRegister } from '../eval/generator/people.js';
import { Rng } from '../eval/generator/rng.js';
import { preloadCases, type PreloadedCase } from '../support/bench-cases.js';
import { JOURNAL_KEY } from '../support/bot-process.js';
import { startProfiler } from '../support/cpu-profiler.js';
import type { Presser } from '../support/card-invoke.js';
import { startConnectorStandIn } from '../support/connector-standin.js';
import { startPlainCosmosServer } from '../support/cosmos-plain-server.js';
import { channelAuthWith, fixedOutboundCredentials, startTokenIssuer } from '../support/bot-tokens.js';
import { INGEST_TOKEN, REGISTRY_CHANNEL, TENANT } from '../support/desk-harness.js';
import { runOfficerLoad, type LoadResult, type Pace } from '../support/officer-load.js';

const CASES = 17_232;
const OFFICERS = 50;
const TIMEOUT_MS = 2_000;

type Mode = 'embedded' | 'cosmos';
interface Target { readonly pace: Pace; readonly p99Ms: number; readonly minPerSecond?: number }
const TARGETS: Record<Mode, Target> = {
  embedded: { pace: { kind: 'connections', connections: OFFICERS }, p99Ms: 60, minPerSecond: 1_500 },
  cosmos: { pace: { kind: 'rate', perSecond: 100 }, p99Ms: 100 },
};

function parseArgs(argv: string[]): { modes: Mode[]; seconds: number; targets: Record<Mode, Target>; auth: boolean; profileDir?: string } {
  const value = (name: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
  const positive = (name: string, fallback: number) => {
    const n = Number(value(name) ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: must be a positive number, not ${value(name)}`);
    return n;
  };
  const store = value('store') ?? 'both';
  if (!['embedded', 'cosmos', 'both'].includes(store)) throw new Error(`--store: must be embedded, cosmos or both, not ${store}`);
  // --connections and --rate change the load for exploring; the targets hold only for the defaults.
  const targets = {
    embedded: { ...TARGETS.embedded, pace: { kind: 'connections', connections: Math.min(OFFICERS, positive('connections', OFFICERS)) } },
    cosmos: { ...TARGETS.cosmos, pace: { kind: 'rate', perSecond: positive('rate', 100) } },
  } satisfies Record<Mode, Target>;
  const profileDir = value('cpu-profile');
  return { modes: store === 'both' ? ['embedded', 'cosmos'] : [store as Mode], seconds: positive('seconds', 30), targets, auth: argv.includes('--auth'), ...(profileDir ? { profileDir } : {}) };
}

const officers: Presser[] = Array.from({ length: OFFICERS }, (_, i) => ({ aadObjectId: `aad-officer-${i + 1}`, name: `Officer ${String(i + 1).padStart(2, '0')}` }));

/** Every case once, shuffled; one in five also comes up again a few places later, for a second officer to race the first. */
function workQueue(cases: readonly PreloadedCase[], rng: Rng): PreloadedCase[] {
  const order = [...cases];
  for (let i = order.length - 1; i > 0; i--) { const j = rng.int(i + 1); [order[i], order[j]] = [order[j]!, order[i]!]; }
  const queue: PreloadedCase[] = [];
  const later: [number, PreloadedCase][] = [];
  order.forEach((c, i) => {
    queue.push(c);
    if (rng.chance(0.2)) later.push([i + 1 + rng.int(5), c]);
    for (const [at, again] of later.filter(([at]) => at === i)) { queue.push(again); later.splice(later.findIndex(([a]) => a === at), 1); }
  });
  return queue;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/**
 * The server thread's garbage-collector pauses while it runs: young-generation (scavenge) and full
 * (mark-compact) collections stop the event loop, so they show up directly in the tail latency.
 */
function watchCollector(): { stop(): string } {
  const minor: number[] = [];
  const major: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === perf.NODE_PERFORMANCE_GC_MINOR) minor.push(entry.duration);
      else if (kind === perf.NODE_PERFORMANCE_GC_MAJOR) major.push(entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const describe = (name: string, ms: number[]) =>
    `${ms.length} ${name}, ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms in all, longest ${Math.max(0, ...ms).toFixed(1)} ms`;
  return {
    stop() {
      observer.disconnect();
      return `${describe('young-generation', minor)}; ${describe('full', major)}`;
    },
  };
}

/** The store for a mode, with the settings that name it (the store itself is opened here, with the test server's trust). */
async function openStoreFor(mode: Mode, dir: string): Promise<{ store: DocumentStore; env: Record<string, string>; sweepMs?: number; close(): Promise<void> }> {
  if (mode === 'embedded') {
    const store = await openEmbeddedStore({ dir: join(dir, 'store') });
    return { store, env: { STORE: 'embedded' }, close: async () => undefined };
  }
  // Plain HTTP: see startPlainCosmosServer for why the measurement does not go over TLS to this server.
  const server = await startPlainCosmosServer();
  const database = 'bench-actions';
  const store = await openCosmosStore({ endpoint: server.endpoint, key: server.key, database, connectionPolicy: server.connectionPolicy });
  // The local server answers every query in time quadratic in the container's size (its query engine copies
  // the collection once per document: about 1.3 s at 17,232 cases, during which it answers nothing else),
  // which Cosmos DB, answering from its index, does not. The loops' sweep queries, which look for work
  // another instance left, are therefore kept out of the measured window; the work this instance's own
  // writes create is delivered without any query, as in production.
  const sweepMs = 60 * 60_000;
  return { store, sweepMs, env: { STORE: 'cosmos', COSMOS_ENDPOINT: server.endpoint, COSMOS_KEY: server.key, COSMOS_DATABASE: database, OUTBOX_POLL_MS: String(sweepMs) }, close: () => server.stop() };
}

const APP_ID = '5b0c7f2e-7d3a-4d1a-9c7e-2f4b8e1d0a17';

/** With `--auth`: the bot's app id and the loopback keys its token check uses, and the token the officers send. */
async function authFor(enabled: boolean, serviceUrl: string) {
  if (!enabled) return { env: {}, deskOptions: {}, stop: async () => undefined };
  const issuer = await startTokenIssuer();
  return {
    env: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'bench-secret' },
    deskOptions: { botAuthOverrides: channelAuthWith(issuer.metadataUrl), credentialsFactory: fixedOutboundCredentials(APP_ID, 'bench-outbound-token') as never },
    authorization: `Bearer ${issuer.mint(APP_ID, serviceUrl)}`,
    stop: () => issuer.stop(),
  };
}

async function benchmark(mode: Mode, seconds: number, target: Target, withAuth: boolean, profileDir?: string): Promise<{ result: LoadResult; passed: boolean; line: string }> {
  const dir = await mkdtemp(join(tmpdir(), `bench-actions-${mode}-`));
  const connector = await startConnectorStandIn();
  const auth = await authFor(withAuth, connector.url);
  const { store, env, sweepMs, close } = await openStoreFor(mode, dir);
  const rng = new Rng(17_232);
  const people = makeRegister(rng, CASES).map((p) => p.person).slice(0, CASES);
  const register = buildRegisterIndex(people);

  const started = performance.now();
  const cases = await preloadCases(caseRepository(store), people, register, {
    journalKey: JOURNAL_KEY, serviceUrl: connector.url, conversationId: REGISTRY_CHANNEL, concurrency: mode === 'embedded' ? 500 : 50, now: new Date(),
  });
  process.stdout.write(`[${mode}] preloaded ${cases.length} cases in ${((performance.now() - started) / 1_000).toFixed(1)} s\n`);

  const rolesFile = join(dir, 'roles.json');
  await writeFile(rolesFile, JSON.stringify(Object.fromEntries(officers.map((o) => [o.aadObjectId, ['registry']]))));
  const config = loadConfig({
    PORT: '0', DATA_DIR: dir, REGISTER_FILE: join(dir, 'register.jsonl'), ROLES_FILE: rolesFile, INGEST_TOKEN, JOURNAL_KEY,
    TEAMS_SERVICE_URL: connector.url, REGISTRY_CHANNEL_ID: REGISTRY_CHANNEL, MICROSOFT_APP_TENANT_ID: TENANT, ...env, ...auth.env,
    // Scheduled jobs (a daily or weekly run over every case) are off: they would catch up at start-up and
    // then run beside the load; they have their own tests. This measures card actions.
    JOBS_ENABLED: 'false',
  });
  // The production log level (info): every action writes its log line, as it does in production.
  const logger = pino({ level: config.LOG_LEVEL, base: { app: 'imi-alert-desk' } }, pino.destination({ dest: join(dir, 'desk.log'), sync: true }));
  const desk = createDesk({ config, logger, store, register, ...auth.deskOptions, ...(sweepMs ? { screeningPollMs: sweepMs } : {}) });
  const port = await desk.start();
  // Start-up work (the screening loop's first pass) finishes first.
  await desk.settle();

  const profiler = profileDir ? await startProfiler() : undefined;
  // Stalls of the server's event loop (long synchronous work, GC pauses) show up directly in the tail latency.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const gc = watchCollector();
  const cpuBefore = process.cpuUsage();
  const serverElu = performance.eventLoopUtilization();
  const queue = workQueue(cases, rng);
  const result = await runOfficerLoad({
    base: `http://127.0.0.1:${port}`, serviceUrl: connector.url, channel: REGISTRY_CHANNEL, officers,
    queue, seconds, pace: target.pace, timeoutMs: TIMEOUT_MS, ...(auth.authorization ? { authorization: auth.authorization } : {}),
    ...(profileDir ? { profileFile: join(profileDir, `actions-${mode}-officers.cpuprofile`) } : {}),
  });
  loopDelay.disable();
  const pauses = gc.stop();
  const cpu = process.cpuUsage(cpuBefore);
  const serverBusy = performance.eventLoopUtilization(serverElu).utilization;
  if (profiler && profileDir) process.stdout.write(`[${mode}] CPU profile of the server thread under load: ${await profiler.stop(join(profileDir, `actions-${mode}.cpuprofile`))}\n`);
  await desk.stop();
  await close();
  await connector.stop();
  await auth.stop();
  await rm(dir, { recursive: true, force: true });

  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const perSecond = sorted.length / result.elapsedS;
  const errors = result.errors.server5xx + result.errors.timeout + result.errors.wrongOutcome + result.errors.other;
  const p99 = percentile(sorted, 99);
  const passed = errors === 0 && p99 <= target.p99Ms && (target.minPerSecond === undefined || perSecond >= target.minPerSecond);
  const pace = (target.pace.kind === 'connections' ? `${target.pace.connections} connections, no think time` : `offered ${target.pace.perSecond} requests/s`) +
    (withAuth ? ', Bot Framework tokens checked' : ', no app id (tokens not checked)');
  const line =
    `[${mode}] ${pace}, ${result.elapsedS.toFixed(1)} s: ${perSecond.toFixed(0)} requests/s, ` +
    `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, errors ${errors} ` +
    `(5xx ${result.errors.server5xx}, timeouts ${result.errors.timeout}, wrong outcomes ${result.errors.wrongOutcome}, other ${result.errors.other})` +
    `${result.missedStarts ? `, ${result.missedStarts} starts missed (every officer busy)` : ''}\n` +
    `[${mode}] p99 by button: ${Object.entries(result.byVerb).map(([verb, ms]) => `${verb} ${percentile([...ms].sort((a, b) => a - b), 99).toFixed(1)} ms`).join(', ')}\n` +
    `[${mode}] outcomes: ${Object.entries(result.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
    `cases taken up ${result.taken} (queue of ${queue.length}: every case once, one in five twice)\n` +
    `[${mode}] server event loop delay: p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms; ` +
    `CPU ${((cpu.user + cpu.system) / 1_000 / sorted.length).toFixed(2)} ms per request (this process: server, officers and Bot Connector stand-in); ` +
    `busy: server thread ${(serverBusy * 100).toFixed(0)} %, officers' thread ${(result.busy * 100).toFixed(0)} %\n` +
    `[${mode}] server garbage collection: ${pauses}\n` +
    `[${mode}] target p99 <= ${target.p99Ms} ms${target.minPerSecond ? `, >= ${target.minPerSecond} requests/s` : ''}, 0 errors: ${passed ? 'met' : 'MISSED'}\n` +
    result.examples.map((e) => `[${mode}]   ${e}\n`).join('');
  return { result, passed, line };
}

const { modes, seconds, targets, auth, profileDir } = parseArgs(process.argv.slice(2));
let allPassed = true;
for (const mode of modes) {
  const { passed, line } = await benchmark(mode, seconds, targets[mode], auth, profileDir);
  process.stdout.write(line);
  allPassed &&= passed;
}
// Written to a pipe, stdout is asynchronous: let it drain before exiting, or the figures can be cut off.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit(allPassed ? 0 : 1);
