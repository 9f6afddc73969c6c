import type { TurnContext } from 'botbuilder';
import { TurnContext as TC } from 'botbuilder';
import type { Logger } from 'pino';
import { hasImiIdLength } from '../../domain/alert-schema.js';
import type { Case } from '../../domain/case.js';
import { stateLabel } from '../../domain/case-state.js';
import { hasRole, mayQueryCases } from '../../domain/roles.js';
import type { ActDeps } from '../../usecases/act-on-case.js';
import { journalChatRefusal } from '../../usecases/act-on-case.js';
import type { ConversationRepository, ConversationReference, RoleDirectory } from '../../usecases/ports.js';
import { casesHeldBy, openCases, overdueCases } from '../../usecases/query-cases.js';
import type { CardContext } from './case-card.js';
import { deadlineText } from './case-card.js';
import { replyWithDigest } from './digest-chat.js';
import { parseChatCommand } from './chat-commands.js';
import type { ChatCommand } from './chat-commands.js';
import { matchLabel } from './labels.js';
import { actorOf, channelIdOf, langOf } from './teams-context.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

export interface ChatDeps {
  readonly act: ActDeps;
  readonly roles: RoleDirectory;
  readonly conversations: ConversationRepository;
  readonly locale: Lang;
  readonly cardContext: (lang: Lang) => CardContext;
  readonly logger: Logger;
  /**
   * Told of every attempt by someone without the role. A request that names an existing case has already been
   * journaled on that case when this is called (`journaledOn`); anything else is on record only through this.
   */
  readonly onRefused: (actorId: string, what: string, journaledOn?: string) => Promise<void>;
  /** The leadership channel's id (configured or connected), where the digest may be shown besides personal chat. */
  readonly leadershipChannel?: () => Promise<string | undefined>;
}

const LIST_LIMIT = 25;

/**
 * A chat message: `status`, `mine`, `forfalt`/`overdue`, `åpne`/`open`, `oversikt`/`digest` (leaders),
 * `koble til`/`connect`, `hjelp`/`help`.
 * Replies carry references, states and deadlines only: never identity data, in a channel or in a chat.
 */
export async function handleChatMessage(deps: ChatDeps, ctx: TurnContext): Promise<void> {
  const actor = actorOf(ctx, deps.roles);
  const lang = langOf(ctx, deps.locale);
  const command = parseChatCommand(TC.removeRecipientMention(ctx.activity) ?? ctx.activity.text ?? '');
  if (command.kind === 'help') return void (await ctx.sendActivity(t(lang, 'help')));
  if (command.kind === 'connect') return connect(deps, ctx, command, actor.id, hasRole(actor, 'admin'), lang);
  if (command.kind === 'digest') return replyWithDigest(deps, ctx, actor, lang);
  if (!mayQueryCases(actor)) {
    const named = command.kind === 'status' && hasImiIdLength(command.imiId) ? command.imiId : undefined;
    const journaled = named ? await journalChatRefusal(deps.act, named, actor, command.kind) : undefined;
    await deps.onRefused(actor.id, command.kind, journaled ? named : undefined);
    return void (await ctx.sendActivity(t(lang, 'refused')));
  }
  const cardCtx = deps.cardContext(lang);
  const line = (c: Case) => t(lang, 'statusReply', { ref: c.imiId, state: stateLabel(c.state, lang), code: c.state, holder: c.holder?.name ?? t(lang, 'nobody'), match: matchLabel(c.screening?.outcome, lang), deadline: deadlineText(c, cardCtx) });
  const list = async (title: string, cases: readonly Case[]) => {
    const shown = cases.slice(0, LIST_LIMIT).map((c) => `- ${line(c)}`);
    const more = cases.length > LIST_LIMIT ? [lang === 'nb' ? `… og ${cases.length - LIST_LIMIT} til.` : `… and ${cases.length - LIST_LIMIT} more.`] : [];
    await ctx.sendActivity([`${title} (${cases.length})`, ...shown, ...more].join('\n'));
  };
  switch (command.kind) {
    case 'status_usage': return void (await ctx.sendActivity(t(lang, 'statusUsage')));
    case 'status': {
      const rec = hasImiIdLength(command.imiId) ? await deps.act.cases.get(command.imiId) : undefined;
      return void (await ctx.sendActivity(rec ? line(rec.case) : t(lang, 'noticeNotFound', { ref: command.imiId })));
    }
    case 'mine': return list(lang === 'nb' ? 'Saker du holder' : 'Cases you hold', await casesHeldBy(deps.act.cases, actor.id));
    case 'open': return list(lang === 'nb' ? 'Åpne saker' : 'Open cases', await openCases(deps.act.cases, command.department));
    case 'overdue': {
      const items = await overdueCases(deps.act.cases, cardCtx.policy, cardCtx.timeZone, cardCtx.today);
      return list(lang === 'nb' ? 'Saker over fristen' : 'Cases past their deadline', items.map((i) => i.case));
    }
  }
}

async function connect(deps: ChatDeps, ctx: TurnContext, command: Extract<ChatCommand, { kind: 'connect' }>, actorId: string, isAdmin: boolean, lang: Lang): Promise<void> {
  const channelId = channelIdOf(ctx);
  if (!isAdmin || !channelId || ctx.activity.conversation?.conversationType === 'personal') {
    if (!isAdmin) await deps.onRefused(actorId, 'connect');
    return void (await ctx.sendActivity(isAdmin ? (lang === 'nb' ? 'Skriv dette i kanalen som skal kobles til.' : 'Write this in the channel to connect.') : t(lang, 'refused')));
  }
  const ref = TC.getConversationReference(ctx.activity) as unknown as ConversationReference;
  await deps.conversations.save(`channel:${command.channel}`, { ...ref, conversation: { ...ref.conversation, id: channelId } });
  deps.logger.info({ channel: command.channel, by: actorId }, 'channel connected');
  await ctx.sendActivity(lang === 'nb' ? `Kanalen er koblet til som ${command.channel}. Konfigurerte kanaler (miljøvariabler) går foran.` : `This channel is now connected as ${command.channel}. Channels set in configuration take precedence.`);
}
