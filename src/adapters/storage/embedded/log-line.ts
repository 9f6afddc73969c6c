import { crc32 } from 'node:zlib';

/**
 * One line of the log or the snapshot: `<crc32 hex> <header JSON>\t<body JSON>\n`.
 *
 * The body is kept as its own JSON text so that writing a document never stringifies it twice and
 * recovery can keep the text as it is. A tab cannot occur in JSON.stringify output (it escapes control
 * characters and adds no whitespace), so the first tab always separates header from body. The checksum
 * covers both, so a torn or bit-flipped line is recognised instead of being half-applied.
 */
export interface LineHeader {
  /** Sequence number of the write; the snapshot's meta line carries the last one it includes. */
  readonly s?: number;
  readonly c?: string;
  readonly i?: string;
  /** Etag of a put; absent on a delete. */
  readonly e?: string;
  /** Present on a delete. */
  readonly d?: 1;
  /** Meta lines of a snapshot: its format version and, on the last line, its document count. */
  readonly v?: number;
  readonly end?: number;
}

export interface DecodedLine {
  readonly header: LineHeader;
  readonly body: string;
}

/** Encodes a header and an already-serialised body into one line, newline included. */
export function encodeLine(header: LineHeader, body = ''): string {
  const payload = `${JSON.stringify(header)}\t${body}`;
  return `${crc32(payload).toString(16).padStart(8, '0')} ${payload}\n`;
}

/**
 * Encodes the same line as encodeLine straight into `buffer` at `offset`, as UTF-8, without building the
 * line as a string: compaction writes every document this way, and strings that size would all pass
 * through the garbage collector. Returns the offset after the line, or undefined when it might not fit.
 */
export function encodeLineInto(buffer: Buffer, offset: number, header: LineHeader, body = ''): number | undefined {
  const head = JSON.stringify(header);
  // UTF-8 takes at most 3 bytes per UTF-16 unit; the checksum, its space and the newline take 10.
  if (offset + 10 + (head.length + 1 + body.length) * 3 > buffer.length) return undefined;
  const start = offset + 9;
  let end = start + buffer.write(head, start, 'utf8');
  buffer[end++] = 0x09;
  end += buffer.write(body, end, 'utf8');
  buffer.write(crc32(buffer.subarray(start, end)).toString(16).padStart(8, '0'), offset, 'latin1');
  buffer[offset + 8] = 0x20;
  buffer[end++] = 0x0a;
  return end;
}

/** Decodes one line without its newline; undefined when the checksum or the structure is wrong. */
export function decodeLine(line: string): DecodedLine | undefined {
  if (line.length < 10 || line[8] !== ' ') return undefined;
  const payload = line.slice(9);
  const expected = Number.parseInt(line.slice(0, 8), 16);
  if (!Number.isFinite(expected) || crc32(payload) !== expected) return undefined;
  const tab = payload.indexOf('\t');
  if (tab < 0) return undefined;
  try {
    const header = JSON.parse(payload.slice(0, tab)) as unknown;
    if (header === null || typeof header !== 'object') return undefined;
    return { header: header as LineHeader, body: payload.slice(tab + 1) };
  } catch {
    return undefined;
  }
}

/** Splits a file's bytes into lines (without newlines), decoding UTF-8 per line to keep strings small. */
export function* splitLines(bytes: Buffer): Generator<string> {
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    yield bytes.toString('utf8', start, end);
    start = end + 1;
  }
}
