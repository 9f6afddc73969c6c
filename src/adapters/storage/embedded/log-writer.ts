import { open, type FileHandle } from 'node:fs/promises';
import { fsyncDir, inDir, logFileName } from './fs-sync.js';

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

interface Batch {
  readonly generation: number;
  readonly lines: string[];
  readonly waiters: Waiter[];
}

/**
 * Append-only log with group commit: lines appended while one write+fdatasync is under way are written
 * together by the next one, so a burst of concurrent writes costs a few syncs instead of one each, and
 * batches grow by themselves as load rises. Lines reach the file in the order they were appended.
 *
 * After a failed write or sync nothing is known about what reached the disk (the kernel may already have
 * dropped the dirty pages), so the writer fails every pending and later append rather than retrying.
 */
export class LogWriter {
  private readonly queue: Batch[] = [];
  private inFlight: Batch | undefined;
  private scheduled = false;
  private handle: FileHandle | undefined;
  private handleGeneration = -1;
  private failure: Error | undefined;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => undefined;

  constructor(private readonly dir: string, private generation: number) {}

  /** Resolves once the line is on disk; rejects when the log has failed. */
  append(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    let batch = this.queue.at(-1);
    if (batch === undefined || batch.generation !== this.generation) {
      batch = { generation: this.generation, lines: [], waiters: [] };
      this.queue.push(batch);
    }
    batch.lines.push(line);
    const done = this.waitFor(batch);
    this.schedule();
    return done;
  }

  /** Resolves once every line appended so far is on disk. */
  barrier(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const last = this.queue.at(-1) ?? this.inFlight;
    return last === undefined ? Promise.resolve() : this.waitFor(last);
  }

  /** Sends later appends to a new file and returns the generation of the file they go to. */
  rotate(): number {
    this.generation += 1;
    return this.generation;
  }

  /** Waits for pending appends and closes the file. */
  async close(): Promise<void> {
    await this.barrier().catch(() => undefined);
    await this.idle;
    await this.handle?.close();
    this.handle = undefined;
  }

  private waitFor(batch: Batch): Promise<void> {
    return new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }));
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight) return;
    this.scheduled = true;
    this.idle = new Promise((resolve) => (this.markIdle = resolve));
    // setImmediate rather than a microtask: writes arriving from the same turn of the event loop
    // (many requests handled together) then share the first sync as well.
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    this.scheduled = false;
    for (let batch = this.queue.shift(); batch !== undefined; batch = this.queue.shift()) {
      this.inFlight = batch;
      try {
        const handle = await this.fileFor(batch.generation);
        await writeAll(handle, Buffer.from(batch.lines.join(''), 'utf8'));
        await handle.datasync();
        for (const waiter of batch.waiters) waiter.resolve();
      } catch (error) {
        this.fail(batch, error);
        break;
      }
    }
    this.inFlight = undefined;
    this.markIdle();
  }

  private async fileFor(generation: number): Promise<FileHandle> {
    if (this.handle !== undefined && this.handleGeneration === generation) return this.handle;
    await this.handle?.close();
    this.handle = await open(inDir(this.dir, logFileName(generation)), 'a');
    this.handleGeneration = generation;
    await fsyncDir(this.dir);
    return this.handle;
  }

  private fail(batch: Batch, cause: unknown): void {
    const reason = cause instanceof Error ? cause.message : String(cause);
    this.failure = new Error(
      `Embedded store: writing the log in ${this.dir} failed (${reason}). Writes are refused from now on; ` +
        'check disk space and permissions, then restart the process.',
    );
    for (const pending of [batch, ...this.queue.splice(0)]) {
      for (const waiter of pending.waiters) waiter.reject(this.failure);
    }
  }

  /** The error that stopped the log, if any. */
  get failed(): Error | undefined {
    return this.failure;
  }
}

/** FileHandle.write may write less than asked; a log line must never be left half-written by us. */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, offset);
    offset += bytesWritten;
  }
}
