import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ActDeps } from '../../usecases/act-on-case.js';
import { actOnCase, journalRefusal } from '../../usecases/act-on-case.js';
import type { CardSlot, CaseRecord, Register, RoleDirectory } from '../../usecases/ports.js';
import { viewDetails } from '../../usecases/view-details.js';
import type { CardContext, Notice } from './case-card.js';
import { renderCaseCard } from './case-card.js';
import type { CardJson } from './card-templates.js';
import { expandCard } from './card-templates.js';
import type { Verb } from './card-verbs.js';
import { parseVerbData, toCommand } from './card-verbs.js';
import { renderDetailsCard } from './details-card.js';
import { mayEverTake } from '../../domain/case-machine.js';
import { maySeeIdentity } from '../../domain/roles.js';
import { refusalNotice } from './presenter.js';
import { actorOf, channelIdOf, langOf } from './teams-context.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

export interface CardActionDeps {
  readonly act: ActDeps;
  readonly roles: RoleDirectory;
  readonly register: Register;
  readonly locale: Lang;
  readonly timeZone: string;
  /** What a card is rendered with; `slot` picks the department whose members a leader may assign to. */
  readonly cardContext: (lang: Lang, slot?: CardSlot) => CardContext;
  readonly officerName: (id: string) => string;
  readonly logger: Logger;
}

/**
 * One card button press: validate its data, call one use case, answer with the card as it now is (plus a
 * line saying why nothing changed, when nothing did). The channel card is updated for everyone through the
 * outbox, not here, so the answer to the presser and the update are independent.
 */
export async function handleCardAction(deps: CardActionDeps, verb: Verb, ctx: TurnContext, raw: unknown): Promise<CardJson> {
  const actor = actorOf(ctx, deps.roles);
  const lang = langOf(ctx, deps.locale);
  const parsed = parseVerbData(verb, raw);
  if (!parsed.ok) {
    // Someone who may never take this step is told so, not what was wrong with the data they sent.
    const permitted = verb === 'showDetails' ? maySeeIdentity(actor) : mayEverTake(verb, actor);
    const code = permitted ? 'invalid_input' : 'not_permitted';
    const rec = parsed.caseId ? await journalRefusal(deps.act, parsed.caseId, actor, verb, code, undefined, permitted ? parsed.field : undefined) : undefined;
    if (!rec) deps.logger.info({ verb, code, actor: actor.id }, 'card action refused: its data names no stored case');
    const notice = refusalNotice(code, lang, rec?.case, permitted ? { field: parsed.field, rule: parsed.rule } : undefined);
    return rec ? answerCard(deps, ctx, rec, lang, [notice]) : expandCard('notice', notice);
  }
  if (verb === 'showDetails') {
    const res = await viewDetails(deps.act, parsed.caseId, actor, parsed.version, 'card');
    if (res.ok) return renderDetailsCard(res.record.case, deps.register.current(), lang, deps.timeZone, res.related);
    if (!res.record) return expandCard('notice', { text: t(lang, 'noticeNotFound', { ref: parsed.caseId }), color: 'Attention' });
    return answerCard(deps, ctx, res.record, lang, [refusalNotice('not_permitted', lang, res.record.case)]);
  }
  const command = toCommand(verb, parsed.data, (id) => ({ name: deps.officerName(id), roles: deps.roles.rolesOf(id) }));
  const res = await actOnCase(deps.act, parsed.caseId, command, actor, parsed.version);
  if (!res.ok && !('record' in res)) return expandCard('notice', { text: t(lang, 'noticeNotFound', { ref: parsed.caseId }), color: 'Attention' });
  if (!res.ok) {
    deps.logger.info({ verb, imiId: parsed.caseId, code: res.refusal.code, actor: actor.id }, 'card action refused');
    return answerCard(deps, ctx, res.record, lang, [refusalNotice(res.refusal.code, lang, res.record.case, res.refusal)]);
  }
  deps.logger.info({ verb, imiId: parsed.caseId, actor: actor.id, version: res.record.case.version }, 'card action applied');
  return answerCard(deps, ctx, res.record, lang, res.changed ? [] : [{ text: t(lang, 'noticeDone'), color: 'Good' }]);
}

/**
 * The card the presser gets back, rendered as the card they pressed on: the registry card after the hand-over
 * keeps showing no supervision buttons, and each card keeps its link to the other department's card.
 */
function answerCard(deps: CardActionDeps, ctx: TurnContext, rec: CaseRecord, lang: Lang, notices: readonly Notice[]): CardJson {
  const slot = slotOfPressedCard(ctx, rec);
  const base = deps.cardContext(lang, slot);
  return renderCaseCard(rec.case, slot ? { ...base, slot, cards: rec.cards } : base, notices);
}

/** Which of the case's cards the button was on: by message id, else by channel; undefined for a card we do not know. */
function slotOfPressedCard(ctx: TurnContext, rec: CaseRecord): CardSlot | undefined {
  const slots = ['registry', 'supervision'] as const;
  const messageId = ctx.activity.replyToId;
  const byMessage = slots.find((s) => messageId !== undefined && rec.cards[s]?.activityId === messageId);
  if (byMessage) return byMessage;
  const channel = channelIdOf(ctx);
  return slots.find((s) => channel !== undefined && rec.cards[s]?.conversationId === channel);
}
