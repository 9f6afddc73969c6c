/**
 * Drives the Agents Playground UI with playwright-core and Debian chromium (never `npx playwright install`).
 * Selectors were found on @microsoft/m365agentsplayground 0.2.28; see test/support/PLAYGROUND.md.
 *
 * Important: the UI keeps chat history only in the page. Activities the bot posts while no page is connected are
 * buffered and delivered to the next page that connects; a reload loses everything shown so far. Open the page
 * (and select the conversation) before the bot posts, and keep one page per test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Message composers are Lexical rich-text editors. In a channel the first one is "Start a new post". */
const EDITOR = '[data-lexical-editor="true"]';
/** Adaptive Cards render with the adaptivecards JS renderer. */
const CARD = '.ac-adaptiveCard';
/** A channel thread (root post, replies, reply box) is a Fluent Card: div[role=group]. */
const THREAD = 'div[role="group"]';

export interface PlaygroundBrowser {
  context: BrowserContext;
  page: Page;
  /** Closes chromium and removes the temporary profile. */
  close(): Promise<void>;
}

/** Opens the Playground UI in a fresh headless chromium profile and waits for the conversation list. */
export async function openPlayground(url: string, options: { timeoutMs?: number } = {}): Promise<PlaygroundBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'playground-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
    });
    context.setDefaultTimeout(options.timeoutMs ?? 15_000);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.getByRole('treeitem', { name: 'Personal Chat' }).waitFor();
    const ctx = context;
    return {
      context: ctx,
      page,
      close: async () => {
        await ctx.close().catch(() => undefined);
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Selects a conversation in the left tree. `'personal'` is the personal chat with the bot; `'group'` the group chat;
 * anything else is a channel name ("General", "Announcements") or a full tree label ("My Team - Announcements").
 * Tree items are `button[role=treeitem]` with aria-label "Personal Chat", "<group chat name>", "<team> - <channel>".
 * The first time a conversation is selected the Playground sends installationUpdate + conversationUpdate to the bot.
 */
export async function selectConversation(page: Page, name: 'personal' | 'group' | (string & {})): Promise<void> {
  const labels = (await page.getByRole('treeitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).filter(Boolean);
  let label: string | undefined;
  if (name === 'personal') label = 'Personal Chat';
  else if (name === 'group') label = labels[1]; // order: Personal Chat, group chat, then channels
  else label = labels.find((l) => l === name) ?? labels.find((l) => l.endsWith(` - ${name}`));
  if (!label) throw new Error(`No conversation "${name}" in the Playground; have: ${labels.join(', ')}`);
  await page.locator(`[role="treeitem"][aria-label="${label}"]`).click();
  await page.locator(EDITOR).first().waitFor();
}

export interface SendMessageOptions {
  /**
   * Display name to @mention first (picked from the typeahead, so the bot gets an `<at>` mention entity).
   * In a channel or group chat the Playground only delivers messages that @mention the bot.
   */
  mention?: string;
  /** Reply in the channel thread containing this text instead of starting a new post. */
  inThread?: string;
}

/**
 * Types a message and sends it with Enter. In a channel, without `inThread`, it starts a new post (thread).
 * Resolves when the composer is empty again (the Playground has accepted the message).
 */
export async function sendMessage(page: Page, text: string, options: SendMessageOptions = {}): Promise<void> {
  const editor = options.inThread
    ? page.locator(THREAD).filter({ hasText: options.inThread }).last().locator(EDITOR)
    : page.locator(EDITOR).first();
  await editor.click();
  if (options.mention) {
    await page.keyboard.type(`@${options.mention.slice(0, 3)}`);
    await page.locator('#typeahead-menu').getByRole('menuitem').filter({ hasText: options.mention }).first().click();
    await page.keyboard.type(' ');
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expectEmpty(editor);
}

async function expectEmpty(editor: Locator): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (((await editor.innerText()).trim() !== '') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

/** Waits until an Adaptive Card containing `text` is visible and returns it (the newest if several). */
export async function waitForCardText(page: Page, text: string, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const card = page.locator(CARD).filter({ hasText: text }).last();
  await card.waitFor({ state: 'visible', ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}) });
  return card;
}

/** Waits until plain text (a message, not only cards) is visible in the conversation. */
export async function waitForText(page: Page, text: string, options: { timeoutMs?: number } = {}): Promise<void> {
  await page
    .getByText(text)
    .last()
    .waitFor({ state: 'visible', ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}) });
}

/**
 * Clicks an action button (Action.Execute / Action.Submit) on the newest card containing `cardText`.
 * The bot gets an `adaptiveCard/action` invoke; a card returned in the invoke response replaces this card in the UI.
 */
export async function clickCardButton(page: Page, cardText: string, buttonTitle: string): Promise<void> {
  const card = await waitForCardText(page, cardText);
  await card.getByRole('button', { name: buttonTitle, exact: true }).click();
}

/** Full-page PNG screenshot. */
export async function screenshot(page: Page, path: string): Promise<void> {
  await page.screenshot({ path, fullPage: true });
}
