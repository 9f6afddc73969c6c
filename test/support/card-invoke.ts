import { randomUUID } from 'node:crypto';
import { TENANT } from './desk-harness.js';

/** Someone pressing a button: Entra object id and display name. */
export interface Presser { readonly aadObjectId: string; readonly name: string }

/** Where the pressed card is: the channel and the card message's activity id. */
export interface CardAddress { readonly conversationId: string; readonly activityId: string }

/**
 * A card button press as Teams delivers it to /api/messages: an `adaptiveCard/action` invoke on the card's
 * message in a channel, `data` holding caseId, version and the verb's inputs (spec/card-actions.md).
 */
export function cardInvoke(from: Presser, verb: string, data: Record<string, unknown>, card: CardAddress, serviceUrl: string, locale = 'nb-NO') {
  return {
    type: 'invoke', name: 'adaptiveCard/action', id: randomUUID(), channelId: 'msteams', serviceUrl, locale,
    timestamp: new Date().toISOString(), replyToId: card.activityId,
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: '28:bot', name: 'IMI-varsler' },
    conversation: { id: `${card.conversationId};messageid=${card.activityId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { channel: { id: card.conversationId }, tenant: { id: TENANT } },
    value: { action: { type: 'Action.Execute', verb, data } },
  };
}

/** The card an invoke was answered with, as JSON text, or throws naming the status when there is none. */
export function answeredCard(status: number, body: unknown): string {
  const answer = body as { statusCode?: number; type?: string; value?: unknown } | undefined;
  if (status !== 200 || answer?.statusCode !== 200 || answer.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`invoke answered ${status} ${JSON.stringify(body)?.slice(0, 300)}`);
  }
  return JSON.stringify(answer.value);
}
