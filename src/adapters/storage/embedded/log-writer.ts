import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { fsyncDir, inDir, logFileName, writeFully } from './fs-sync.js';
import { encodeLine, encodeLineInto, type LineHeader } from './log-line.js';

/** Lines are encoded into buffers of this size, reused once written. */
const CHUNK_BYTES = 256 << 10;
/** Written buffers kept for reuse: one batch being written and one filling need about two. */
const SPARE_CHUNKS = 4;
/**
 * Where the platform has it (not on Windows), the log is opened for synchronised data writes: a batch is
 * on disk when its one write returns, instead of after a write and then a separate fdatasync. Each of
 * those is a round trip through the thread pool and back through a busy event loop, and under load that
 * wait, not the disk, was most of a commit's time.
 */
const DSYNC: number | undefined = constants.O_DSYNC;
const LOG_FLAGS = DSYNC === undefined ? 'a' : constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | DSYNC;

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

/** A buffer holding encoded lines, and how many of its bytes they fill. */
interface Chunk {
  readonly bytes: Buffer;
  used: number;
}

interface Batch {
  readonly generation: number;
  readonly chunks: Chunk[];
  readonly waiters: Waiter[];
}

/**
 * Append-only log with group commit: lines appended while one synchronised write is under way are written
 * together by the next one, so a burst of concurrent writes costs a few syncs instead of one each, and
 * batches grow by themselves as load rises. Lines reach the file in the order they were appended.
 *
 * Each line is encoded as UTF-8 straight into a reused buffer when it is appended, so a write costs no
 * copies of the document's text beyond that one encoding.
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
  private readonly spare: Buffer[] = [];
  private bytesInGeneration = 0;

  constructor(private readonly dir: string, private generation: number) {}

  /** Appends the line of `header` and `body`; resolves once it is on disk, rejects when the log has failed. */
  append(header: LineHeader, body?: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    let batch = this.queue.at(-1);
    if (batch === undefined || batch.generation !== this.generation) {
      batch = { generation: this.generation, chunks: [], waiters: [] };
      this.queue.push(batch);
    }
    this.bytesInGeneration += this.encode(batch, header, body);
    const done = this.waitFor(batch);
    this.schedule();
    return done;
  }

  /** Bytes appended to the current file since it was started: what compaction is paced by. */
  get size(): number {
    return this.bytesInGeneration;
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
    this.bytesInGeneration = 0;
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
        await writeAll(handle, batch.chunks.map((chunk) => chunk.bytes.subarray(0, chunk.used)));
        if (DSYNC === undefined) await handle.datasync();
        this.recycle(batch.chunks);
        for (const waiter of batch.waiters) waiter.resolve();
      } catch (error) {
        this.fail(batch, error);
        break;
      }
    }
    this.inFlight = undefined;
    this.markIdle();
  }

  /** Encodes the line at the end of the batch's last buffer, or in a new one; returns its size in bytes. */
  private encode(batch: Batch, header: LineHeader, body: string | undefined): number {
    const last = batch.chunks.at(-1);
    if (last !== undefined) {
      const end = encodeLineInto(last.bytes, last.used, header, body);
      if (end !== undefined) return this.filled(last, end);
    }
    let bytes = this.spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    let used = encodeLineInto(bytes, 0, header, body);
    if (used === undefined) {
      // A line longer than a buffer (a document of more than about 85,000 characters) gets one of its own.
      this.spare.push(bytes);
      bytes = Buffer.from(encodeLine(header, body), 'utf8');
      used = bytes.length;
    }
    batch.chunks.push({ bytes, used });
    return used;
  }

  private filled(chunk: Chunk, end: number): number {
    const bytes = end - chunk.used;
    chunk.used = end;
    return bytes;
  }

  private recycle(chunks: readonly Chunk[]): void {
    for (const { bytes } of chunks) {
      if (bytes.length === CHUNK_BYTES && this.spare.length < SPARE_CHUNKS) this.spare.push(bytes);
    }
  }

  private async fileFor(generation: number): Promise<FileHandle> {
    if (this.handle !== undefined && this.handleGeneration === generation) return this.handle;
    await this.handle?.close();
    this.handle = await open(inDir(this.dir, logFileName(generation)), LOG_FLAGS);
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

/** FileHandle.writev may write less than asked; a log line must never be left half-written by us. */
async function writeAll(handle: FileHandle, parts: Buffer[]): Promise<void> {
  let { bytesWritten } = await handle.writev(parts);
  for (const part of parts) {
    if (bytesWritten < part.length) await writeFully(handle, part.subarray(bytesWritten));
    bytesWritten = Math.max(0, bytesWritten - part.length);
  }
}
