/**
 * Test harness for the Microsoft 365 Agents Playground (@microsoft/m365agentsplayground 0.2.28),
 * a local stand-in for the Teams client and the Bot Connector.
 *
 * Facts below were checked against 0.2.28 by reading node_modules/@microsoft/m365agentsplayground/dist/index.js
 * and by driving it with a throwaway echo bot; see test/support/PLAYGROUND.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Default port of the CLI (`-p`, env TEAMSAPPTESTER_PORT). If it is taken, the CLI silently picks a random port. */
export const PLAYGROUND_DEFAULT_PORT = 56150;

/**
 * serviceUrl the Playground puts in every activity it sends to the bot (seen in the activities):
 * always `localhost`, never the address the browser used. The Bot Connector routes are mounted under `/_connector`
 * (`app.use("/_connector", ..., connectorRouter)` in dist/index.js). No Authorization header is needed or checked.
 */
export const PLAYGROUND_SERVICE_URL = (port: number): string => `http://localhost:${port}/_connector`;

/**
 * Ids of the built-in configuration (used when no config file is given): `defaultConfigFileContent` in
 * dist/index.js, confirmed by GET /_internal/v1/config and by the activities the bot received.
 * The personal chat and group chat ids are random UUIDs per start (fix the personal one with `conversationId`).
 */
export const PLAYGROUND_DEFAULTS = {
  tenantId: '00000000-0000-0000-0000-0000000000001',
  bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' },
  /** The signed-in user of the UI: activities carry from = { id, name, aadObjectId }. */
  currentUser: {
    id: 'user-id-0',
    name: 'Alex Wilber',
    aadObjectId: '00000000-0000-0000-0000-0000000000020',
    userPrincipalName: 'alexw@example.com',
  },
  /** The five other users (group chat and team members); ids user-id-1..5, aadObjectIds ...021..025. */
  otherUsers: [
    { id: 'user-id-1', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000021' },
    { id: 'user-id-2', name: 'Adele Vance', aadObjectId: '00000000-0000-0000-0000-0000000000022' },
    { id: 'user-id-3', name: 'Isaiah Langer', aadObjectId: '00000000-0000-0000-0000-0000000000023' },
    { id: 'user-id-4', name: 'Patti Fernandez', aadObjectId: '00000000-0000-0000-0000-0000000000024' },
    { id: 'user-id-5', name: 'Lynne Robbins', aadObjectId: '00000000-0000-0000-0000-0000000000025' },
  ],
  team: { id: 'team-id', name: 'My Team', aadGroupId: '00000000-0000-0000-0000-000000000031' },
  /** The General channel's conversation id is the team id (as in Teams). UI label "My Team - General". */
  generalChannelId: 'team-id',
  /** The one extra channel. UI label "My Team - Announcements". */
  announcementsChannelId: 'channel-announcements-id',
} as const;

/**
 * Conversation id of a channel thread, as the Playground (and Teams) uses it: the invoke and message activities
 * from a thread carry `conversation.id = "<channelId>;messageid=<root activity id>"`. A PUT to update a card works
 * both with this id and with the bare channel id.
 */
export const channelThreadId = (channelId: string, rootActivityId: string): string =>
  `${channelId};messageid=${rootActivityId}`;

interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string; // sic: the schema's spelling
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

/**
 * The Playground's config file (schema https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json, embedded in
 * dist/index.js). Normally `.m365agentsplayground.yml` in the cwd or the path in M365_AGENTS_PLAYGROUND_CONFIG_PATH.
 * Limits from the schema: exactly 5 `users` besides `currentUser`; one team; at most one channel besides General
 * (whose id is `team.id`); one group chat. All ids must be unique.
 */
export interface PlaygroundConfigFile {
  version: '0.1.1';
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: [PlaygroundUser, PlaygroundUser, PlaygroundUser, PlaygroundUser, PlaygroundUser];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: [] | [{ id: string; name: string }] };
}

export interface StartPlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages (`-e`). */
  botEndpoint: string;
  /** Port to listen on (`-p`). Default 0 = a free random port. A taken port silently falls back to a random one. */
  port?: number;
  /** Extra environment for the Playground process. */
  env?: NodeJS.ProcessEnv;
  /** Custom users, team, channels and ids. Written as JSON (valid YAML) to a temp file. */
  config?: PlaygroundConfigFile;
  /** Fixed personal-chat conversation id (`--conversation-id`); ignored when `config` is given. */
  conversationId?: string;
  /** Milliseconds to wait for the server to answer. Default 30000. */
  startTimeoutMs?: number;
}

export interface Playground {
  /** Base URL of the UI, e.g. http://127.0.0.1:41481 */
  url: string;
  port: number;
  /** What the Playground sends as serviceUrl (http://localhost:<port>/_connector). */
  serviceUrl: string;
  /** stdout and stderr of the Playground so far. */
  output(): string;
  /** Kills the whole process group and removes the temp directory. Safe to call twice. */
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Path of the CLI entry point (bin `agentsplayground` -> cli.js). */
export function playgroundCliPath(): string {
  return join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
}

/**
 * Starts the Playground headless. Ready = it printed `Listening on <port>` on stdout and
 * GET /_internal/v1/config answers 200 (that request is the same one the UI makes on load).
 */
export async function startPlayground(options: StartPlaygroundOptions): Promise<Playground> {
  const workDir = mkdtempSync(join(tmpdir(), 'agents-playground-'));
  const args = [playgroundCliPath(), '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port ?? 0), '--disable-telemetry'];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Without this it tries to open a browser and exits 1 silently.
    TEAMSAPPTESTER_BROWSER: 'none',
    // Without this the Application Insights statsbeat tries the network.
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    // Default log file is ./devTools/m365agentsplayground.log relative to the cwd.
    TEAMSAPPTESTER_LOGFILE: join(workDir, 'm365agentsplayground.log'),
    ...options.env,
  };
  if (options.config) {
    const configPath = join(workDir, 'm365agentsplayground.yml');
    writeFileSync(configPath, JSON.stringify(options.config, null, 2));
    env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = configPath;
  } else {
    // Make sure a stray config file in the caller's cwd or environment is not picked up.
    env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = join(workDir, 'none.yml');
    if (options.conversationId) args.push('--conversation-id', options.conversationId);
  }

  const child = spawn(process.execPath, args, { cwd: workDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await killGroup(child, exited);
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
    let port: number | undefined;
    while (port === undefined) {
      const match = /Listening on (\d+)/.exec(output);
      if (match?.[1]) port = Number(match[1]);
      else if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`Playground exited (${child.exitCode ?? child.signalCode}) before listening:\n${output}`);
      else if (Date.now() > deadline) throw new Error(`Playground did not start in time:\n${output}`);
      else await sleep(100);
    }
    const url = `http://127.0.0.1:${port}`;
    for (;;) {
      try {
        const res = await fetch(`${url}/_internal/v1/config`);
        if (res.ok) break;
      } catch {
        // not answering yet
      }
      if (Date.now() > deadline) throw new Error(`Playground on ${url} did not answer in time:\n${output}`);
      await sleep(100);
    }
    return { url, port, serviceUrl: PLAYGROUND_SERVICE_URL(port), output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The effective configuration (users, tenant, bot, chat/team/channel ids incl. the random personal chat id). */
export interface PlaygroundRuntimeConfig {
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string; name: string };
  groupChats: { id: string; name: string; members: string[] }[];
  teams: {
    id: string;
    name: string;
    aadGroupId: string;
    channels: { id: string; name: string; channelType: string }[];
    members: string[];
  }[];
}

/** GET /_internal/v1/config: the ids in use, including the per-run personal and group chat ids. */
export async function getPlaygroundConfig(url: string): Promise<PlaygroundRuntimeConfig> {
  const res = await fetch(`${url}/_internal/v1/config`);
  if (!res.ok) throw new Error(`GET ${url}/_internal/v1/config: ${res.status}`);
  const body = (await res.json()) as { config: PlaygroundRuntimeConfig };
  return body.config;
}

async function killGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, sig); // the whole process group (spawned detached = own group)
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(3000).then(() => true)]);
  if (timedOut) {
    signal('SIGKILL');
    await Promise.race([exited, sleep(2000)]);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
