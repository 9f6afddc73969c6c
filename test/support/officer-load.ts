/**
 * Simulated registry officers pressing card buttons on the real HTTP server, in a worker thread so the
 * load does not share the server's event loop. Each officer takes the next case from a shared queue and
 * works it as a person would: `claim`; then `showDetails`; then, holding the case, `confirmMatch` with the
 * candidate and version the details card offers. Every answer is judged: a 5xx, no answer within the
 * timeout, or a wrong outcome is an error ("already claimed" by someone else is a right outcome).
 */
import { startProfiler } from './cpu-profiler.js';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { PreloadedCase } from './bench-cases.js';
import { cardInvoke, type Presser } from './card-invoke.js';
import { RawConnection } from './raw-http.js';

/** `connections`: that many officers with no think time. `rate`: requests started at a steady rate, whatever the answers take. */
export type Pace = { readonly kind: 'connections'; readonly connections: number } | { readonly kind: 'rate'; readonly perSecond: number };

export interface LoadPlan {
  readonly base: string;
  readonly serviceUrl: string;
  readonly channel: string;
  readonly officers: readonly Presser[];
  /** Cases in the order officers take them up; a case twice close together makes two officers race for it. */
  readonly queue: readonly PreloadedCase[];
  readonly seconds: number;
  readonly pace: Pace;
  readonly timeoutMs: number;
  /** Writes a CPU profile of the officers' thread here (.cpuprofile, for Chrome DevTools). */
  readonly profileFile?: string;
  /** Sent with every press: a Bot Framework token, reused as Teams reuses one for its hour. */
  readonly authorization?: string;
}

export interface LoadResult {
  readonly elapsedS: number;
  /** Every request's latency (a timeout counts as the timeout), in the order they finished. */
  readonly latenciesMs: number[];
  /** The same latencies by the button pressed. */
  readonly byVerb: Record<string, number[]>;
  readonly outcomes: Record<string, number>;
  readonly errors: { server5xx: number; timeout: number; wrongOutcome: number; other: number };
  /** The first few errors of each kind, described. */
  readonly examples: string[];
  /** Rate pace only: starts that found every officer busy (the server fell behind the offered load). */
  readonly missedStarts: number;
  /** How many cases officers took up from the queue; past its length they come back to worked cases. */
  readonly taken: number;
  /** Share of the run the officers' thread was busy (its event loop utilisation): what the load itself costs. */
  readonly busy: number;
}

type Verb = 'claim' | 'showDetails' | 'confirmMatch';
interface Step { readonly verb: Verb; readonly item: PreloadedCase; readonly data: Record<string, unknown> }
interface Action { readonly verb: string; readonly data: Record<string, unknown> }

const REFUSALS = ['allerede tatt av', 'endret siden dette kortet', 'ikke tilgang', 'passer ikke', 'holdes av', 'Ugyldig verdi', 'Fant ingen sak', 'Noe gikk galt'];
/** All refusals in one pattern: one pass over each answer instead of one per refusal (the officers' thread shares the CPU with the server). */
const REFUSAL = new RegExp(REFUSALS.join('|'));

class WrongOutcome extends Error {}

/** The Action.Execute buttons on a card, wherever they sit in it. */
function actionsIn(node: unknown, out: Action[] = []): Action[] {
  if (Array.isArray(node)) for (const n of node) actionsIn(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.verb === 'string' && o.data && typeof o.data === 'object') out.push({ verb: o.verb, data: o.data as Record<string, unknown> });
    for (const v of Object.values(o)) actionsIn(v, out);
  }
  return out;
}

/** True when the card's holder fact ("Saksbehandler") names `name`. */
function holderIs(text: string, name: string): boolean {
  return text.includes(JSON.stringify({ title: 'Saksbehandler', value: name }).slice(1, -1));
}

/** One officer's work on the case in hand: what to press next, and whether an answer was right. */
class Officer {
  private step: Step | undefined;
  private holding = false;

  constructor(readonly who: Presser, private readonly take: () => PreloadedCase) {}

  next(): Step {
    if (!this.step) {
      const item = this.take();
      this.holding = false;
      this.step = { verb: 'claim', item, data: { caseId: item.imiId, version: item.version } };
    }
    return this.step;
  }

  /**
   * Checks the answered card for `step` and decides the next press; throws WrongOutcome when it is wrong.
   * `text` is the whole answer as received, `card` the card in it.
   */
  judge(step: Step, card: unknown, text: string): string {
    const { imiId } = step.item;
    const refused = REFUSAL.exec(text)?.[0];
    const version = (verb: string) => actionsIn(card).find((a) => a.verb === verb && a.data.caseId === imiId)?.data.version;
    this.step = undefined;
    if (step.verb === 'claim') {
      let outcome: string;
      if (refused === 'allerede tatt av') outcome = 'already claimed';
      else if (!refused && holderIs(text, this.who.name)) { outcome = 'claimed'; this.holding = true; }
      // Once every case has been worked, officers come back to cases they confirmed themselves, pressing the
      // card as it was first shown: "changed since this card was shown, by you" is the right answer then.
      else if (refused === 'endret siden dette kortet' && text.includes(`(av ${this.who.name})`)) outcome = 'own case, card outdated';
      else throw new WrongOutcome(`claim ${imiId}: ${refused ?? 'neither claimed nor already claimed'}`);
      this.step = { verb: 'showDetails', item: step.item, data: { caseId: imiId, version: version('showDetails') ?? step.data.version } };
      return outcome;
    }
    if (step.verb === 'showDetails') {
      if (refused || !text.includes(`Detaljer for ${imiId}`)) throw new WrongOutcome(`showDetails ${imiId}: ${refused ?? 'no details card'}`);
      const confirm = actionsIn(card).find((a) => a.verb === 'confirmMatch');
      if (this.holding && confirm) this.step = { verb: 'confirmMatch', item: step.item, data: confirm.data };
      return 'details shown';
    }
    if (refused || !text.includes('Treff bekreftet')) throw new WrongOutcome(`confirmMatch ${imiId}: ${refused ?? 'not confirmed'}`);
    return 'match confirmed';
  }
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const { hostname, port } = new URL(plan.base);
  // One kept-alive connection per officer, as each officer's Teams client would hold.
  const connections = new Map<Officer, RawConnection>();
  let taken = 0;
  const take = () => plan.queue[taken++ % plan.queue.length]!;
  const latenciesMs: number[] = [];
  const byVerb: Record<string, number[]> = {};
  const outcomes: Record<string, number> = {};
  const errors = { server5xx: 0, timeout: 0, wrongOutcome: 0, other: 0 };
  const examples: string[] = [];
  // The first few of each kind, so a flood of one kind does not hide another.
  const fail = (kind: keyof typeof errors, what: string) => { errors[kind] += 1; if (errors[kind] <= 3) examples.push(`${kind}: ${what}`); };

  /** One press; `startedAt` is when it was due, so a late start counts against the server (rate pace). */
  const press = async (officer: Officer, startedAt: number) => {
    const step = officer.next();
    const card = { conversationId: plan.channel, activityId: step.item.activityId };
    const body = JSON.stringify(cardInvoke(officer.who, step.verb, step.data, card, plan.serviceUrl));
    try {
      const res = await connections.get(officer)!.post('/api/messages', body, plan.timeoutMs);
      const latency = performance.now() - startedAt;
      latenciesMs.push(latency);
      (byVerb[step.verb] ??= []).push(latency);
      if (res === 'timeout') return fail('timeout', `${step.verb} ${step.item.imiId} took over ${plan.timeoutMs} ms`);
      if (res.status >= 500) return fail('server5xx', `${step.verb} ${step.item.imiId}: ${res.status} ${res.text.slice(0, 200)}`);
      const answer = JSON.parse(res.text) as { statusCode?: number; value?: unknown };
      if (res.status !== 200 || answer.statusCode !== 200) throw new WrongOutcome(`${step.verb} ${step.item.imiId}: ${res.status} ${res.text.slice(0, 200)}`);
      const outcome = officer.judge(step, answer.value, res.text);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    } catch (error) {
      if (error instanceof WrongOutcome) fail('wrongOutcome', error.message);
      else fail('other', `${step.verb} ${step.item.imiId}: ${String(error)}`);
    }
  };

  const officers = plan.officers.map((who) => new Officer(who, take));
  for (const officer of officers) connections.set(officer, new RawConnection(hostname, Number(port), plan.authorization));
  const profiler = plan.profileFile ? await startProfiler() : undefined;
  const elu = performance.eventLoopUtilization();
  const began = performance.now();
  const end = began + plan.seconds * 1_000;
  let missedStarts = 0;
  if (plan.pace.kind === 'connections') {
    await Promise.all(officers.slice(0, plan.pace.connections).map(async (officer) => {
      while (performance.now() < end) await press(officer, performance.now());
    }));
  } else {
    const interval = 1_000 / plan.pace.perSecond;
    const idle = [...officers];
    const inFlight = new Set<Promise<void>>();
    for (let k = 0; began + k * interval < end; k++) {
      const due = began + k * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const officer = idle.shift();
      if (!officer) { missedStarts += 1; continue; }
      const p = press(officer, due).finally(() => { idle.push(officer); inFlight.delete(p); });
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  }
  const elapsedS = (performance.now() - began) / 1_000;
  const busy = performance.eventLoopUtilization(elu).utilization;
  if (profiler && plan.profileFile) await profiler.stop(plan.profileFile);
  for (const connection of connections.values()) connection.close();
  return { elapsedS, latenciesMs, byVerb, outcomes, errors, examples, missedStarts, taken, busy };
}

/** Runs the plan in a worker thread and resolves with what it measured. */
export function runOfficerLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // On Node 20 a worker does not inherit tsx's loader, so it registers tsx before importing this file.
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: { officerLoad: plan } });
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`officer load worker exited with ${code}`)); });
  });
}

if (!isMainThread && (workerData as { officerLoad?: LoadPlan } | null)?.officerLoad) {
  const plan = (workerData as { officerLoad: LoadPlan }).officerLoad;
  void run(plan).then((result) => parentPort?.postMessage(result));
}
