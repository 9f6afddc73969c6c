/**
 * npm run journal:export -- <imiId> [--out FILE]
 * Writes one case's history as JSON for the archive (to stdout, or to FILE), with the result of verifying
 * it. Exit code 0: written; 1: no such case; 2: configuration or command line wrong; 3: store not opened.
 * The export is written even when verification finds problems: the archive should see them too.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { caseRepository } from '../adapters/storage/case-repository.js';
import { checkpointRepository } from '../adapters/storage/checkpoint-repository.js';
import { exportCaseJournal } from '../usecases/export-journal.js';
import { CliExit, configOrExit, EXIT, openStoreOrExit, runCli } from './journal-cli.js';

const USAGE = 'usage: npm run journal:export -- <imiId> [--out FILE]';

function options() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  } catch (error) {
    throw new CliExit(EXIT.usage, `${(error as Error).message}\n${USAGE}`);
  }
  const [imiId, ...extra] = parsed.positionals;
  if (imiId === undefined || imiId.trim() === '') throw new CliExit(EXIT.usage, `imiId: mangler / missing\n${USAGE}`);
  if (extra.length > 0) throw new CliExit(EXIT.usage, `for mange argumenter / too many arguments: ${extra.join(' ')}\n${USAGE}`);
  if (parsed.values.out !== undefined && parsed.values.out.trim() === '') throw new CliExit(EXIT.usage, `--out: tomt filnavn / empty file name\n${USAGE}`);
  return { imiId, out: parsed.values.out };
}

runCli(async () => {
  const opts = options();
  const config = configOrExit();
  const store = await openStoreOrExit(config);
  try {
    const result = await exportCaseJournal(
      { cases: caseRepository(store), checkpoints: checkpointRepository(store), clock: { now: () => new Date() }, journalKey: config.JOURNAL_KEY },
      opts.imiId,
    );
    if (!result.found) throw new CliExit(EXIT.found, `Fant ingen sak med referanse ${opts.imiId} / No case with reference ${opts.imiId}`);
    const json = `${JSON.stringify(result.export, null, 2)}\n`;
    if (opts.out === undefined) process.stdout.write(json);
    else await writeFile(opts.out, json, 'utf8');
    const v = result.export.verification;
    process.stderr.write(`${opts.imiId}: ${result.export.entries.length} oppføringer / entries${opts.out ? ` -> ${opts.out}` : ''}; ` +
      `${v.intact ? 'verifisert intakt / verified intact' : `${v.problems.length} funn ved verifisering / findings on verification`}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
});
