import { createHash, timingSafeEqual } from 'node:crypto';
import restify from 'restify';
import type { Logger } from 'pino';
import type { Application } from '@microsoft/teams-ai';
import type { DeskAdapter } from '../teams/desk-adapter.js';
import type { IngestResult } from '../../usecases/ingest-alerts.js';
import { BodyTooLarge, readBody, readBodyBytes } from './read-body.js';

export interface HttpDeps {
  readonly adapter: DeskAdapter;
  readonly app: Application;
  readonly ingestToken: string;
  readonly ingestMaxBytes: number;
  readonly ingest: (rawBody: Uint8Array, source: string) => Promise<IngestResult>;
  readonly isReady: () => boolean;
  readonly logger: Logger;
}

/** The HTTP surface: `/api/messages` (Bot Framework), `/api/alerts` (spec/ingestion.md), `/healthz`. */
export function createHttpServer(deps: HttpDeps): restify.Server {
  const server = restify.createServer({ name: 'imi-alert-desk', handleUncaughtExceptions: false });
  server.get('/healthz', (_req, res, next) => {
    res.json(deps.isReady() ? 200 : 503, { status: deps.isReady() ? 'ready' : 'starting' });
    return next();
  });
  server.post('/api/alerts', async (req, res) => {
    try {
      await handleAlerts(deps, req, res);
    } catch (err) {
      // Nothing was acknowledged: the sender keeps the alerts and sends them again.
      deps.logger.error({ err }, 'alert ingestion failed; the sender got 500 and should retry; check the store');
      if (!res.headersSent) res.json(500, { error: 'internal error', hint: 'Nothing was stored for certain; send the same alerts again (ingestion is idempotent).' });
    }
  });
  server.post('/api/messages', async (req, res) => handleMessages(deps, req, res));
  server.on('restifyError', (req, res, err, cb) => {
    // Neither the path nor restify's message (which repeats it) is logged: a caller may put anything in a path.
    deps.logger.warn({ method: req.method, route: req.getRoute()?.path ?? '(no such route)', status: (err as { statusCode?: number }).statusCode, error: err.name }, 'HTTP request failed');
    return cb();
  });
  return server;
}

/** The auth scheme is case-insensitive (RFC 7235 section 2.1); the token is not. */
const BEARER = /^bearer +(.*)$/i;
const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Compares digests rather than the tokens themselves, so that the time taken says nothing about the token,
 * not even its length.
 */
function tokenMatches(header: string | undefined, token: string): boolean {
  const given = BEARER.exec(header ?? '')?.[1]?.trim();
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

async function handleAlerts(deps: HttpDeps, req: restify.Request, res: restify.Response): Promise<void> {
  if (!tokenMatches(req.header('authorization'), deps.ingestToken)) {
    res.json(401, { error: 'unauthorized' });
    return;
  }
  let raw: Buffer;
  try {
    raw = await readBodyBytes(req, deps.ingestMaxBytes);
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    deps.logger.warn({ limit: deps.ingestMaxBytes, contentLength: req.header('content-length') }, 'alert upload refused: body larger than INGEST_MAX_BYTES; ask the sender to split it');
    res.json(413, { error: 'too large', limit: deps.ingestMaxBytes });
    return;
  }
  const result = await deps.ingest(raw, 'http');
  if (result.kind === 'unreadable') {
    deps.logger.warn({ quarantineId: result.quarantineId }, `alert upload quarantined: ${result.summary}`);
    res.json(400, { error: result.error, hint: result.hint });
    return;
  }
  if (result.rejected.length > 0) deps.logger.warn({ rejected: result.rejected.length, accepted: result.accepted.length }, 'invalid alerts quarantined; see the response for the fields');
  res.json(202, { accepted: result.accepted, rejected: result.rejected });
}

/** Bot Framework activities are small; Teams caps a message well below this. */
const ACTIVITY_MAX_BYTES = 1024 * 1024;

/**
 * Bot Framework activities. Authentication failures (any error before our logic runs: missing, expired,
 * forged or wrongly signed token) answer 401; failures in our logic 500 with a plain body, never details.
 */
async function handleMessages(deps: HttpDeps, req: restify.Request, res: restify.Response): Promise<void> {
  // Read here rather than by restify's bodyParser, which builds every body with the deprecated
  // `new Buffer()` (a measurable cost on each card button press) and offers nothing an activity needs.
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(await readBody(req, ACTIVITY_MAX_BYTES)) as Record<string, unknown> | undefined;
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      res.json(413, { error: 'too large', limit: ACTIVITY_MAX_BYTES });
      return;
    }
    if (!(e instanceof SyntaxError)) throw e;
  }
  if (!body || typeof body !== 'object' || typeof body.type !== 'string') {
    res.json(400, { error: 'expected a Bot Framework activity' });
    return;
  }
  let entered = false;
  try {
    const invoke = await deps.adapter.processInbound(req.header('authorization') ?? '', body as never, async (ctx) => {
      entered = true;
      await deps.app.run(ctx);
    });
    if (invoke?.body !== undefined) res.json(invoke.status ?? 200, invoke.body);
    else res.send(invoke?.status ?? 200);
  } catch (err) {
    if (!entered) {
      deps.logger.warn({ reason: (err as Error).message }, 'Bot Framework request refused: authentication failed');
      res.json(401, { error: 'unauthorized' });
    } else {
      deps.logger.error({ err }, 'activity processing failed');
      res.json(500, { error: 'internal error' });
    }
  }
}
