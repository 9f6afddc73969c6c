import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundBrowser } from '../support/playground-browser.js';
import { clickCardButton, openPlayground, screenshot, selectConversation, sendMessage, waitForCardText, waitForText } from '../support/playground-browser.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * `npm start` as a newcomer runs it (the dev launcher: bot, embedded store, demo register and alerts, and
 * the Microsoft 365 Agents Playground), driven through the Playground's real web client in headless Chromium.
 */
describe('npm start with the Agents Playground in headless Chromium', () => {
  let child: ChildProcess;
  let browser: PlaygroundBrowser;
  let url = '';
  let startupMs = 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-dev-'));
  let output = '';

  beforeAll(async () => {
    const started = Date.now();
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/dev.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    child.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
      const timer = setTimeout(() => reject(new Error(`npm start did not come up in 60 s:\n${output}`)), 60_000);
      const check = setInterval(() => {
        const m = output.match(/Open (http:\/\/localhost:\d+)/);
        if (m) { clearInterval(check); clearTimeout(timer); url = m[1]!; resolve(); }
      }, 100);
    });
    browser = await openPlayground(url);
    startupMs = Date.now() - started;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (child?.pid) {
      try { process.kill(-child.pid, 'SIGINT'); } catch { /* already gone */ }
      await new Promise((r) => setTimeout(r, 1500));
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* stopped cleanly */ }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows demo cards in the registry channel within 60 s, lets the user claim one, and answers status in chat', async () => {
    const { page } = browser;
    await selectConversation(page, 'My Team - General');
    // The launcher posts the demo alerts once this page is open; a miss says what the bot was doing.
    const card = await waitForCardText(page, 'IMI-DEMO-0001', { timeoutMs: 30_000 }).catch((e: unknown) => {
      throw new Error(`no card for IMI-DEMO-0001 in the registry channel within 30 s; the bot's output:\n${output.slice(-4_000)}`, { cause: e });
    });
    expect(startupMs).toBeLessThan(60_000);
    const text = await card.innerText();
    expect(text).toContain('Sverige');
    expect(text).not.toMatch(/Sæther|SAETHER|Kari|1971/i);

    await clickCardButton(page, 'IMI-DEMO-0001', 'Ta saken');
    await waitForText(page, 'Alex Wilber', { timeoutMs: 15_000 });
    await screenshot(page, join(dataDir, 'claimed.png'));

    await selectConversation(page, 'personal');
    await sendMessage(page, 'status IMI-DEMO-0001');
    // The Playground's user has an English Teams locale, and personal replies follow it (DESIGN.md, Language).
    await waitForText(page, 'Assignee: Alex Wilber', { timeoutMs: 15_000 });
  }, 90_000);
});
