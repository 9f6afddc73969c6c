import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {}

/**
 * Reads a request body as UTF-8 text, refusing (without buffering the rest) past `limit` bytes. Bytes that are
 * not UTF-8 become U+FFFD; use readBodyBytes where that must be noticed.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return collect(req, limit, (chunks) => (chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
}

/** Reads a request body as bytes, refusing (without buffering the rest) past `limit` bytes. */
export function readBodyBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return collect(req, limit, (chunks) => (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
}

/**
 * With stream events rather than `for await`: every card button press comes through here, and the
 * async iterator costs several promises per chunk.
 */
function collect<T>(req: IncomingMessage, limit: number, finish: (chunks: Buffer[]) => T): Promise<T> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(finish(chunks)));
    req.once('error', reject);
    req.once('aborted', () => reject(new Error('request aborted by the client')));
  });
}
