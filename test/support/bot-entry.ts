/**
 * One bot instance as its own process, for tests that need real processes (kill -9, several instances on
 * one store): the production entry (`main` from src/index.ts, configured by the environment) plus an IPC
 * channel to the test. It tells the test its port once listening, and on `drain` runs the screening and
 * outbox loops until no work is left that this instance may do. It exits when the test process goes away.
 *
 * Started by test/support/bot-process.ts as `node --import tsx test/support/bot-entry.ts`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { main } from '../../src/index.js';

export type ToBot =
  | { readonly type: 'drain'; readonly timeoutMs: number }
  /** Runs a scheduled job now, for the occurrence `at`, as its timer would (under the store lease). */
  | { readonly type: 'runJob'; readonly name: string; readonly at: string };
export type FromBot =
  | { readonly type: 'ready'; readonly port: number; readonly pid: number }
  | { readonly type: 'drained'; readonly unscreened: number; readonly pendingOutbox: number }
  | { readonly type: 'jobRun'; readonly name: string; readonly ran: boolean; readonly result?: unknown; readonly error?: string };

const send = (message: FromBot) => process.send?.(message);
process.on('disconnect', () => process.exit(0));

const desk = await main();
const address = desk.server.address();
if (typeof address !== 'object' || address === null) throw new Error('bot-entry: the server has no port');

/**
 * Runs the loops until nothing is unscreened and no message waits, or until `timeoutMs`. A message held
 * by back-off or by another instance's `sending` lease keeps the count above zero until it is due.
 */
async function drain(timeoutMs: number): Promise<FromBot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    desk.wake();
    await desk.settle();
    const unscreened = (await desk.cases.unscreened(1_000)).length;
    const pendingOutbox = (await desk.cases.withPendingOutbox(1_000)).length;
    if ((unscreened === 0 && pendingOutbox === 0) || Date.now() > deadline) return { type: 'drained', unscreened, pendingOutbox };
    await sleep(50);
  }
}

process.on('message', (message: ToBot) => {
  if (message.type === 'drain') void drain(message.timeoutMs).then(send);
  if (message.type === 'runJob') {
    void desk.jobs.scheduler.runNow(message.name, new Date(message.at)).then(
      (r) => send({ type: 'jobRun', name: message.name, ran: r.ran, ...(r.ran ? { result: r.result } : {}) }),
      (err: unknown) => send({ type: 'jobRun', name: message.name, ran: false, error: String(err) }),
    );
  }
});
send({ type: 'ready', port: address.port, pid: process.pid });
