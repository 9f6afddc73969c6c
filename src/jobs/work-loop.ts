import type { Logger } from 'pino';

/**
 * Runs `work` whenever it is woken, and every `intervalMs` anyway (so work written by another instance, or
 * left over from before a restart, is picked up: the store is the record, not this loop). Never overlaps
 * itself; a wake during a run schedules one more run.
 */
export class WorkLoop {
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private current: Promise<void> = Promise.resolve();

  constructor(private readonly name: string, private readonly work: () => Promise<unknown>, private readonly intervalMs: number, private readonly logger: Logger) {}

  start(): void {
    this.stopped = false;
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.current = this.run();
  }

  /** Resolves when the loop is idle: for tests and for shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.current;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.idle();
  }

  private async run(): Promise<void> {
    this.running = true;
    if (this.timer) clearTimeout(this.timer);
    try {
      do {
        this.again = false;
        try {
          await this.work();
        } catch (err) {
          this.logger.error({ err, loop: this.name }, `${this.name} failed; it runs again at the next interval`);
        }
      } while (this.again && !this.stopped);
    } finally {
      this.running = false;
      if (!this.stopped) this.timer = setTimeout(() => this.wake(), this.intervalMs).unref();
    }
  }
}
