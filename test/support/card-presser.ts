import { expect } from 'vitest';
import type { CardRef, CardSlot, CaseRecord } from '../../src/usecases/ports.js';
import type { RecordedCall } from './connector-standin.js';
import type { DeskHarness, Officer } from './desk-harness.js';

/**
 * Presses buttons the way an officer does: on the card as the channel last showed it (or on a card the bot
 * answered with), with the data that button carries plus what the officer typed into its inputs.
 */
export type Card = Record<string, unknown>;
export interface CardAction { readonly type: string; readonly verb?: string; readonly title?: string; readonly url?: string; readonly data?: Record<string, unknown> }

/** The Adaptive Card a recorded Bot Connector call carried, if any. */
export function cardOfCall(call: Pick<RecordedCall, 'body'>): Card | undefined {
  const attachments = call.body.attachments as { content?: Card }[] | undefined;
  return attachments?.[0]?.content;
}

/** Every action on a card: top-level, in action sets, and inside the cards that Action.ShowCard opens. */
export function actionsOf(card: Card): CardAction[] {
  const out: CardAction[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o as unknown as CardAction);
    for (const key of ['body', 'actions', 'items', 'card', 'columns']) if (key in o) visit(o[key]);
  };
  visit(card);
  return out;
}

export function verbsOf(card: Card): string[] {
  return actionsOf(card).flatMap((a) => (a.verb ? [a.verb] : []));
}

/** Every text on a card, joined, for checks on what it says. */
export function textOf(card: Card): string {
  return JSON.stringify(card);
}

export async function recordOf(h: DeskHarness, imiId: string): Promise<CaseRecord> {
  const rec = await h.desk.cases.get(imiId);
  if (!rec) throw new Error(`no case ${imiId}`);
  return rec;
}

export async function cardRefOf(h: DeskHarness, imiId: string, slot: CardSlot): Promise<CardRef> {
  const ref = (await recordOf(h, imiId)).cards[slot];
  if (!ref) throw new Error(`case ${imiId} has no ${slot} card yet`);
  return ref;
}

/** The card a channel message shows now: its last update, or the post that created it. */
export function latestCardAt(h: DeskHarness, ref: CardRef, imiId: string): Card {
  const calls = h.connector.calls.filter((c) => c.conversationId === ref.conversationId
    && ((c.method === 'PUT' && c.activityId === ref.activityId) || (c.method === 'POST' && c.activityId === undefined))
    && JSON.stringify(cardOfCall(c) ?? {}).includes(`"caseId":"${imiId}"`));
  const card = calls.length ? cardOfCall(calls.at(-1)!) : undefined;
  if (!card) throw new Error(`no card for ${imiId} at ${ref.conversationId}/${ref.activityId}`);
  return card;
}

/** The card of a slot as the channel shows it now. */
export async function channelCard(h: DeskHarness, imiId: string, slot: CardSlot): Promise<Card> {
  return latestCardAt(h, await cardRefOf(h, imiId, slot), imiId);
}

export interface Pressed { readonly status: number; readonly card: Card }

/**
 * Presses `verb` on `card` (which must offer it) as `who`, on the message `ref`, with `inputs` typed in.
 * Returns the card the bot answered with.
 */
export async function pressOn(h: DeskHarness, who: Officer, card: Card, ref: CardRef, verb: string, inputs: Record<string, unknown> = {}, locale = 'nb-NO', pick?: (a: CardAction) => boolean): Promise<Pressed> {
  const action = actionsOf(card).find((a) => a.verb === verb && (!pick || pick(a)));
  expect(action, `the card offers ${verb} (it offers ${verbsOf(card).join(', ')})`).toBeDefined();
  const res = await h.invoke(who, verb, { ...action!.data, ...inputs }, ref, locale);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  return { status: res.status, card: (res.body as { value: Card }).value };
}

/** Lets the outbox deliver, then presses `verb` on the slot's channel card as it now shows. */
export async function press(h: DeskHarness, who: Officer, imiId: string, slot: CardSlot, verb: string, inputs: Record<string, unknown> = {}, locale = 'nb-NO'): Promise<Pressed> {
  await h.settle();
  const ref = await cardRefOf(h, imiId, slot);
  return pressOn(h, who, latestCardAt(h, ref, imiId), ref, verb, inputs, locale);
}
