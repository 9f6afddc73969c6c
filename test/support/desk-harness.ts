import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { createDesk } from '../../src/desk.js';
import type { Desk, DeskOptions } from '../../src/desk.js';
import { buildRegisterIndex } from '../../src/domain/matching/index.js';
import type { RegisterPerson } from '../../src/domain/matching/index.js';
import { openEmbeddedStore } from '../../src/adapters/storage/embedded-store.js';
import type { DocumentStore } from '../../src/adapters/storage/document-store.js';
import type { ConnectorStandIn, StandInOptions } from './connector-standin.js';
import { startConnectorStandIn } from './connector-standin.js';

export const TENANT = 'tenant-0001';
export const REGISTRY_CHANNEL = '19:registry@thread.tacv2';
export const SUPERVISION_CHANNEL = '19:supervision@thread.tacv2';
export const INGEST_TOKEN = 'test-ingest-token-0123456789';

export interface Officer { readonly aadObjectId: string; readonly name: string }
export const OFFICERS = {
  registryA: { aadObjectId: 'aad-registry-a', name: 'Rita Registry' },
  registryB: { aadObjectId: 'aad-registry-b', name: 'Rolf Registry' },
  supervisionA: { aadObjectId: 'aad-supervision-a', name: 'Siri Supervision' },
  supervisionB: { aadObjectId: 'aad-supervision-b', name: 'Sverre Supervision' },
  leader: { aadObjectId: 'aad-leader', name: 'Liv Leader' },
  outsider: { aadObjectId: 'aad-outsider', name: 'Otto Outsider' },
} as const satisfies Record<string, Officer>;

export const ROLES = {
  'aad-registry-a': ['registry'], 'aad-registry-b': ['registry'],
  'aad-supervision-a': ['supervision'], 'aad-supervision-b': ['supervision'],
  'aad-leader': ['leader'], 'aad-admin': ['admin'],
};

/** Captures every log line, so tests can check that no identity data is ever logged. */
export function captureLogger() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

/**
 * The real desk (HTTP server, Teams app, store, loops) on a free port, against a loopback stand-in for
 * the Bot Connector and the embedded store in a temp directory.
 */
export async function startDesk(options: {
  register: RegisterPerson[]; env?: Record<string, string>; store?: DocumentStore; roles?: Record<string, readonly string[] | { name: string; roles: readonly string[] }>; deskOptions?: Partial<DeskOptions>; standIn?: StandInOptions;
  /** The Authorization header Teams would send with an activity (the bot runs with authentication when an app id is set). */
  authorize?: (activity: { serviceUrl: string }) => string;
}) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-'));
  const connector: ConnectorStandIn = await startConnectorStandIn(options.standIn);
  writeFileSync(join(dir, 'roles.json'), JSON.stringify({ ...ROLES, ...options.roles }));
  const config = loadConfig({
    PORT: '0', DATA_DIR: dir, REGISTER_FILE: join(dir, 'register.jsonl'), ROLES_FILE: join(dir, 'roles.json'),
    INGEST_TOKEN, JOURNAL_KEY: 'test-journal-key-0123456789abcdef0123456789', TEAMS_SERVICE_URL: connector.url,
    REGISTRY_CHANNEL_ID: REGISTRY_CHANNEL, SUPERVISION_CHANNEL_ID: SUPERVISION_CHANNEL, MICROSOFT_APP_TENANT_ID: TENANT,
    OUTBOX_POLL_MS: '200', JOBS_ENABLED: 'false', LOG_LEVEL: 'debug', ...options.env,
  });
  const { logger, lines } = captureLogger();
  mkdirSync(join(dir, 'store'), { recursive: true });
  const store = options.store ?? (await openEmbeddedStore({ dir: join(dir, 'store') }));
  const desk: Desk = createDesk({ config, logger, store, register: buildRegisterIndex(options.register), ...options.deskOptions });
  const port = await desk.start();
  const base = `http://127.0.0.1:${port}`;

  const activity = (from: Officer, extra: Record<string, unknown>) => ({
    id: randomUUID(), channelId: 'msteams', serviceUrl: connector.url, timestamp: new Date().toISOString(), locale: 'nb-NO',
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: '28:bot', name: 'IMI-varsler' },
    ...extra,
  });
  const postActivity = async (body: { serviceUrl: string }) => {
    const auth = options.authorize?.(body);
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };

  return {
    desk, connector, config, logLines: lines, base, dir,
    async postAlerts(body: unknown, token = INGEST_TOKEN) {
      const res = await fetch(`${base}/api/alerts`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: typeof body === 'string' ? body : JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    /** Presses a card button as Teams does: an `adaptiveCard/action` invoke on the card's message. */
    invoke(from: Officer, verb: string, data: Record<string, unknown>, card: { conversationId: string; activityId: string }, locale = 'nb-NO') {
      return postActivity(activity(from, {
        type: 'invoke', name: 'adaptiveCard/action', locale, replyToId: card.activityId,
        conversation: { id: `${card.conversationId};messageid=${card.activityId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
        channelData: { channel: { id: card.conversationId }, tenant: { id: TENANT } },
        value: { action: { type: 'Action.Execute', verb, data } },
      }));
    },
    /** A chat message in the person's one-to-one chat with the bot. */
    say(from: Officer, text: string, locale = 'nb-NO') {
      return postActivity(activity(from, { type: 'message', text, locale, conversation: { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId: TENANT } }));
    },
    /** A message in a team channel that mentions the bot, as Teams delivers it. */
    sayInChannel(from: Officer, channelId: string, text: string, locale = 'nb-NO') {
      return postActivity(activity(from, {
        type: 'message', locale, text: `<at>IMI-varsler</at> ${text}`,
        entities: [{ type: 'mention', text: '<at>IMI-varsler</at>', mentioned: { id: '28:bot', name: 'IMI-varsler' } }],
        conversation: { id: `${channelId};messageid=${Date.now()}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
        channelData: { channel: { id: channelId }, team: { id: '19:team@thread.tacv2' }, tenant: { id: TENANT } },
      }));
    },
    /** Lets the screening and outbox loops finish what is queued. */
    async settle() {
      for (let i = 0; i < 3; i++) { desk.wake(); await desk.settle(); }
    },
    async stop() {
      await desk.stop();
      await connector.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type DeskHarness = Awaited<ReturnType<typeof startDesk>>;
