import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The Cosmos DB emulator's published key; the local server accepts any key, the SDK needs one. */
export const EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface CosmosServer {
  readonly endpoint: string;
  readonly key: string;
  /** An https Agent trusting the server's certificate: pass it as CosmosClient's `agent`. */
  readonly agent: Agent;
  /** The certificate file, for child processes: set NODE_EXTRA_CA_CERTS to it in their environment. */
  readonly caFile: string;
  stop(): Promise<void>;
}

/**
 * The server runs in a child process so that it does not share the event loop with the code under test
 * and other processes (a second bot instance) can reach it. It exits when its stdin closes, so it cannot
 * outlive the test process even if `stop` is never called.
 */
const SERVER_SCRIPT = `
const { readFileSync } = require('node:fs');
const { createHttpsServer } = require(process.argv[1]);
const server = createHttpsServer({ cert: readFileSync(process.argv[2]), key: readFileSync(process.argv[3]) });
server.listen(0, '127.0.0.1', () => process.stdout.write(JSON.stringify({ port: server.address().port }) + '\\n'));
process.stdin.on('end', () => process.exit(0)).resume();
`;

/**
 * Starts @zeit/cosmosdb-server over HTTPS on a free loopback port with a fresh self-signed certificate
 * (its bundled one expired in 2021). Trust stays scoped to the returned agent: TLS verification is not
 * turned off anywhere. Data lives in the server's memory and is gone after `stop`.
 */
export async function startCosmosServer(): Promise<CosmosServer> {
  const dir = await mkdtemp(join(tmpdir(), 'cosmos-server-'));
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-keyout', keyFile, '-out', certFile, '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  const serverModule = createRequire(import.meta.url).resolve('@zeit/cosmosdb-server');
  const child = spawn(process.execPath, ['-e', SERVER_SCRIPT, serverModule, certFile, keyFile], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line !== undefined) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`cosmosdb-server exited (${code}) before listening: ${stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const agent = agentTrusting(certFile);
  return {
    endpoint: `https://localhost:${port}`,
    key: EMULATOR_KEY,
    agent,
    caFile: certFile,
    async stop() {
      agent.destroy();
      child.stdin.end();
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * An https Agent that trusts only the given certificate (enough for the local server). For a globalSetup,
 * which can pass only `caFile` to the test workers: each worker builds its own agent from it.
 */
export function agentTrusting(caFile: string): Agent {
  return new Agent({ ca: readFileSync(caFile), keepAlive: true });
}
