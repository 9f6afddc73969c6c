/**
 * npm run bench:screen: a 1,000,000-row register and 17,232 alerts (the real backlog's size). About 1,300 of them
 * name a registered person (every variant of spec/screening.md, 60 each, and 400 with two at once): more than the
 * real 3 %, so that the quality printed at a million rows rests on enough matches. Generation runs in a child
 * process and is cached under .tmp/bench (keyed by the generator's source), so the peak RSS printed here is that
 * of loading and screening.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRegisterSnapshot } from '../../src/adapters/register/snapshot-file.js';
import { buildAlertIndex, InMemoryRegisterIndex, rescreenChanged, type AlertIdentity, type RegisterPerson } from '../../src/domain/matching/index.js';
import { buildEvalSet, type Truth } from '../eval/generator/build-set.js';
import { toAlertJson } from '../eval/generator/alert-json.js';
import { ATOMIC_VARIANTS } from '../eval/generator/distort.js';
import { count, emptyTally, formatRow, type Tally } from '../eval/metrics.js';

const ALERTS = 17_232;
const OPTIONS = { seed: 4711, registerSize: 1_000_000, matchesPerVariant: 60, pairs: 400, sameName: 600, twins: 400 };
// Everything else is an alert about someone not in the register.
const RANDOM = ALERTS - (ATOMIC_VARIANTS.length + 1) * OPTIONS.matchesPerVariant - OPTIONS.pairs - OPTIONS.sameName - OPTIONS.twins;

const generatorDir = fileURLToPath(new URL('../eval/generator/', import.meta.url));
const version = createHash('sha256').update(JSON.stringify(OPTIONS))
  .update(readdirSync(generatorDir).sort().map((f) => readFileSync(`${generatorDir}${f}`, 'utf8')).join('\n')).digest('hex').slice(0, 12);
const DIR = `.tmp/bench/${version}`;
const REGISTER = `${DIR}/register-1m.jsonl`;
const ALERTS_FILE = `${DIR}/alerts-${ALERTS}.jsonl`;
const TRUTH = `${DIR}/truth-${ALERTS}.json`;

function generate(): void {
  mkdirSync(DIR, { recursive: true });
  const set = buildEvalSet({ ...OPTIONS, random: RANDOM });
  if (set.alerts.length !== ALERTS) throw new Error(`generated ${set.alerts.length} alerts, not ${ALERTS}`);
  writeFileSync(REGISTER, set.register.map((p) => JSON.stringify(p)).join('\n') + '\n');
  writeFileSync(ALERTS_FILE, set.alerts.map((a, i) => JSON.stringify(toAlertJson(a, i))).join('\n') + '\n');
  writeFileSync(TRUTH, JSON.stringify(set.alerts.map((a) => a.truth)));
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const variantOf = (t: Truth): string => (t.kind === 'match' && t.variant.includes('+') ? 'two_at_once' : t.variant || 'exact');

async function measure(): Promise<void> {
  let t = performance.now();
  const snapshot = await loadRegisterSnapshot(REGISTER);
  const read = performance.now() - t;
  const index = new InMemoryRegisterIndex(snapshot.persons);
  const loadMs = performance.now() - t;
  console.log(`register load + index: ${seconds(loadMs)} (read ${seconds(read)}, index ${seconds(loadMs - read)}) for ${index.size} rows, ${snapshot.errors.length} bad rows; target <= 20 s`);

  const alerts = readFileSync(ALERTS_FILE, 'utf8').trim().split('\n').map((line) => {
    const a = JSON.parse(line) as { imiId: string; professional: AlertIdentity };
    return { id: a.imiId, identity: a.professional };
  });
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth[];
  const overall = emptyTally();
  const perVariant = new Map<string, Tally>();
  let examined = 0, maxExamined = 0;
  t = performance.now();
  const results = alerts.map((a, i) => {
    const r = index.screenDetailed(a.identity);
    examined += r.examined;
    maxExamined = Math.max(maxExamined, r.examined);
    const tr = truth[i];
    if (tr) {
      const tally = perVariant.get(variantOf(tr)) ?? emptyTally();
      perVariant.set(variantOf(tr), tally);
      count(tally, tr, r.result);
      count(overall, tr, r.result);
    }
    return r.result;
  });
  const screenMs = performance.now() - t;
  console.log(`screen ${alerts.length} alerts: ${seconds(screenMs)}, ${Math.round(alerts.length / (screenMs / 1000))} alerts/s; target <= 30 s`);
  console.log(`register rows examined per alert: mean ${(examined / alerts.length).toFixed(0)}, max ${maxExamined}`);
  console.log(`\nquality at ${index.size} rows (targets: recall >= 99.5 %, hit precision >= 99.5 %, false alarm <= 2 %):`);
  for (const [name, tally] of [...perVariant].sort(([a], [b]) => a.localeCompare(b))) console.log(formatRow(name, tally));
  console.log(`${formatRow('OVERALL', overall)}\n`);

  t = performance.now();
  const alertIndex = buildAlertIndex(alerts);
  console.log(`alert index for ${alerts.length} alerts: ${seconds(performance.now() - t)} (built once, when alerts change)`);
  // 1,000 changed rows: the registered people of 300 alerts (a likely change: a new authorisation or name) and
  // 700 others across the register. The index already holds them, as the new snapshot's index would.
  const matched = truth.filter((x) => x.hprNumber).map((x) => index.person(x.hprNumber ?? '')).filter((p): p is RegisterPerson => !!p);
  const changedRows = new Map(matched.slice(0, 300).map((p) => [p.hprNumber, p]));
  for (let i = 0; changedRows.size < 1000 && i < snapshot.persons.length; i += 997) {
    const p = snapshot.persons[i] as RegisterPerson;
    changedRows.set(p.hprNumber, p);
  }
  const changed = [...changedRows.values()];
  for (const pass of ['first', 'again']) {
    t = performance.now();
    const affected = rescreenChanged(index, alertIndex, changed);
    console.log(`incremental (${pass}): ${changed.length} changed rows against ${alerts.length} alerts: ${seconds(performance.now() - t)}, ${affected.size} alerts re-screened; target <= 1 s`);
  }

  t = performance.now();
  let same = 0;
  for (let i = 0; i < 100; i++) {
    const a = alerts[i * 17];
    if (!a) continue;
    const full = index.screenExhaustive(a.identity);
    if (JSON.stringify(full) === JSON.stringify(results[i * 17])) same++;
  }
  console.log(`exhaustive reference: 100 alerts compared with all ${index.size} rows: ${seconds(performance.now() - t)} (${same}/100 identical to the indexed search)`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB; target <= 2048 MiB`);
}

if (process.argv.includes('--generate')) generate();
else {
  if (!existsSync(TRUTH)) {
    console.log(`generating the 1,000,000-row register and ${ALERTS} alerts (cached in ${DIR})...`);
    execFileSync(process.execPath, ['--max-old-space-size=6144', '--import', 'tsx', fileURLToPath(import.meta.url), '--generate'], { stdio: 'inherit' });
  }
  await measure();
}
