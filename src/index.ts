import { pathToFileURL } from 'node:url';
import pino from 'pino';
import type { Logger } from 'pino';
import { ConfigError, isLoopback, loadConfig } from './config.js';
import type { Config } from './config.js';
import { buildRegisterIndex } from './domain/matching/index.js';
import { loadRegisterFile, skippedRowsReport } from './adapters/register/snapshot-file.js';
import { openStore, storeOptionsOf } from './adapters/storage/open-store.js';
import { createDesk } from './desk.js';
import type { Desk } from './desk.js';

/** Loads the register snapshot and indexes it; bad rows are reported by line and skipped. */
export async function loadRegister(path: string, logger: Logger) {
  const started = Date.now();
  const { persons, errors, partial } = await loadRegisterFile(path);
  const skipped = skippedRowsReport(errors);
  for (const e of skipped.details) logger.warn({ line: e.line }, `register row skipped: ${e.message}`);
  if (skipped.others) logger.warn({ skipped: errors.length, lines: skipped.others }, 'more register rows skipped; fix the snapshot export');
  const kept = skippedRowsReport(partial);
  for (const e of kept.details) logger.warn({ line: e.line }, `register row ${e.message}; the person is screened all the same`);
  if (kept.others) logger.warn({ partial: partial.length, lines: kept.others }, 'more register rows kept without an authorisation; fix the snapshot export');
  const index = buildRegisterIndex(persons);
  logger.info({ rows: index.size, skipped: errors.length, partial: partial.length, ms: Date.now() - started }, 'register loaded');
  return index;
}

/** Opens the store and the register and starts the desk, as configured. */
export async function startDesk(config: Config, logger: Logger): Promise<Desk> {
  if (!config.MICROSOFT_APP_ID) {
    if (!isLoopback(config.HOST)) throw new ConfigError([`MICROSOFT_APP_ID: required when HOST (${config.HOST}) is not loopback`]);
    logger.warn({ host: config.HOST }, 'MICROSOFT_APP_ID is empty: Bot Framework authentication is OFF. Allowed only on loopback, for local runs; set the app id for anything else.');
  }
  const store = await openStore(storeOptionsOf(config), logger);
  const register = await loadRegister(config.REGISTER_FILE, logger);
  const desk = createDesk({ config, logger, store, register, loadRegister: () => loadRegister(config.REGISTER_FILE, logger) });
  const port = await desk.start();
  logger.info({ host: config.HOST, port, store: config.STORE }, `listening on http://${config.HOST}:${port}`);
  return desk;
}

export function createLogger(config: Config): Logger {
  return pino({ level: config.LOG_LEVEL, base: { app: 'imi-alert-desk' } });
}

/**
 * Starts one bot instance from the environment: what production runs (`npm run serve`).
 * SIGINT/SIGTERM stop it cleanly.
 */
export async function main(env?: Readonly<Record<string, string | undefined>>): Promise<Desk> {
  const config = loadConfig(env);
  const logger = createLogger(config);
  const desk = await startDesk(config, logger);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'stopping');
    desk.stop().then(() => process.exit(0), (err) => { logger.error({ err }, 'stop failed'); process.exit(1); });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return desk;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((err: unknown) => {
    // Before the logger exists the only way to tell the operator is stderr.
    process.stderr.write(`${err instanceof ConfigError ? err.message : `start-up failed: ${(err as Error).stack ?? String(err)}`}\n`);
    process.exit(1);
  });
}
