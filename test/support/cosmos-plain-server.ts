import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { EMULATOR_KEY } from './cosmos-server.js';

/** The local Cosmos-protocol server over plain HTTP, and how to open the adapter on it. */
export interface PlainCosmosServer {
  readonly endpoint: string;
  readonly key: string;
  /** Plain HTTP works with the SDK only without endpoint discovery (TOOLCHAIN.md). */
  readonly connectionPolicy: { readonly enableEndpointDiscovery: false };
  stop(): Promise<void>;
}

const SERVER_SCRIPT = `
const { createHttpServer } = require(process.argv[1]);
const server = createHttpServer({});
server.listen(0, '127.0.0.1', () => process.stdout.write(JSON.stringify({ port: server.address().port }) + '\\n'));
process.stdin.on('end', () => process.exit(0)).resume();
`;

/**
 * @zeit/cosmosdb-server over plain HTTP in a child process, for measurements. The server closes every
 * connection after one response, so over TLS each Cosmos DB call would pay a full TLS handshake on both
 * sides, which the SDK, keeping its connections to Cosmos DB alive, does not pay in production. Tests of
 * behaviour use startCosmosServer (cosmos-server.ts), which keeps TLS verification on.
 */
export async function startPlainCosmosServer(): Promise<PlainCosmosServer> {
  const serverModule = createRequire(import.meta.url).resolve('@zeit/cosmosdb-server');
  const child = spawn(process.execPath, ['-e', SERVER_SCRIPT, serverModule], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve((JSON.parse(out.split('\n')[0]!) as { port: number }).port);
    });
    void exited.then(() => reject(new Error(`cosmosdb-server exited before listening: ${stderr}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    key: EMULATOR_KEY,
    connectionPolicy: { enableEndpointDiscovery: false },
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}
