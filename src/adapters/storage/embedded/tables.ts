import type { Body } from '../document-store.js';

/**
 * The in-memory read model: one map per collection from id to entry. Entries are replaced, never
 * changed (apart from the parse cache), so a list of them taken in one synchronous step is a consistent
 * snapshot that compaction can write out while new writes go on.
 */
export interface Entry {
  readonly etag: string;
  /** The body's JSON text: what the log holds, and what each read parses into a private copy. */
  readonly json: string;
  /** Parsed once on the first query that needs it; never handed to callers. */
  parsed?: Body;
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

/** The parsed body of an entry, cached, for evaluating filters. */
export function parsedBody(entry: Entry): Body {
  entry.parsed ??= JSON.parse(entry.json) as Body;
  return entry.parsed;
}

/** Every document, taken in one synchronous step. */
export function captureEntries(tables: Tables): CapturedEntry[] {
  const captured: CapturedEntry[] = [];
  for (const [collection, table] of tables) {
    for (const [id, entry] of table) captured.push([collection, id, entry]);
  }
  return captured;
}
