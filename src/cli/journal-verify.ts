/**
 * npm run journal:verify [-- --json] [--all-parts] [--max-age-days N]
 * Checks every case's journal and the daily checkpoints (DESIGN.md, "Journal integrity") and names each
 * finding with the case reference and entry number. Exit code 0: intact; 1: something was found;
 * 2: configuration or command line wrong; 3: the store could not be opened (e.g. the bot holds it).
 */
import { parseArgs } from 'node:util';
import { caseRepository } from '../adapters/storage/case-repository.js';
import { checkpointRepository } from '../adapters/storage/checkpoint-repository.js';
import { DEFAULT_MAX_CHECKPOINT_AGE_DAYS, verifyJournals } from '../usecases/verify-journals.js';
import { CliExit, configOrExit, EXIT, openStoreOrExit, runCli } from './journal-cli.js';
import { formatReport } from './journal-report.js';

const USAGE = 'usage: npm run journal:verify [-- --json] [--all-parts] [--max-age-days N]';

function options() {
  let values;
  try {
    ({ values } = parseArgs({ options: { json: { type: 'boolean' }, 'all-parts': { type: 'boolean' }, 'max-age-days': { type: 'string' } } }));
  } catch (error) {
    throw new CliExit(EXIT.usage, `${(error as Error).message}\n${USAGE}`);
  }
  const maxAge = values['max-age-days'] === undefined ? DEFAULT_MAX_CHECKPOINT_AGE_DAYS : Number(values['max-age-days']);
  if (!Number.isInteger(maxAge) || maxAge < 0) {
    throw new CliExit(EXIT.usage, `--max-age-days: må være et heltall fra 0 / must be a whole number from 0, got ${JSON.stringify(values['max-age-days'])}\n${USAGE}`);
  }
  return { json: values.json === true, allParts: values['all-parts'] === true, maxAge };
}

runCli(async () => {
  const opts = options();
  const config = configOrExit();
  const store = await openStoreOrExit(config);
  try {
    const report = await verifyJournals(
      { cases: caseRepository(store), checkpoints: checkpointRepository(store), clock: { now: () => new Date() }, journalKey: config.JOURNAL_KEY, timeZone: config.TIME_ZONE },
      { maxCheckpointAgeDays: opts.maxAge, allParts: opts.allParts },
    );
    process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.intact ? EXIT.ok : EXIT.found;
  } finally {
    await store.close();
  }
});
