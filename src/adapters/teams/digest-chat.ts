import type { TurnContext } from 'botbuilder';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { Actor } from '../../domain/roles.js';
import { hasRole } from '../../domain/roles.js';
import { digestWeek } from '../../usecases/post-digest.js';
import { computeDigest } from '../../usecases/weekly-digest.js';
import type { ChatDeps } from './chat-handler.js';
import { digestTitle, renderDigestCard } from './digest-card.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';
import { channelIdOf } from './teams-context.js';

/**
 * `oversikt` / `digest` in chat: the current weekly digest (the last complete week, the same figures as the
 * card posted on Monday) as a card, for leaders only. Anyone else gets a plain refusal, put on record through
 * `onRefused` like every other chat refusal; the digest names no case, so there is no case journal to write to.
 */
export async function replyWithDigest(deps: ChatDeps, ctx: TurnContext, actor: Actor, lang: Lang): Promise<void> {
  if (!hasRole(actor, 'leader')) {
    await deps.onRefused(actor.id, 'digest');
    return void (await ctx.sendActivity(t(lang, 'digestRefused')));
  }
  // Leadership's figures stay with leadership: not shown in a department channel or a group chat.
  if (ctx.activity.conversation?.conversationType !== 'personal') {
    const here = channelIdOf(ctx);
    const leadership = await deps.leadershipChannel?.();
    if (!leadership || here !== leadership) {
      deps.logger.info({ by: actor.id }, 'digest asked for outside personal chat and the leadership channel; not shown there');
      return void (await ctx.sendActivity(t(lang, 'digestWhere')));
    }
  }
  const { policy, timeZone } = deps.cardContext(lang);
  const figures = await computeDigest({ cases: deps.act.cases, policy, timeZone }, deps.act.clock.now());
  const week = digestWeek(figures);
  if (figures.unreadable.length > 0) {
    deps.logger.warn({ week, unreadable: figures.unreadable }, 'digest left out cases whose journals could not be read; run npm run journal:verify and repair them');
  }
  deps.logger.info({ by: actor.id, week, casesRead: figures.casesRead }, 'digest shown in chat');
  await ctx.sendActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(renderDigestCard(figures, lang))), summary: digestTitle(figures, lang) });
}
