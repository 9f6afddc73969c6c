import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ActDeps } from '../../usecases/act-on-case.js';
import { actOnCase, journalRefusal } from '../../usecases/act-on-case.js';
import type { Register, RoleDirectory } from '../../usecases/ports.js';
import { viewDetails } from '../../usecases/view-details.js';
import type { CardContext } from './case-card.js';
import { renderCaseCard } from './case-card.js';
import type { CardJson } from './card-templates.js';
import { expandCard } from './card-templates.js';
import type { Verb } from './card-verbs.js';
import { parseVerbData, toCommand } from './card-verbs.js';
import { renderDetailsCard } from './details-card.js';
import { refusalNotice } from './presenter.js';
import { actorOf, langOf } from './teams-context.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

export interface CardActionDeps {
  readonly act: ActDeps;
  readonly roles: RoleDirectory;
  readonly register: Register;
  readonly locale: Lang;
  readonly timeZone: string;
  readonly cardContext: (lang: Lang) => CardContext;
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
    const rec = parsed.caseId ? await journalRefusal(deps.act, parsed.caseId, actor, verb, 'invalid_input', undefined, parsed.field) : undefined;
    const notice = refusalNotice('invalid_input', lang, rec?.case, { field: parsed.field, rule: parsed.rule });
    return rec ? renderCaseCard(rec.case, deps.cardContext(lang), [notice]) : expandCard('notice', notice);
  }
  if (verb === 'showDetails') {
    const res = await viewDetails(deps.act, parsed.caseId, actor, parsed.version, 'card');
    if (res.ok) return renderDetailsCard(res.record.case, deps.register.current(), lang, deps.timeZone);
    if (!res.record) return expandCard('notice', { text: t(lang, 'noticeNotFound', { ref: parsed.caseId }), color: 'Attention' });
    return renderCaseCard(res.record.case, deps.cardContext(lang), [refusalNotice('not_permitted', lang, res.record.case)]);
  }
  const command = toCommand(verb, parsed.data, deps.officerName);
  const res = await actOnCase(deps.act, parsed.caseId, command, actor, parsed.version);
  if (!res.ok && !('record' in res)) return expandCard('notice', { text: t(lang, 'noticeNotFound', { ref: parsed.caseId }), color: 'Attention' });
  if (!res.ok) {
    deps.logger.info({ verb, imiId: parsed.caseId, code: res.refusal.code, actor: actor.id }, 'card action refused');
    return renderCaseCard(res.record.case, deps.cardContext(lang), [refusalNotice(res.refusal.code, lang, res.record.case, res.refusal)]);
  }
  deps.logger.info({ verb, imiId: parsed.caseId, actor: actor.id, version: res.record.case.version }, 'card action applied');
  return renderCaseCard(res.record.case, deps.cardContext(lang), res.changed ? [] : [{ text: t(lang, 'noticeDone'), color: 'Good' }]);
}
