import type { Case } from '../../domain/case.js';
import { claimRoleOf } from '../../domain/case-machine.js';
import { departmentOf, isOpen, stateLabel } from '../../domain/case-state.js';
import { openStepOfCase } from '../../domain/case-deadline.js';
import type { DeadlinePolicy, LocalDate } from '../../domain/deadlines/index.js';
import { deadlineStatus } from '../../domain/deadlines/index.js';
import type { CardRef, CardSlot, CaseRecord } from '../../usecases/ports.js';
import type { CardJson } from './card-templates.js';
import { expandCard } from './card-templates.js';
import { changedFieldsText } from './alert-fields.js';
import { cardLabels, countryName, formatDate, matchLabel, professionName } from './labels.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

export interface CardContext {
  readonly lang: Lang;
  readonly today: LocalDate;
  readonly timeZone: string;
  readonly policy: DeadlinePolicy;
  /** Officers a leader may assign the case to (department members from the roles file). */
  readonly members: readonly { id: string; name: string }[];
  /**
   * The channel the card is shown in. A card in the other department's channel (the registry card after the
   * hand-over) shows the state but none of that department's buttons. Unset: buttons follow the state alone.
   */
  readonly slot?: CardSlot;
  /** Where the case's cards are, so each card links to the other department's card once it is known. */
  readonly cards?: CaseRecord['cards'];
}

export interface Notice {
  readonly text: string;
  readonly color: 'Attention' | 'Warning' | 'Good' | 'Accent' | 'Default';
}

/**
 * The channel card of a case. It carries only what DESIGN.md allows on a channel: reference, sending
 * country, profession, alert type, received date, deadline, match status and assignee. Never a name, a
 * birth date, an HPR or identity number, or decision text. A closed case's card is reduced to its outcome.
 */
export function renderCaseCard(c: Case, ctx: CardContext, notices: readonly Notice[] = []): CardJson {
  const { lang } = ctx;
  const open = isOpen(c.state);
  const facts = [
    { name: t(lang, 'factRef'), value: c.imiId },
    { name: t(lang, 'factCountry'), value: countryName(c.alert.sendingCountry, lang) },
    { name: t(lang, 'factProfession'), value: professionName(c.alert.profession, lang) },
    { name: t(lang, 'factType'), value: t(lang, c.alert.type === 'falsified_diploma' ? 'typeFalsified' : 'typeRestriction') },
    { name: t(lang, 'factReceived'), value: formatDate(c.receivedAt, ctx.timeZone, lang) },
    // Without the count of days late, which would be stale the next day (refresh-deadline-cards.ts).
    ...(open ? [{ name: t(lang, 'factDeadline'), value: deadlineText(c, ctx, false) }] : []),
    { name: t(lang, 'factMatch'), value: matchLabel(c.screening?.outcome, lang) },
    ...(open ? [{ name: t(lang, 'factHolder'), value: c.holder?.name ?? t(lang, 'nobody') }] : []),
  ];
  if (c.state === 'escalated' && c.outcome?.caseNumber) facts.push({ name: lang === 'nb' ? 'Tilsynssak' : 'Supervision case', value: c.outcome.caseNumber });
  const notes: Notice[] = [...notices, ...caseNotes(c, ctx)];
  const works = ctx.slot === undefined || departmentOf(c.state) === ctx.slot;
  const claimable = works && claimRoleOf(c.state) !== undefined;
  const show = {
    claim: claimable && !c.holder,
    unclaim: claimable && !!c.holder,
    reassign: claimable && ctx.members.length > 0,
    showDetails: true,
    rejectMatch: works && c.state === 'to_verify',
    requestInfo: works && c.state === 'match_confirmed',
    infoReceived: works && c.state === 'info_requested',
    handOver: works && (c.state === 'match_confirmed' || c.state === 'info_received'),
    escalate: works && c.state === 'with_supervision',
    close: works && c.state === 'with_supervision',
    approve: works && c.state === 'awaiting_approval',
    decline: works && c.state === 'awaiting_approval',
  };
  return expandCard('case', {
    title: t(lang, 'cardTitle', { ref: c.imiId }),
    stateLabel: stateLabel(c.state, lang),
    stateColor: open ? 'Accent' : 'Good',
    facts, notes, show,
    links: otherCardLinks(ctx),
    caseId: c.imiId, version: c.version,
    // No date is filled in or capped on the card: a channel card is drawn when the case changes, not daily, so a
    // date fixed then would be stale by the time the answer comes. The server applies the rules and the default.
    labels: { ...cardLabels(lang), dueOn: t(lang, 'dueOnLabel', { days: ctx.policy.country_answer }) },
    members: ctx.members,
  });
}

/** A Teams deep link to a channel message, as Teams' own "Copy link" writes it. */
export function teamsMessageLink(ref: CardRef): string {
  const part = (s: string) => encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%40/g, '@');
  return `https://teams.microsoft.com/l/message/${part(ref.conversationId)}/${part(ref.activityId)}`;
}

/**
 * The link from a department's card to the other department's card of the same case, once that one is posted.
 * The template puts it in an action set of its own in the body: the card's actions are already at the five
 * an Adaptive Card host shows by default.
 */
function otherCardLinks(ctx: CardContext): { title: string; url: string }[] {
  if (!ctx.slot || !ctx.cards) return [];
  const other: CardSlot = ctx.slot === 'registry' ? 'supervision' : 'registry';
  const ref = ctx.cards[other];
  if (!ref) return [];
  return [{ title: t(ctx.lang, other === 'supervision' ? 'linkSupervisionCard' : 'linkRegistryCard'), url: teamsMessageLink(ref) }];
}

/**
 * The open step's deadline as of ctx.today. For a chat line (`daysLate`), with "Frist" and the working days late;
 * for a card's deadline fact, the date alone, "today" or "overdue since", which stay true until the next redraw.
 */
export function deadlineText(c: Case, ctx: CardContext, daysLate = true): string {
  const step = openStepOfCase(c, ctx.policy, ctx.timeZone);
  if (!step) return t(ctx.lang, 'noDeadline');
  const status = deadlineStatus(step.dueOn, ctx.today);
  const date = formatDate(step.dueOn, ctx.timeZone, ctx.lang);
  if (status.kind === 'overdue') return `⚠ ${daysLate ? t(ctx.lang, 'overdue', { date, days: status.workingDaysLate }) : t(ctx.lang, 'overdueSince', { date })}`;
  // On a card the fact is already named "Frist"; a chat line is not.
  if (!daysLate) return status.kind === 'due_today' ? t(ctx.lang, 'dueTodayFact', { date }) : date;
  return t(ctx.lang, status.kind === 'due_today' ? 'dueToday' : 'due', { date });
}

function caseNotes(c: Case, ctx: CardContext): Notice[] {
  const notes: Notice[] = [];
  if (c.screening?.foundOnRescreen && isOpen(c.state)) notes.push({ text: t(ctx.lang, 'foundOnRescreen'), color: 'Warning' });
  if (c.outOfOrder) notes.push({ text: t(ctx.lang, 'outOfOrder'), color: 'Warning' });
  if (c.state === 'withdrawn') {
    notes.push({ text: t(ctx.lang, 'withdrawnNote'), color: 'Warning' });
    if (c.stateBeforeWithdrawal) notes.push({ text: t(ctx.lang, 'withdrawnFrom', { state: stateLabel(c.stateBeforeWithdrawal, ctx.lang) }), color: 'Default' });
  }
  // An update is shown in every state, withdrawn included (spec/case-states.md: any state, shown on the card).
  if (c.lastImiChange) {
    notes.push({ text: t(ctx.lang, 'imiUpdated', { date: formatDate(c.lastImiChange.at, ctx.timeZone, ctx.lang), fields: changedFieldsText(c.lastImiChange.fields, ctx.lang) }), color: 'Accent' });
  }
  return notes;
}
