import type { Body } from '../document-store.js';

/**
 * The in-memory read model: one map per collection from id to entry. Entries are replaced, never
 * changed (apart from the parse caches and the note of a write under way), so a list of them taken in
 * one synchronous step is a consistent snapshot that compaction can write out while new writes go on.
 */
export interface Entry {
  readonly etag: string;
  /** The body's JSON text: what the log holds, and what each read parses into a private copy. */
  readonly json: string;
  /** The body's top-level fields, for queries: taken from the body when written, or parsed once when first needed. */
  top?: TopLevel;
  /** The whole body parsed, only for a query on a nested path; never handed to callers. */
  parsed?: Body;
  /** Until the write that made this entry is on disk: resolves when it is. */
  writing?: Promise<void>;
}

/**
 * A body's top-level scalars as its JSON holds them, and the names of its object and array fields. Queries
 * on top-level fields (all the repositories make) then need neither the JSON parsed again after every write
 * nor whole bodies kept in memory.
 */
export interface TopLevel {
  readonly scalars: Body;
  readonly nested: ReadonlySet<string>;
}

export type Tables = Map<string, Map<string, Entry>>;

/** One document as captured for a snapshot. */
export type CapturedEntry = readonly [collection: string, id: string, entry: Entry];

/** The table of a collection, created on first use. */
export function tableOf(tables: Tables, collection: string): Map<string, Entry> {
  let table = tables.get(collection);
  if (table === undefined) {
    table = new Map();
    tables.set(collection, table);
  }
  return table;
}

/** The parsed body of an entry, cached, for evaluating filters on nested paths. */
export function parsedBody(entry: Entry): Body {
  entry.parsed ??= JSON.parse(entry.json) as Body;
  return entry.parsed;
}

/** What JSON.stringify keeps of a body's top level: values it drops are absent, non-finite numbers null. */
export function topLevelOf(body: Body): TopLevel {
  const scalars: Body = {};
  const nested = new Set<string>();
  for (const key of Object.keys(body)) {
    const value = body[key];
    if (value === null || typeof value === 'string' || typeof value === 'boolean') scalars[key] = value;
    else if (typeof value === 'number') scalars[key] = Number.isFinite(value) ? value : null;
    else if (typeof value === 'object') nested.add(key);
  }
  return { scalars, nested };
}

/** An entry's top-level fields, parsed from its JSON the first time they are needed. */
export function topLevel(entry: Entry): TopLevel {
  entry.top ??= topLevelOf(JSON.parse(entry.json) as Body);
  return entry.top;
}

/** Every document, taken in one synchronous step. */
export function captureEntries(tables: Tables): CapturedEntry[] {
  const captured: CapturedEntry[] = [];
  for (const [collection, table] of tables) {
    for (const [id, entry] of table) captured.push([collection, id, entry]);
  }
  return captured;
}
