import type { CloudAdapter } from 'botbuilder';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { Activity, ConversationReference as BfReference } from 'botbuilder';

/** The slice of botframework-connector's ConnectorClient this sender uses. */
interface ConnectorClient {
  conversations: { sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }> };
}
import type { CardJson } from './card-templates.js';

/** Sends and updates messages through the Bot Connector (`POST`/`PUT {serviceUrl}/v3/conversations/...`). */
export interface TeamsSender {
  /** Posts a new message (a new thread when `conversationId` is a channel); returns its activity id. */
  post(address: ChannelAddress, card: CardJson, summary: string): Promise<string>;
  update(address: ChannelAddress, activityId: string, card: CardJson, summary: string): Promise<void>;
}

export interface ChannelAddress {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly tenantId?: string;
}

/** A failed send that says whether and when to try again. */
export class SendError extends Error {
  constructor(message: string, readonly status: number | undefined, readonly retryAfterMs: number | undefined) {
    super(message);
  }
}

export function cloudAdapterSender(adapter: CloudAdapter, appId: string): TeamsSender {
  const run = async (address: ChannelAddress, logic: Parameters<CloudAdapter['continueConversationAsync']>[2]) => {
    const ref: Partial<BfReference> = {
      serviceUrl: address.serviceUrl,
      channelId: 'msteams',
      conversation: { id: address.conversationId, isGroup: true, conversationType: 'channel', tenantId: address.tenantId, name: '' },
      bot: { id: appId, name: '' },
    };
    try {
      await adapter.continueConversationAsync(appId, ref, logic);
    } catch (e) {
      throw toSendError(e);
    }
  };
  const activity = (card: CardJson, summary: string) => ({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), summary });
  return {
    async post(address, card, summary) {
      let id: string | undefined;
      // sendToConversation, not ctx.sendActivity: the latter makes a reply to the continuation activity,
      // while a card must start its own thread (POST /v3/conversations/{channelId}/activities).
      await run(address, async (ctx) => {
        const client = ctx.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
        id = (await client.conversations.sendToConversation(address.conversationId, { ...activity(card, summary), conversation: ctx.activity.conversation, from: ctx.activity.recipient, channelId: 'msteams' }))?.id;
      });
      if (!id) throw new SendError('the Bot Connector returned no activity id', undefined, undefined);
      return id;
    },
    async update(address, activityId, card, summary) {
      await run(address, async (ctx) => { await ctx.updateActivity({ ...activity(card, summary), id: activityId }); });
    },
  };
}

/**
 * Opens (or finds: Teams returns the existing one) the one-to-one chat between the bot and a person
 * (`POST {serviceUrl}/v3/conversations` with the member's Entra object id and the tenant); returns its id.
 */
export function cloudAdapterPersonalChats(adapter: CloudAdapter, appId: string) {
  return async (channel: ChannelAddress, userAadObjectId: string): Promise<string> => {
    let id: string | undefined;
    try {
      await adapter.createConversationAsync(appId, 'msteams', channel.serviceUrl, BOT_FRAMEWORK_AUDIENCE, {
        isGroup: false, bot: { id: appId, name: '' }, members: [{ id: userAadObjectId, name: '' }],
        tenantId: channel.tenantId, channelData: { tenant: { id: channel.tenantId } }, activity: undefined as never,
      }, async (ctx) => { id = ctx.activity.conversation?.id; });
    } catch (e) {
      throw toSendError(e);
    }
    if (!id) throw new SendError('the Bot Connector returned no conversation id', undefined, undefined);
    return id;
  };
}

/** The token audience of the public Bot Framework channel service. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

function toSendError(e: unknown): SendError {
  const err = e as { statusCode?: number; message?: string; response?: { headers?: { get?: (n: string) => string | undefined } } };
  const header = err.response?.headers?.get?.('retry-after');
  const seconds = header !== undefined ? Number(header) : NaN;
  return new SendError(err.message ?? String(e), err.statusCode, Number.isFinite(seconds) ? seconds * 1000 : undefined);
}
