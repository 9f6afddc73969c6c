import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../src/adapters/storage/embedded-store.js';
import { tempDir } from './support/temp-dir.js';

const writer = fileURLToPath(new URL('./support/crash-writer.ts', import.meta.url));

/** Runs the writer until it has acknowledged `acks` writes, kills it with SIGKILL, returns what it acknowledged. */
function runAndKill(dir: string, first: number, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line !== 'ready') acknowledged.push(line);
      if (acknowledged.length >= acks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer exited without being killed: ${stderr}`));
    });
  });
}

describe('embedded store under kill -9', () => {
  it('keeps every acknowledged write across repeated SIGKILLs', async () => {
    const temp = await tempDir();
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      // Each round reopens after the previous kill, so it also takes over the dead process's lock.
      acknowledged.push(...(await runAndKill(temp.dir, round * 1_000_000, 1500 + round * 500)));
    }
    const store = await openEmbeddedStore({ dir: temp.dir });
    const created = acknowledged.filter((l) => l.startsWith('create ')).map((l) => l.slice('create '.length));
    expect(created.length).toBeGreaterThan(3000);
    const stored = new Set((await store.query('cases', {})).map((d) => d.id));
    expect(created.filter((id) => !stored.has(id))).toEqual([]);
    const counted = acknowledged.filter((l) => l.startsWith('counter ')).map((l) => Number(l.slice('counter '.length)));
    const counter = await store.get<{ value: number }>('jobs', 'counter');
    expect(counter?.body.value ?? 0).toBeGreaterThanOrEqual(Math.max(0, ...counted));
    await store.close();
    await temp.remove();
  }, 40_000);
});
