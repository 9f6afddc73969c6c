import type { TurnContext } from 'botbuilder';
import type { Actor } from '../../domain/roles.js';
import type { RoleDirectory } from '../../usecases/ports.js';
import type { Lang } from './texts.js';
import { langOfLocale } from './texts.js';

/** The person behind an activity: Entra object id (the identity roles are keyed by) and display name. */
export function actorOf(ctx: TurnContext, roles: RoleDirectory): Actor {
  const from = ctx.activity.from ?? { id: '', name: '' };
  const id = from.aadObjectId ?? from.id ?? '';
  return { id, name: from.name || id, roles: id ? roles.rolesOf(id) : [] };
}

/** Personal replies follow the user's Teams locale. */
export function langOf(ctx: TurnContext, fallback: Lang): Lang {
  return langOfLocale(ctx.activity.locale, fallback);
}

/** True in a one-to-one chat with the bot, the only place identity data may be shown in chat. */
export function isPersonal(ctx: TurnContext): boolean {
  return ctx.activity.conversation?.conversationType === 'personal' || (!ctx.activity.conversation?.conversationType && !ctx.activity.channelData?.channel);
}

/** The channel a message came from, without the thread suffix Teams appends. */
export function channelIdOf(ctx: TurnContext): string | undefined {
  const fromChannelData = (ctx.activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  return fromChannelData ?? ctx.activity.conversation?.id?.split(';')[0];
}
