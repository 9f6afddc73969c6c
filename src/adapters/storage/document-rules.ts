/**
 * Rules both adapters enforce the same way, so a document that works with the embedded store also works
 * with Cosmos DB. Breaking one is a bug in the caller, so these throw instead of returning a code.
 */

/**
 * Cosmos DB refuses ids with / \\ ? or # and caps them at 255 characters. Ids come from outside (an IMI
 * reference may contain a slash), so the Cosmos adapter escapes these characters (and %, the escape itself)
 * as %XX, reversibly; the embedded store keeps ids as given but applies the same length rule to the
 * escaped form, so both accept exactly the same ids.
 */
const ID_ESCAPED = /[%/\\?#]/g;
const ID_NEEDS_ESCAPING = /[%/\\?#]/;
const ID_UNESCAPED = /%(25|2F|5C|3F|23)/g;
const MAX_ID_LENGTH = 255;

/**
 * The id as Cosmos DB stores it (reversible, and free of the characters it refuses); throws when even that
 * could not be stored. An id needing no escape, as nearly all do, is checked without building a new string.
 */
export function cosmosId(id: string): string {
  if (typeof id !== 'string' || id.length === 0) throw invalidId(id);
  const stored = ID_NEEDS_ESCAPING.test(id) ? id.replace(ID_ESCAPED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : id;
  if (stored.length > MAX_ID_LENGTH) throw invalidId(id);
  return stored;
}

/** The id a caller gave, from the one Cosmos DB stores. */
export function idFromCosmos(stored: string): string {
  return stored.replace(ID_UNESCAPED, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function invalidId(id: unknown): Error {
  return new Error(`Invalid document id ${JSON.stringify(id)}: 1 to 255 characters, counting / \\ ? # and % as three`);
}

/** Cosmos DB's own properties; a body carrying one would be silently overwritten or stripped there. */
const RESERVED_KEYS = new Set(['id', '_rid', '_self', '_ts', '_attachments', '_etag']);

/** A path segment must be a plain identifier so it can be written into SQL without escaping rules. */
const SEGMENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Cosmos DB refuses documents over 2 MB; the embedded store refuses them too so tests catch it early. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** Throws when `id` could not be stored in Cosmos DB, even escaped. */
export function assertValidId(id: string): void {
  cosmosId(id);
}

/** Throws when the body is not a plain object or uses a key Cosmos DB reserves. */
export function assertValidBody(body: unknown): asserts body is Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new Error('A document body must be a JSON object');
  }
  for (const key of Object.keys(body)) {
    if (RESERVED_KEYS.has(key)) throw new Error(`A document body must not contain the reserved key "${key}"`);
  }
}

/** Splits a dotted path (`'outbox.pending'`) into segments, throwing on anything but identifiers. */
export function splitPath(path: string): string[] {
  const segments = path.split('.');
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) throw new Error(`Invalid field path ${JSON.stringify(path)}: use dotted identifiers`);
  }
  return segments;
}
