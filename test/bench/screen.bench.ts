/**
 * npm run bench:screen: a 1,000,000-row register and 17,232 alerts (the real backlog's size). Generation runs in
 * a child process and is cached under .tmp/bench, so the peak RSS printed here is that of loading and screening.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRegisterSnapshot } from '../../src/adapters/register/snapshot-file.js';
import { buildAlertIndex, InMemoryRegisterIndex, rescreenChanged, type AlertIdentity, type RegisterPerson } from '../../src/domain/matching/index.js';
import { buildEvalSet, type Truth } from '../eval/generator/build-set.js';
import { toAlertJson } from '../eval/generator/alert-json.js';
import { count, emptyTally, formatRow } from '../eval/metrics.js';

const DIR = '.tmp/bench';
const REGISTER = `${DIR}/register-1m.jsonl`;
const ALERTS = `${DIR}/alerts-17232.jsonl`;
const TRUTH = `${DIR}/truth-17232.json`;

function generate(): void {
  mkdirSync(DIR, { recursive: true });
  const set = buildEvalSet({ seed: 4711, registerSize: 1_000_000, matchesPerVariant: 25, pairs: 120, random: 16_112, sameName: 400, twins: 200 });
  writeFileSync(REGISTER, set.register.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const alerts = set.alerts.slice(0, 17_232);
  writeFileSync(ALERTS, alerts.map((a, i) => JSON.stringify(toAlertJson(a, i))).join('\n') + '\n');
  writeFileSync(TRUTH, JSON.stringify(alerts.map((a) => a.truth)));
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function measure(): Promise<void> {
  let t = performance.now();
  const snapshot = await loadRegisterSnapshot(REGISTER);
  const index = new InMemoryRegisterIndex(snapshot.persons);
  const loadMs = performance.now() - t;
  console.log(`register load + index: ${seconds(loadMs)} for ${index.size} rows (${snapshot.errors.length} bad rows) — target <= 20 s`);

  const alerts = readFileSync(ALERTS, 'utf8').trim().split('\n').map((line) => {
    const a = JSON.parse(line) as { imiId: string; professional: AlertIdentity };
    return { id: a.imiId, identity: a.professional };
  });
  const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth[];
  const tally = emptyTally();
  let examined = 0, maxExamined = 0;
  t = performance.now();
  const results = alerts.map((a, i) => {
    const r = index.screenDetailed(a.identity);
    examined += r.examined;
    maxExamined = Math.max(maxExamined, r.examined);
    const tr = truth[i];
    if (tr) count(tally, tr, r.result);
    return r.result;
  });
  const screenMs = performance.now() - t;
  console.log(`screen ${alerts.length} alerts: ${seconds(screenMs)}, ${Math.round(alerts.length / (screenMs / 1000))} alerts/s — target <= 30 s`);
  console.log(`register rows examined per alert: mean ${(examined / alerts.length).toFixed(0)}, max ${maxExamined}`);
  console.log(formatRow('figures on this set', tally));

  const alertIndex = buildAlertIndex(alerts);
  const matched = truth.filter((x) => x.hprNumber).map((x) => index.person(x.hprNumber ?? '')).filter((p): p is RegisterPerson => !!p);
  const changed = [...matched.slice(0, 300), ...snapshot.persons.filter((_, i) => i % 1429 === 0)].slice(0, 1000);
  t = performance.now();
  const affected = rescreenChanged(index, alertIndex, changed);
  console.log(`incremental: ${changed.length} changed rows against ${alerts.length} alerts: ${seconds(performance.now() - t)}, ${affected.size} alerts re-screened — target <= 1 s`);

  t = performance.now();
  let same = 0;
  for (let i = 0; i < 100; i++) {
    const a = alerts[i * 17];
    if (!a) continue;
    const full = index.screenExhaustive(a.identity);
    if (JSON.stringify(full) === JSON.stringify(results[i * 17])) same++;
  }
  console.log(`exhaustive reference: 100 alerts against all ${index.size} rows: ${seconds(performance.now() - t)} (${same}/100 identical to the indexed search)`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB — target <= 2048 MiB`);
}

if (process.argv.includes('--generate')) generate();
else {
  if (!existsSync(TRUTH)) {
    console.log('generating the 1,000,000-row register and 17,232 alerts (cached in .tmp/bench)...');
    execFileSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url), '--generate'], { stdio: 'inherit' });
  }
  await measure();
}
