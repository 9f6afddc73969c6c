import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ActDeps } from '../../usecases/act-on-case.js';
import type { Notice, NoticeRepository } from '../../usecases/job-ports.js';
import { signOffNoHits } from '../../usecases/nohit-list.js';
import type { RoleDirectory } from '../../usecases/ports.js';
import type { CardJson } from './card-templates.js';
import { expandCard } from './card-templates.js';
import type { RefusalCode } from '../../domain/case-commands.js';
import { NOHIT_LIST_PREFIX } from '../../usecases/nohit-list.js';
import { firstIssue, SIGN_OFF_DATA } from './card-verbs.js';
import { invalidInputNotice, refusalNotice } from './presenter.js';
import { actorOf, langOf } from './teams-context.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

export interface NohitActionDeps {
  readonly act: ActDeps;
  readonly notices: NoticeRepository;
  readonly roles: RoleDirectory;
  readonly locale: Lang;
  readonly logger: Logger;
  /** Renders a daily list as it is now, with an optional line on top saying what happened. */
  readonly renderList: (list: Notice, lang: Lang, notice?: { text: string; color: string }) => Promise<CardJson>;
}

/**
 * `signOffNoHits` on the daily list: signs off the alerts the card showed, each journaled on its case, and
 * answers with the list as it now is (the channel card is updated for everyone through the notice outbox).
 * Refusals (no registry role, alerts not on the list) are journaled on each alert named, and said on top of
 * the list as it is; what names no stored alert (data that does not parse, unknown references) is logged.
 */
export async function handleSignOffNoHits(deps: NohitActionDeps, ctx: TurnContext, raw: unknown): Promise<CardJson> {
  const lang = langOf(ctx, deps.locale);
  const actor = actorOf(ctx, deps.roles);
  const parsed = SIGN_OFF_DATA.safeParse(raw);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    deps.logger.info({ actor: actor.id, verb: 'signOffNoHits', code: 'invalid_input', field: issue.field }, 'card action refused: its data names no alert that could be journaled');
    const named = typeof raw === 'object' && raw !== null ? (raw as { listId?: unknown }).listId : undefined;
    const list = typeof named === 'string' ? await deps.notices.get(named) : undefined;
    const line = invalidInputNotice(lang, issue);
    return list?.payload.kind === 'nohit_list' ? deps.renderList(list, lang, line) : expandCard('notice', line);
  }
  // Our list card names its list; a client that follows the contract alone may name it as `caseId`, or not at all.
  const listId = parsed.data.listId ?? (parsed.data.caseId?.startsWith(NOHIT_LIST_PREFIX) ? parsed.data.caseId : undefined);
  const res = await signOffNoHits({ ...deps.act, notices: deps.notices }, listId, parsed.data.caseIds, actor);
  if (!res.ok && res.code === 'not_found') return expandCard('notice', { text: t(lang, 'noticeNotFound', { ref: listId ?? '?' }), color: 'Attention' });
  if (!res.ok) return deps.renderList(res.list, lang, invalidInputNotice(lang, { field: res.field, rule: 'not_on_list' }));
  const unknown = res.refused.filter((r) => r.code === 'not_found').length;
  if (unknown > 0) deps.logger.info({ actor: actor.id, verb: 'signOffNoHits', unknown }, 'card action named alerts that are not stored; refused for those');
  deps.logger.info({ list: res.list?.id, actor: actor.id, signedOff: res.signedOff.length, refused: res.refused.length }, 'no-hit sign-off');
  const line = res.refused.length > 0 ? refusalNotice(res.refused[0]!.code as RefusalCode, lang, undefined)
    : { text: t(lang, 'nohitSignedOffNow', { count: res.signedOff.length }), color: 'Good' };
  return res.list ? deps.renderList(res.list, lang, line) : expandCard('notice', line);
}
