/**
 * Batch screening (spec/screening.md): npm run screen -- --register REGISTER.jsonl --alerts ALERTS.jsonl --out RESULT.jsonl
 * One result line per alert line; alerts that are not JSON or fail the alert schema get an `error` line and the
 * run goes on. Progress goes to stderr, in Norwegian and English. Exit code 0 when the run completed, whatever
 * the outcomes; 2 for a wrong command line; 1 when a file cannot be read or written.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadRegisterSnapshot, skippedRowsReport } from '../adapters/register/snapshot-file.js';
import { parseAlert } from '../domain/alert-schema.js';
import { buildRegisterIndex, type RegisterIndex } from '../domain/matching/index.js';
import { identityOf } from '../usecases/screen-pending.js';

function resultLine(index: RegisterIndex, text: string, line: number): object {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { outcome: 'error', error: 'line is not valid JSON', line };
  }
  const imiId = typeof value === 'object' && value !== null && typeof (value as { imiId?: unknown }).imiId === 'string' ? (value as { imiId: string }).imiId : undefined;
  const parsed = parseAlert(value);
  if (!parsed.ok) {
    const error = parsed.errors.map((e) => `${e.path || '(alert)'}: ${e.message}`).join('; ');
    return { ...(imiId !== undefined ? { imiId } : {}), outcome: 'error', error, line };
  }
  // The identity as the bot screens it (names, birth date, and the countries that tell a Greek alert).
  const result = index.screen(identityOf(parsed.alert));
  return {
    imiId: parsed.alert.imiId,
    outcome: result.outcome,
    candidates: result.candidates.map((c) => ({
      ...c,
      // Status and profession do not change the outcome; they are shown beside the candidate.
      authorisations: (index.person(c.hprNumber)?.authorisations ?? []).map((a) => ({ profession: a.profession, status: a.status })),
    })),
  };
}

const USAGE = 'bruk / usage: npm run screen -- --register REGISTER.jsonl --alerts ALERTS.jsonl --out RESULT.jsonl';

function files(): { register: string; alerts: string; out: string } {
  try {
    const { values } = parseArgs({ options: { register: { type: 'string' }, alerts: { type: 'string' }, out: { type: 'string' } } });
    if (values.register && values.alerts && values.out) return { register: values.register, alerts: values.alerts, out: values.out };
    console.error(`--register, --alerts og --out må alle oppgis / must all be given\n${USAGE}`);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
  }
  return process.exit(2);
}

async function main(): Promise<void> {
  const values = files();
  const started = performance.now();
  const snapshot = await loadRegisterSnapshot(values.register, (lines) => console.error(`register: ${lines} linjer lest / lines read`));
  const skipped = skippedRowsReport(snapshot.errors);
  for (const e of skipped.details) console.error(`register: linje ${e.line} hoppet over / line ${e.line} skipped: ${e.message}`);
  if (skipped.others !== undefined) {
    console.error(`register: ${snapshot.errors.length - skipped.details.length} rader til hoppet over, linje / more rows skipped, lines: ${skipped.others}`);
  }
  const kept = skippedRowsReport(snapshot.partial);
  for (const e of kept.details) console.error(`register: linje ${e.line} beholdt uten en autorisasjon / line ${e.line} ${e.message}`);
  if (kept.others !== undefined) {
    console.error(`register: ${snapshot.partial.length - kept.details.length} rader til beholdt uten en autorisasjon, linje / more rows kept without an authorisation, lines: ${kept.others}`);
  }
  const index = buildRegisterIndex(snapshot.persons);
  const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
  console.error(`register: ${index.size} personer indeksert / people indexed (${seconds()} s), ${snapshot.errors.length} rader hoppet over / rows skipped`);

  const out = createWriteStream(values.out, { encoding: 'utf8' });
  await once(out, 'open');
  const lines = createInterface({ input: createReadStream(values.alerts, { encoding: 'utf8' }), crlfDelay: Infinity });
  const tally: Record<string, number> = { hit: 0, possible: 0, no_hit: 0, error: 0 };
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (text.trim().length === 0) continue;
    const result = resultLine(index, text, line) as { outcome: string };
    tally[result.outcome] = (tally[result.outcome] ?? 0) + 1;
    if (!out.write(`${JSON.stringify(result)}\n`)) await once(out, 'drain');
    if (line % 1000 === 0) console.error(`varsler / alerts: ${line} linjer screenet / lines screened`);
  }
  out.end();
  await once(out, 'finish');
  const counts = `${tally.hit} hit, ${tally.possible} possible, ${tally.no_hit} no_hit, ${tally.error} error`;
  console.error(`ferdig / done (${seconds()} s): ${counts}`);
}

main().catch((error: unknown) => {
  console.error(`screening stoppet / screening stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
