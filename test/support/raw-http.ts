import { connect, type Socket } from 'node:net';

export type RawAnswer = { readonly status: number; readonly text: string } | 'timeout';

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * One kept-alive HTTP/1.1 connection for a load generator: one request at a time, the answer read by its
 * Content-Length or chunked encoding. Node's own client costs several times more CPU per request, and the
 * load generator shares this machine's two cores with the server it measures, so a leaner client leaves
 * the server what it would have in production. A timeout or an error closes the connection; the next
 * request opens a new one.
 */
export class RawConnection {
  private socket: Socket | undefined;
  private received: Buffer[] = [];
  private waiting: { resolve(answer: RawAnswer): void; reject(error: Error): void; timer: NodeJS.Timeout } | undefined;

  /** `authorization`: the header sent with every request (a Bot Framework token, as Teams sends one). */
  constructor(private readonly host: string, private readonly port: number, private readonly authorization?: string) {}

  post(path: string, body: string, timeoutMs: number): Promise<RawAnswer> {
    if (this.waiting) return Promise.reject(new Error('RawConnection: one request at a time'));
    const socket = this.socket ?? this.open();
    const bytes = Buffer.from(body, 'utf8');
    return new Promise<RawAnswer>((resolve, reject) => {
      const timer = setTimeout(() => { this.close(); resolve('timeout'); }, timeoutMs);
      this.waiting = { resolve, reject, timer };
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n` +
          `${this.authorization ? `Authorization: ${this.authorization}\r\n` : ''}Connection: keep-alive\r\n\r\n`,
      );
      socket.write(bytes);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
    this.received = [];
    if (this.waiting) clearTimeout(this.waiting.timer);
    this.waiting = undefined;
  }

  private open(): Socket {
    const socket = connect(this.port, this.host);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.received.push(chunk);
      this.answerIfComplete();
    });
    const fail = (error: Error) => {
      const waiting = this.waiting;
      if (this.socket === socket) this.close();
      waiting?.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed by the server')));
    this.socket = socket;
    return socket;
  }

  private answerIfComplete(): void {
    const data = this.received.length === 1 ? this.received[0]! : Buffer.concat(this.received);
    this.received = [data];
    const headEnd = data.indexOf(HEAD_END);
    if (headEnd < 0) return;
    const head = data.subarray(0, headEnd).toString('latin1');
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    let text: string | undefined;
    let rest: Buffer;
    if (length) {
      const end = headEnd + 4 + Number(length[1]);
      if (data.length < end) return;
      text = data.subarray(headEnd + 4, end).toString('utf8');
      rest = data.subarray(end);
    } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      const parts: Buffer[] = [];
      let at = headEnd + 4;
      for (;;) {
        const lineEnd = data.indexOf('\r\n', at);
        if (lineEnd < 0) return;
        const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
        if (data.length < lineEnd + 2 + size + 2) return;
        if (size === 0) { at = lineEnd + 4; break; }
        parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
      }
      text = Buffer.concat(parts).toString('utf8');
      rest = data.subarray(at);
    } else {
      text = '';
      rest = data.subarray(headEnd + 4);
    }
    this.received = rest.length > 0 ? [rest] : [];
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) {
      clearTimeout(waiting.timer);
      waiting.resolve({ status, text });
    }
    if (/\r\nconnection: *close/i.test(head)) this.close();
  }
}
