/**
 * `npm start`: the whole thing on one machine with no configuration. The bot on 127.0.0.1:3978, the
 * embedded store in ./data, a synthetic register, demo roles for the Playground's users, demo alerts on
 * first start (posted once a Playground page is open), and the Microsoft 365 Agents Playground as the
 * Teams client. Ctrl-C stops everything.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config.js';
import { createLogger, startDesk } from '../index.js';
import { repostCards } from '../usecases/repost-cards.js';
import { demoAlerts, demoRegister } from './demo-data.js';
import { PLAYGROUND_DEFAULTS, PLAYGROUND_DEFAULT_PORT, startPlayground } from './playground.js';

const dataDir = resolve(process.env.DATA_DIR ?? './data');
const botPort = Number(process.env.PORT ?? 3978);
mkdirSync(dataDir, { recursive: true });

function once<T>(path: string, make: () => T, write: (v: T) => string): void {
  if (!existsSync(path)) writeFileSync(path, write(make()));
}
const secretsFile = join(dataDir, 'dev-secrets.json');
once(secretsFile, () => ({ ingestToken: randomBytes(24).toString('hex'), journalKey: randomBytes(32).toString('hex') }), (v) => JSON.stringify(v, null, 2));
const secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as { ingestToken: string; journalKey: string };
const registerFile = join(dataDir, 'demo-register.jsonl');
once(registerFile, () => demoRegister(2000), (people) => people.map((p) => JSON.stringify(p)).join('\n') + '\n');
const rolesFile = join(dataDir, 'demo-roles.json');
const u = PLAYGROUND_DEFAULTS;
once(rolesFile, () => ({
  [u.currentUser.aadObjectId]: { name: u.currentUser.name, roles: ['registry', 'supervision', 'leader', 'admin'] },
  [u.otherUsers[0].aadObjectId]: { name: u.otherUsers[0].name, roles: ['registry'] },
  [u.otherUsers[1].aadObjectId]: { name: u.otherUsers[1].name, roles: ['supervision'] },
  [u.otherUsers[2].aadObjectId]: { name: u.otherUsers[2].name, roles: ['leader'] },
}), (v) => JSON.stringify(v, null, 2));

const playground = await startPlayground({ botEndpoint: `http://127.0.0.1:${botPort}/api/messages`, port: PLAYGROUND_DEFAULT_PORT });
const config = loadConfig({
  ...process.env,
  HOST: '127.0.0.1', PORT: String(botPort), MICROSOFT_APP_ID: '', DATA_DIR: dataDir,
  REGISTER_FILE: process.env.REGISTER_FILE ?? registerFile, ROLES_FILE: process.env.ROLES_FILE ?? rolesFile,
  INGEST_TOKEN: secrets.ingestToken, JOURNAL_KEY: secrets.journalKey,
  TEAMS_SERVICE_URL: playground.serviceUrl, MICROSOFT_APP_TENANT_ID: u.tenantId,
  REGISTRY_CHANNEL_ID: u.generalChannelId, SUPERVISION_CHANNEL_ID: u.announcementsChannelId, LEADERSHIP_CHANNEL_ID: u.announcementsChannelId,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
});
const logger = createLogger(config);
const desk = await startDesk(config, logger);

/**
 * Resolves once a Playground page has opened since this start, or after `patienceMs` in any case. The page's
 * first activity (installationUpdate in Personal Chat) makes the bot store the user's chat reference again,
 * so its etag changes. The Playground buffers what a bot posts before any page is open, but cards posted in
 * its first moments were sometimes never shown (test/support/PLAYGROUND.md).
 */
async function pageOpened(patienceMs = 30_000): Promise<void> {
  const key = `user:${u.currentUser.aadObjectId}`;
  const before = (await desk.store.get('conversations', key))?.etag;
  const giveUpAt = Date.now() + patienceMs;
  while (!stopping && Date.now() < giveUpAt && (await desk.store.get('conversations', key))?.etag === before) {
    await new Promise((r) => setTimeout(r, 200));
  }
}

let firstStart = true;
for await (const _ of desk.cases.all()) { firstStart = false; break; }

process.stdout.write([
  '',
  `  IMI alert desk is running.`,
  `  Open ${playground.url.replace('127.0.0.1', 'localhost')} in a browser (Microsoft 365 Agents Playground).`,
  `  ${firstStart ? 'The demo alerts are posted' : 'The cards are posted again'} once the page is open (or in 30 s).`,
  `  Registry cards:    "My Team - General" channel.  Supervision cards: "My Team - Announcements".`,
  `  Personal chat:     write "hjelp" or "status IMI-DEMO-0001".`,
  `  Post alerts:       curl -H "Authorization: Bearer ${secrets.ingestToken}" -H "Content-Type: application/json" -d @alert.json http://127.0.0.1:${botPort}/api/alerts`,
  `  Ctrl-C stops everything.`,
  '',
].join('\n'));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([desk.stop(), playground.stop()]);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

/** The demo alerts on a first start; after a restart, every open case's card again (the Playground keeps no history). */
async function postCards(): Promise<void> {
  if (firstStart) {
    const res = await fetch(`http://127.0.0.1:${botPort}/api/alerts`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secrets.ingestToken}` },
      body: JSON.stringify({ alerts: demoAlerts(new Date()) }),
    });
    logger.info({ status: res.status }, 'demo alerts posted');
  } else {
    const n = await repostCards(desk.cases, { next: () => randomUUID() }, new Date().toISOString());
    logger.info({ cards: n }, 'the Playground keeps no history: cards posted again');
    desk.wake();
  }
}

await pageOpened();
if (!stopping) await postCards();
