import { COLLECTIONS, type Body, type CollectionName, type DocumentStore, type Filter, type QueryOptions, type StoredDoc, type WriteResult } from '../document-store.js';
import { assertValidBody, assertValidId, MAX_DOCUMENT_BYTES, splitPath } from '../document-rules.js';
import type { LineHeader } from './log-line.js';
import type { LogWriter } from './log-writer.js';
import { compileFilter, orderAndLimit } from './memory-filter.js';
import { listLogGenerations, removeLogs, type Logger } from './recovery.js';
import { writeSnapshot } from './snapshot.js';
import { captureEntries, parsedBody, tableOf, topLevel, topLevelOf, type Entry, type Tables } from './tables.js';

const KNOWN = new Set<string>(COLLECTIONS);

/**
 * The embedded DocumentStore once recovered: checks and applies each write in memory in one synchronous
 * step (so conditional writes are atomic without locks), then acknowledges it once the log has it on disk.
 */
export class EmbeddedStore implements DocumentStore {
  /** The lock file keeps every other process out while this one has the directory open. */
  readonly exclusive = true;
  private closed = false;
  private compaction: Promise<void> | undefined;

  constructor(
    private readonly dir: string,
    private readonly tables: Tables,
    private seq: number,
    private readonly log: LogWriter,
    private readonly release: () => Promise<void>,
    private readonly logger: Logger,
    private readonly compactAfter: number,
    private snapshotSize: number,
  ) {}

  async get<T extends Body>(collection: CollectionName, id: string): Promise<StoredDoc<T> | undefined> {
    assertValidId(id);
    const entry = this.table(collection).get(id);
    await this.onDisk(entry);
    return entry && toDoc<T>(id, entry);
  }

  async create<T extends Body>(collection: CollectionName, id: string, body: T): Promise<WriteResult> {
    const json = serialise(id, body);
    const table = this.table(collection);
    const current = table.get(id);
    if (current !== undefined) return this.refuse('exists', current);
    return { ok: true, etag: await this.put(collection, table, id, json, body) };
  }

  async replace<T extends Body>(collection: CollectionName, id: string, body: T, ifMatch: string): Promise<WriteResult> {
    const json = serialise(id, body);
    const table = this.table(collection);
    const current = table.get(id);
    if (current === undefined) return this.refuse('not_found');
    if (current.etag !== ifMatch) return this.refuse('conflict', current);
    return { ok: true, etag: await this.put(collection, table, id, json, body) };
  }

  async upsert<T extends Body>(collection: CollectionName, id: string, body: T): Promise<{ etag: string }> {
    const json = serialise(id, body);
    return { etag: await this.put(collection, this.table(collection), id, json, body) };
  }

  async delete(collection: CollectionName, id: string, ifMatch?: string): Promise<boolean> {
    assertValidId(id);
    const table = this.table(collection);
    const current = table.get(id);
    if (current === undefined || (ifMatch !== undefined && current.etag !== ifMatch)) {
      await this.onDisk(current);
      return false;
    }
    table.delete(id);
    this.seq += 1;
    await this.append({ s: this.seq, c: collection, i: id, d: 1 });
    return true;
  }

  async query<T extends Body>(collection: CollectionName, filter: Filter, options: QueryOptions = {}): Promise<StoredDoc<T>[]> {
    const view = viewFor(filter, options.orderBy);
    const matched = orderAndLimit(this.matching(collection, filter, view), ([, entry]) => view(entry), options);
    await this.settled();
    return matched.map(([id, entry]) => toDoc<T>(id, entry));
  }

  async count(collection: CollectionName, filter: Filter): Promise<number> {
    const matched = this.matching(collection, filter, viewFor(filter, undefined)).length;
    await this.settled();
    return matched;
  }

  async *scan<T extends Body>(collection: CollectionName): AsyncIterable<StoredDoc<T>> {
    const entries = [...this.table(collection)];
    await this.settled();
    for (const [id, entry] of entries) yield toDoc<T>(id, entry);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.compaction;
    await this.log.close();
    await this.release();
  }

  private table(collection: CollectionName): Map<string, Entry> {
    if (this.closed) throw new Error('Embedded store: used after close()');
    if (this.log.failed) throw this.log.failed;
    // Types keep callers to known collections; this catches untyped callers, as Cosmos DB would.
    if (!KNOWN.has(collection)) throw new Error(`Unknown collection ${String(collection)}`);
    return tableOf(this.tables, collection);
  }

  private matching(collection: CollectionName, filter: Filter, view: (entry: Entry) => Body): [string, Entry][] {
    const test = compileFilter(filter);
    const matched: [string, Entry][] = [];
    for (const [id, entry] of this.table(collection)) if (test(view(entry))) matched.push([id, entry]);
    return matched;
  }

  /**
   * Answers wait until what they report is on disk. Otherwise a caller could act on (say, send a card
   * about) a write that a crash in the next millisecond would undo. Queries wait for every write applied
   * so far, since any of them could change what matches.
   */
  private settled(): Promise<void> {
    return this.log.barrier();
  }

  /**
   * An answer about one document waits only for that document's own write, if it is not on disk yet: a
   * press on a case that nobody else is writing is then answered at once instead of after the next sync
   * of everyone else's writes. An absent document may be absent because of a delete not yet on disk, so
   * its answer waits for every write so far.
   */
  private async onDisk(entry: Entry | undefined): Promise<void> {
    if (entry === undefined) await this.settled();
    else if (entry.writing !== undefined) await entry.writing;
  }

  private async refuse(code: 'exists' | 'conflict' | 'not_found', current?: Entry): Promise<WriteResult> {
    await this.onDisk(current);
    return { ok: false, code };
  }

  private async put(collection: CollectionName, table: Map<string, Entry>, id: string, json: string, body: Body): Promise<string> {
    this.seq += 1;
    // Opaque to callers; unique because the sequence number never repeats within a directory.
    const etag = `"${this.seq.toString(36)}"`;
    const entry: Entry = { etag, json, top: topLevelOf(body) };
    table.set(id, entry);
    const written = this.append({ s: this.seq, c: collection, i: id, e: etag }, json);
    entry.writing = written;
    // Once on disk, readers need not wait; a failed log fails every later call through table() anyway.
    written.then(() => (entry.writing = undefined), () => undefined);
    await written;
    return etag;
  }

  private append(header: LineHeader, body?: string): Promise<void> {
    const written = this.log.append(header, body);
    if (this.compaction === undefined && this.log.size >= Math.max(this.compactAfter, this.snapshotSize)) {
      this.compaction = this.compact()
        .catch((error: unknown) => this.logger.warn({ error: String(error), dir: this.dir }, 'Embedded store: compaction failed; the log keeps growing until it succeeds. Check disk space.'))
        .finally(() => (this.compaction = undefined));
    }
    return written;
  }

  private async compact(): Promise<void> {
    // Capture, cut the log and note the sequence number in one synchronous step, so that the snapshot
    // holds exactly what the closed logs hold.
    const entries = captureEntries(this.tables);
    const seq = this.seq;
    const oldLogsWritten = this.log.barrier();
    const newGeneration = this.log.rotate();
    this.snapshotSize = await writeSnapshot(this.dir, seq, entries);
    await oldLogsWritten;
    await removeLogs(this.dir, (await listLogGenerations(this.dir)).filter((g) => g < newGeneration));
  }
}

/**
 * What a query evaluates its paths on for each entry: the top-level fields when every path is a top-level
 * scalar there (no parse), else the whole parsed body.
 */
function viewFor(filter: Filter, orderBy: string | undefined): (entry: Entry) => Body {
  const paths = [...Object.keys(filter), ...(orderBy === undefined ? [] : [orderBy])].map(splitPath);
  if (paths.some((segments) => segments.length > 1)) return parsedBody;
  const keys = paths.map((segments) => segments[0]!);
  return (entry) => {
    const top = topLevel(entry);
    return keys.some((key) => top.nested.has(key)) ? parsedBody(entry) : top.scalars;
  };
}

function serialise(id: string, body: unknown): string {
  assertValidId(id);
  assertValidBody(body);
  const json = JSON.stringify(body);
  // UTF-8 takes at most 3 bytes per UTF-16 unit: only a long text needs counting.
  if (json.length * 3 > MAX_DOCUMENT_BYTES && Buffer.byteLength(json) > MAX_DOCUMENT_BYTES) throw new Error(`Document ${id} is over the 2 MB limit Cosmos DB enforces`);
  return flattened(json);
}

/**
 * V8 builds JSON.stringify's result as a tree of pieces and joins them into one block only when the text
 * is first read through, which for a stored document is its first JSON.parse, typically long after the
 * write, when the tree has moved to the old generation: the joined copy is then made there, and under load
 * these copies filled the old generation at tens of megabytes a second, paid for in long collector pauses.
 * Converting to a number reads the text through (a JSON object is never a number) while it is still young.
 */
function flattened(json: string): string {
  void Number(json);
  return json;
}

function toDoc<T extends Body>(id: string, entry: Entry): StoredDoc<T> {
  return { id, etag: entry.etag, body: JSON.parse(entry.json) as T };
}
