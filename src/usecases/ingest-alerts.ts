import type { Alert, FieldError } from '../domain/alert-schema.js';
import { parseAlert } from '../domain/alert-schema.js';
import { applyImiEvent, openCase } from '../domain/case-events.js';
import { emptyHead } from '../domain/journal.js';
import type { WriterDeps } from './case-writer.js';
import { mutateCase, recordAfter } from './case-writer.js';
import type { Clock, QuarantineRepository } from './ports.js';

export interface IngestDeps extends WriterDeps {
  readonly quarantine: QuarantineRepository;
  readonly clock: Clock;
  /** Wakes the screening worker after new or changed alerts are stored. */
  readonly onStored?: () => void;
}

export interface Rejected {
  readonly index: number;
  /** As sent when it is a string (valid or not); null when missing or not a string. The key is always there. */
  readonly imiId: string | null;
  readonly errors: readonly FieldError[];
}

export type IngestResult =
  | { readonly kind: 'batch'; readonly accepted: string[]; readonly rejected: Rejected[] }
  | {
    readonly kind: 'unreadable'; readonly error: string; readonly hint: string; readonly quarantineId: string;
    /** The problem without any of the body's content (the parser's message quotes it), for logs. */
    readonly summary: string;
  };

const ALERT_KEYS = ['imiId', 'type', 'event', 'sentAt', 'sendingCountry', 'profession', 'professional', 'decision'];

/**
 * Ingests a request body as spec/ingestion.md defines it: one alert, `{"alerts": [...]}` or a bare array.
 * Every valid alert is stored and journaled before this returns; every invalid one is quarantined with its
 * errors; a body that is not JSON (bytes that are not UTF-8 included) or not one of those shapes is
 * quarantined raw.
 */
export async function ingestAlerts(deps: IngestDeps, body: string | Uint8Array, source: string): Promise<IngestResult> {
  const text = typeof body === 'string' ? body : decodeUtf8(body);
  const rawBody = typeof text === 'string' ? text : text.lossy;
  const list = typeof text === 'string' ? toList(text) : text.problem;
  if (!Array.isArray(list)) {
    const quarantineId = deps.ids.next();
    await deps.quarantine.add({ id: quarantineId, receivedAt: deps.clock.now().toISOString(), source, raw: rawBody, errors: [{ path: '(root)', message: list.error }] });
    return { kind: 'unreadable', ...list, quarantineId };
  }
  const accepted: string[] = [];
  const rejected: Rejected[] = [];
  for (const [index, item] of list.entries()) {
    const parsed = parseAlert(item);
    if (parsed.ok) {
      await storeAlert(deps, parsed.alert);
      accepted.push(parsed.alert.imiId);
      continue;
    }
    const imiId = typeof (item as { imiId?: unknown } | null)?.imiId === 'string' ? (item as { imiId: string }).imiId : null;
    await deps.quarantine.add({ id: deps.ids.next(), receivedAt: deps.clock.now().toISOString(), source, raw: JSON.stringify(item) ?? String(item), index, imiId: imiId ?? undefined, errors: parsed.errors });
    rejected.push({ index, imiId, errors: parsed.errors });
  }
  if (accepted.length > 0) deps.onStored?.();
  return { kind: 'batch', accepted, rejected };
}

// A BOM is left in, so that a body starting with one is refused as before rather than read differently here.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * JSON is UTF-8 (RFC 8259 section 8.1). Read leniently, a Latin-1 body would store "S\uFFFDther" for "Sæther"
 * and screen that; such a body is refused and quarantined instead.
 */
interface Unreadable { error: string; hint: string; summary: string }

function decodeUtf8(bytes: Uint8Array): string | { lossy: string; problem: Unreadable } {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const error = 'body is not UTF-8, so it is not JSON';
    return { lossy: lossyUtf8.decode(bytes), problem: { error, summary: error, hint: 'Send the JSON encoded as UTF-8 (not Latin-1 or Windows-1252).' } };
  }
}

function toList(rawBody: string): unknown[] | Unreadable {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch (e) {
    // The parser's message quotes the body around the error (names, say): fine for the sender, not for logs.
    return { error: `body is not JSON: ${(e as Error).message}`, summary: 'body is not JSON', hint: 'Send Content-Type: application/json with one alert, {"alerts": [...]} or an array of alerts.' };
  }
  if (Array.isArray(body)) return body;
  if (body !== null && typeof body === 'object') {
    // An object with any of the alert's fields is one alert, valid or not, and an "alerts" property on it is
    // an unknown property, kept. Read as a list instead, an invalid alert carrying "alerts": [] vanished:
    // neither accepted nor rejected nor quarantined.
    if (ALERT_KEYS.some((k) => k in body)) return [body];
    if ('alerts' in body) {
      const alerts = (body as { alerts: unknown }).alerts;
      if (Array.isArray(alerts)) return alerts;
      const error = '"alerts" must be an array';
      return { error, summary: error, hint: 'Send {"alerts": [ ...alert objects... ]}.' };
    }
  }
  const error = `body is JSON of another shape (${body === null ? 'null' : typeof body}${typeof body === 'object' && body ? ' without alert fields' : ''})`;
  return { error, summary: error, hint: 'Send one alert object (spec/imi-alert.schema.json), {"alerts": [...]} or an array of alerts.' };
}

/** Stores one valid alert: a new case, or an event applied to the existing one. Safe under concurrency. */
export async function storeAlert(deps: WriterDeps & { clock: Clock }, alert: Alert): Promise<void> {
  for (;;) {
    const now = deps.clock.now().toISOString();
    const existing = await deps.cases.get(alert.imiId);
    if (!existing) {
      const opened = openCase(alert, now);
      const empty = { case: opened.case, journal: [], head: emptyHead(alert.imiId, deps.journalKey), outbox: [], cards: {} };
      const record = recordAfter(empty, { next: opened.case, drafts: opened.journal, actor: { kind: 'system' }, at: now }, deps);
      if ((await deps.cases.create(record)) === 'created') return;
      continue;
    }
    await mutateCase(deps, alert.imiId, (rec) => {
      const out = applyImiEvent(rec.case, alert, now);
      if (!out.changed || !out.journal) return { result: undefined };
      return { result: undefined, change: { next: out.next, drafts: [out.journal], actor: { kind: 'system' }, at: now } };
    });
    return;
  }
}
