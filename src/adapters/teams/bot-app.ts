import type { TurnContext } from 'botbuilder';
import { ActivityTypes, TurnContext as TC } from 'botbuilder';
import { Application } from '@microsoft/teams-ai';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { CardActionDeps } from './card-action-handler.js';
import { handleCardAction } from './card-action-handler.js';
import { LIST_VERBS, VERBS } from './card-verbs.js';
import type { NohitActionDeps } from './nohit-action-handler.js';
import { handleSignOffNoHits } from './nohit-action-handler.js';
import type { ChatDeps } from './chat-handler.js';
import { handleChatMessage } from './chat-handler.js';
import type { ConversationReference } from '../../usecases/ports.js';
import { isPersonal, langOf } from './teams-context.js';
import { t } from './texts.js';

export type BotDeps = CardActionDeps & ChatDeps & {
  /** The daily no-hit lists, for their sign-off button. */
  readonly nohit: Pick<NohitActionDeps, 'notices' | 'renderList'>;
};

/**
 * The Teams application: one registration per kind of listener (card actions, chat messages, installs),
 * each a thin call into a handler. State lives in the store, never in the turn state.
 */
export function createBotApp(adapter: TeamsAdapter, deps: BotDeps): Application {
  const app = new Application({ adapter, removeRecipientMention: false, startTypingTimer: false, longRunningMessages: false });
  for (const verb of Object.values(VERBS)) {
    app.adaptiveCards.actionExecute(verb, async (ctx, _state, data) => {
      await rememberUser(deps, ctx);
      return handleCardAction(deps, verb, ctx, data);
    });
  }
  app.adaptiveCards.actionExecute(LIST_VERBS.signOffNoHits, async (ctx, _state, data) => {
    await rememberUser(deps, ctx);
    return handleSignOffNoHits({ ...deps.nohit, act: deps.act, roles: deps.roles, locale: deps.locale, logger: deps.logger }, ctx, data);
  });
  app.activity(ActivityTypes.Message, async (ctx) => {
    await rememberUser(deps, ctx);
    await handleChatMessage(deps, ctx);
  });
  app.activity(ActivityTypes.InstallationUpdate, async (ctx) => rememberUser(deps, ctx));
  app.activity(ActivityTypes.ConversationUpdate, async (ctx) => rememberUser(deps, ctx));
  app.error(async (ctx, err) => {
    deps.logger.error({ err, activityType: ctx.activity.type, name: ctx.activity.name }, 'turn failed; the user got a plain message, see the error for the cause');
    if (ctx.activity.type === ActivityTypes.Message) await ctx.sendActivity(t(langOf(ctx, deps.locale), 'failed'));
  });
  return app;
}

/** Keeps the reference of a person's one-to-one chat, for reminders sent to them later. */
async function rememberUser(deps: BotDeps, ctx: TurnContext): Promise<void> {
  const id = ctx.activity.from?.aadObjectId;
  if (!id || !isPersonal(ctx)) return;
  const ref = TC.getConversationReference(ctx.activity) as unknown as ConversationReference;
  await deps.conversations.save(`user:${id}`, ref);
}
