import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly conversationId?: string;
  readonly activityId?: string;
  readonly body: Record<string, unknown>;
  /** The Authorization header the bot sent (its Bot Connector token), if any. */
  readonly authorization?: string;
}

export interface StandInOptions {
  readonly failNext?: (call: RecordedCall) => number | undefined;
  /** Holds every answer this long: widens the window in which a sender can die between call and answer. */
  readonly delayMs?: number;
  /** Sees each call as it arrives, before it is answered (a crash test kills the bot here). */
  readonly onCall?: (call: RecordedCall) => void;
}

/**
 * A loopback HTTP server standing in for the Bot Connector: it answers the calls a bot makes
 * (new message, reply, update, create conversation) and records every one of them.
 */
export async function startConnectorStandIn(options: StandInOptions = {}) {
  const calls: RecordedCall[] = [];
  let nextId = 1000;
  const respond = (res: ServerResponse, call: RecordedCall, failWith: number | undefined) => {
    res.setHeader('content-type', 'application/json');
    if (failWith) {
      res.statusCode = failWith;
      if (failWith === 429) res.setHeader('retry-after', '1');
      return res.end(JSON.stringify({ error: { code: 'Failed', message: `stand-in failure ${failWith}` } }));
    }
    if (call.method === 'POST' && call.path.endsWith('/v3/conversations')) {
      res.statusCode = 201;
      return res.end(JSON.stringify({ id: `a:conversation-${nextId++}` }));
    }
    res.statusCode = call.method === 'POST' ? 201 : 200;
    res.end(JSON.stringify({ id: call.method === 'PUT' ? call.activityId : String(nextId++) }));
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const path = decodeURIComponent(req.url ?? '');
      const m = path.match(/\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/);
      const call: RecordedCall = { method: req.method ?? '', path, conversationId: m?.[1], activityId: m?.[2], body, authorization: req.headers.authorization };
      const failWith = options.failNext?.(call);
      calls.push(call);
      options.onCall?.(call);
      const answer = () => respond(res, call, failWith);
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    calls,
    /** Posts of new messages (cards start threads) to a conversation. */
    posts: (conversationId?: string) => calls.filter((c) => c.method === 'POST' && c.activityId === undefined && c.conversationId !== undefined && (!conversationId || c.conversationId === conversationId)),
    updates: () => calls.filter((c) => c.method === 'PUT'),
    /** Replies (and other messages) sent into a conversation, newest last. */
    messagesTo: (conversationId: string) => calls.filter((c) => c.method === 'POST' && c.conversationId === conversationId),
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A bot's kept-alive connection that is not idle at this moment would hold close() open for good.
      server.closeAllConnections();
      await closed;
    },
  };
}

export type ConnectorStandIn = Awaited<ReturnType<typeof startConnectorStandIn>>;
