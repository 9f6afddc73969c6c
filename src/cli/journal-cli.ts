/**
 * What the journal commands (journal:verify, journal:export) share: configuration read as the bot reads it,
 * the store opened as the bot opens it, and exit codes an operator or a monitor can rely on.
 */
import pino from 'pino';
import { ConfigError, loadConfig } from '../config.js';
import type { Config } from '../config.js';
import type { DocumentStore } from '../adapters/storage/document-store.js';

export const EXIT = {
  /** Done; for verify: the journal is intact. */
  ok: 0,
  /** verify: something was found; export: no such case. */
  found: 1,
  /** Configuration or command line is wrong: nothing was checked. */
  usage: 2,
  /** The store could not be opened (in use by the running bot, unreachable): nothing was checked. */
  store: 3,
} as const;

/** Stops the command with a message on stderr and an exit code. */
export class CliExit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

export function configOrExit(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliExit(EXIT.usage, `Konfigurasjonen er ugyldig / The configuration is invalid.\n${error.message}`);
    throw error;
  }
}

/**
 * Opens the configured store. The embedded store lets one process at a time open its directory, and the
 * running bot holds it: rather than read files the bot is writing and compacting, the command stops and
 * says so. With STORE=cosmos the commands run beside the bot.
 */
export async function openStoreOrExit(config: Config): Promise<DocumentStore> {
  // Loaded only once the configuration is known to be good: these modules take a second or two to load.
  const { openStore, storeOptionsOf } = await import('../adapters/storage/open-store.js');
  const logger = pino({ level: config.LOG_LEVEL, base: { app: 'imi-alert-desk', command: 'journal' } }, pino.destination(2));
  try {
    return await openStore(storeOptionsOf(config), logger);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const inUse = / is in use by process \d+/.test(message);
    throw new CliExit(EXIT.store, inUse
      ? 'Lageret brukes av en annen prosess, trolig boten. Stopp boten en kort stund og kjør kommandoen på nytt (kontrollen tar sekunder).\n' +
        'The store is in use by another process, most likely the bot. Stop the bot briefly and run the command again (the check takes seconds).\n' +
        `(${message})`
      : `Kunne ikke åpne lageret / Could not open the store: ${message}`);
  }
}

/** Runs a command's main function, turning CliExit and unexpected failures into stderr and an exit code. */
export function runCli(main: () => Promise<number>): void {
  main().then((code) => { process.exitCode = code; }, (error: unknown) => {
    if (error instanceof CliExit) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.code;
      return;
    }
    process.stderr.write(`Kommandoen feilet / The command failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.store;
  });
}
