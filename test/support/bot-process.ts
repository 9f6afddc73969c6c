import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RegisterPerson } from '../../src/domain/matching/index.js';
import type { FromBot, ToBot } from './bot-entry.js';
import { INGEST_TOKEN, REGISTRY_CHANNEL, ROLES, SUPERVISION_CHANNEL, TENANT } from './desk-harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'test', 'support', 'bot-entry.ts');
export const JOURNAL_KEY = 'test-journal-key-0123456789abcdef0123456789';
export const LEADERSHIP_CHANNEL = '19:leadership@thread.tacv2';

/** A bot instance running as a child process (test/support/bot-entry.ts). */
export interface BotProcess {
  readonly name: string;
  readonly pid: number;
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly base: string;
  /** Resolves once the process has exited, however it ended. */
  readonly exited: Promise<void>;
  /** Sends the signal and waits for the exit. SIGTERM stops cleanly (the store is closed); SIGKILL does not. */
  stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Runs its loops until no work is left or `timeoutMs` passed; says what is still left. */
  drain(timeoutMs?: number): Promise<{ unscreened: number; pendingOutbox: number }>;
  /** Runs a scheduled job now for the occurrence `at` (under the store lease, as its timer would). */
  runJob(name: string, at: Date): Promise<{ ran: boolean; result?: unknown; error?: string }>;
  /** The last few kilobytes it wrote to stdout and stderr, for failure messages. */
  output(): string;
}

/**
 * The environment every test bot shares: register and roles files in `dir`, cards to `connectorUrl`,
 * authentication off (no app id, loopback), a free port. Add STORE/DATA_DIR or COSMOS_* per instance.
 */
export function botEnvironment(dir: string, options: { register: readonly RegisterPerson[]; connectorUrl: string; roles?: Record<string, readonly string[]> }): Record<string, string> {
  const registerFile = join(dir, 'register.jsonl');
  const rolesFile = join(dir, 'roles.json');
  writeFileSync(registerFile, options.register.map((p) => JSON.stringify(p)).join('\n') + '\n');
  writeFileSync(rolesFile, JSON.stringify(options.roles ?? ROLES));
  return {
    HOST: '127.0.0.1', PORT: '0', REGISTER_FILE: registerFile, ROLES_FILE: rolesFile, INGEST_TOKEN, JOURNAL_KEY,
    TEAMS_SERVICE_URL: options.connectorUrl, REGISTRY_CHANNEL_ID: REGISTRY_CHANNEL, SUPERVISION_CHANNEL_ID: SUPERVISION_CHANNEL, LEADERSHIP_CHANNEL_ID: LEADERSHIP_CHANNEL,
    MICROSOFT_APP_TENANT_ID: TENANT, OUTBOX_POLL_MS: '200', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn',
  };
}

/**
 * Starts one bot process with exactly `env` (plus PATH) and resolves once it listens. Rejects with its
 * output if it exits first or is not listening within `timeoutMs`.
 */
export async function startBotProcess(name: string, env: Record<string, string>, timeoutMs = 60_000): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<Extract<FromBot, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${name} did not listen within ${timeoutMs} ms:\n${output}`)); }, timeoutMs);
    child.on('message', (m: FromBot) => { if (m.type === 'ready') { clearTimeout(timer); resolve(m); } });
    void exited.then(() => { clearTimeout(timer); reject(new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before listening:\n${output}`)); });
  });
  return {
    name, pid: ready.pid, port: ready.port, base: `http://127.0.0.1:${ready.port}`, exited,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    drain: (timeoutMs = 60_000) => ask(child, { type: 'drain', timeoutMs }, exited, name),
    runJob: (job, at) => new Promise((resolve, reject) => {
      const onMessage = (m: FromBot) => {
        if (m.type !== 'jobRun' || m.name !== job) return;
        child.off('message', onMessage);
        resolve({ ran: m.ran, result: m.result, ...(m.error ? { error: m.error } : {}) });
      };
      child.on('message', onMessage);
      void exited.then(() => reject(new Error(`${name} exited while running ${job}`)));
      child.send({ type: 'runJob', name: job, at: at.toISOString() } satisfies ToBot);
    }),
    output: () => output,
  };
}

/** Starts `count` bot processes at once, named `${prefix}-1`..., each with `envFor(i)` (i from 0). */
export function startBotProcesses(count: number, prefix: string, envFor: (i: number) => Record<string, string>): Promise<BotProcess[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => startBotProcess(`${prefix}-${i + 1}`, envFor(i))));
}

function ask(child: ChildProcess, message: ToBot, exited: Promise<void>, name: string): Promise<{ unscreened: number; pendingOutbox: number }> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromBot) => {
      if (m.type !== 'drained') return;
      child.off('message', onMessage);
      resolve({ unscreened: m.unscreened, pendingOutbox: m.pendingOutbox });
    };
    child.on('message', onMessage);
    void exited.then(() => reject(new Error(`${name} exited while draining`)));
    child.send(message);
  });
}
