import type { DeadlinePolicy, StepCode } from '../../domain/deadlines/index.js';
import { STEPS } from '../../domain/deadlines/index.js';
import { departmentOf } from '../../domain/case-state.js';
import type { Notice, NoticeRepository, NoticeSubject } from '../../usecases/job-ports.js';
import type { CaseRepository, CardRef } from '../../usecases/ports.js';
import type { CardJson } from './card-templates.js';
import { expandCard } from './card-templates.js';
import { teamsMessageLink } from './case-card.js';
import { digestTitle, renderDigestCard } from './digest-card.js';
import type { DigestFigures } from '../../domain/digest/index.js';
import { countryName, formatDate, professionName } from './labels.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

export interface NoticeRenderDeps {
  readonly cases: CaseRepository;
  readonly notices: NoticeRepository;
  readonly lang: Lang;
  readonly timeZone: string;
  readonly policy: DeadlinePolicy;
  readonly officerName: (id: string) => string;
}

export interface RenderedNotice {
  readonly card: CardJson;
  readonly summary: string;
}

/** At most this many alerts on a daily list card, so it stays well under Teams' 28 KB message limit. */
export const NOHIT_ROWS_SHOWN = 40;

/**
 * Renders a notice as it is at delivery (a late delivery never shows stale state). Cards carry references
 * and officers' names only, never the professional's identity: they go to channels.
 */
export async function renderNotice(notice: Notice, deps: NoticeRenderDeps, mentionFallback = false): Promise<RenderedNotice> {
  const p = notice.payload;
  if (p.kind === 'nohit_list') return renderNohitList(notice, deps);
  if (p.kind === 'digest') {
    const figures = p.figures as unknown as DigestFigures;
    return { card: renderDigestCard(figures, deps.lang), summary: digestTitle(figures, deps.lang) };
  }
  const { lang, timeZone } = deps;
  const subject = await subjectOf(p.subject, deps);
  if (p.kind === 'unscreened') {
    const title = t(lang, 'unscreenedTitle', { ref: subject.ref });
    const card = expandCard('reminder', {
      title, color: 'Attention', mentionText: '', mentions: [], links: [], advice: t(lang, 'unscreenedAdvice'),
      facts: [{ name: t(lang, 'factSince'), value: formatDate(p.since, timeZone, lang) }],
    });
    return { card, summary: title };
  }
  const date = formatDate(p.dueOn, timeZone, lang);
  const title = p.kind === 'escalation' ? t(lang, 'escalationTitle', { ref: subject.ref, days: p.workingDaysLate })
    : p.workingDaysLate > 0 ? t(lang, 'reminderLateTitle', { ref: subject.ref, days: p.workingDaysLate, date }) : t(lang, 'reminderTitle', { ref: subject.ref, date });
  const holderId = notice.target.kind === 'user' ? notice.target.userId : p.kind === 'escalation' ? p.holderId : undefined;
  const facts = [
    { name: t(lang, 'factStep'), value: stepName(p.step as StepCode, lang) },
    { name: t(lang, 'factDue'), value: date },
    ...(p.workingDaysLate > 0 ? [{ name: t(lang, 'factDaysLate'), value: String(p.workingDaysLate) }] : []),
    ...(subject.department ? [{ name: t(lang, 'factDepartment'), value: t(lang, subject.department === 'registry' ? 'departmentRegistry' : 'departmentSupervision') }] : []),
    { name: t(lang, 'factHolder'), value: holderId ? deps.officerName(holderId) : t(lang, 'nobody') },
  ];
  const mention = mentionFallback && holderId ? { text: `<at>${deps.officerName(holderId)}</at>`, id: holderId, name: deps.officerName(holderId) } : undefined;
  const card = expandCard('reminder', {
    title, color: p.kind === 'escalation' || p.workingDaysLate > 0 ? 'Attention' : 'Warning', facts,
    mentionText: mention ? t(lang, 'reminderTo', { name: mention.text }) : '',
    // DESIGN.md: when the sending country's 20 days have run, the reminder is to follow up in IMI.
    advice: p.step === 'country_answer' ? t(lang, 'followUpInImi') : '',
    mentions: mention ? [mention] : [],
    links: subject.link ? [{ title: t(lang, 'openCard'), url: teamsMessageLink(subject.link) }] : [],
  });
  return { card, summary: title };
}

function stepName(step: StepCode, lang: Lang): string {
  return STEPS[step]?.[lang] ?? step;
}

async function subjectOf(s: NoticeSubject, deps: NoticeRenderDeps): Promise<{ ref: string; link?: CardRef; department?: 'registry' | 'supervision' }> {
  if (s.kind === 'nohit_list') {
    const list = await deps.notices.get(s.listId);
    const day = list?.payload.kind === 'nohit_list' ? formatDate(list.payload.day, deps.timeZone, deps.lang) : s.listId;
    return { ref: t(deps.lang, 'reminderListRef', { date: day }), link: list?.posted, department: 'registry' };
  }
  const rec = await deps.cases.get(s.imiId);
  if (!rec) return { ref: s.imiId };
  const department = departmentOf(rec.case.state);
  return { ref: s.imiId, link: rec.cards[department] ?? rec.cards.registry, department };
}

/** The daily list as it is now: the alerts still waiting (the first 40), with a sign-off for those shown. */
export async function renderNohitList(notice: Notice, deps: NoticeRenderDeps, line?: { text: string; color: string }): Promise<RenderedNotice> {
  const p = notice.payload;
  if (p.kind !== 'nohit_list') throw new Error('not a no-hit list');
  const { lang, timeZone } = deps;
  const fmt = (d: string) => formatDate(d, timeZone, lang);
  const period = p.from ? t(lang, 'nohitPeriodSince', { from: fmt(p.from), until: fmt(p.until) }) : t(lang, 'nohitPeriodUntil', { until: fmt(p.until) });
  const title = t(lang, 'nohitTitle', { date: fmt(p.day) });
  const onList = new Set(p.caseIds);
  const waiting = (await deps.cases.find({ states: ['no_hit'] })).filter((r) => onList.has(r.case.imiId));
  const waitingIds = new Set(waiting.map((r) => r.case.imiId));
  const shown = waiting.sort((a, b) => p.caseIds.indexOf(a.case.imiId) - p.caseIds.indexOf(b.case.imiId)).slice(0, NOHIT_ROWS_SHOWN);
  const count = p.caseIds.length;
  const signed = count - waitingIds.size;
  const card = expandCard('nohit-list', {
    title, listId: notice.id, noticeText: line?.text ?? '', noticeColor: line?.color ?? 'Default',
    intro: count === 0 ? t(lang, 'nohitEmpty', { period }) : t(lang, 'nohitIntro', { count, period }),
    progress: count === 0 ? '' : signed === count ? t(lang, 'nohitAllDone', { count }) : t(lang, 'nohitProgress', { signed, count }),
    progressColor: signed === count ? 'Good' : 'Default',
    labels: { ref: t(lang, 'factRef'), country: t(lang, 'factCountry'), profession: t(lang, 'factProfession'), details: t(lang, 'actionDetails') },
    rows: shown.map((r) => ({
      imiId: r.case.imiId, version: r.case.version,
      country: countryName(r.case.alert.sendingCountry, lang), profession: professionName(r.case.alert.profession, lang)
    })),
    more: waitingIds.size > shown.length ? t(lang, 'nohitMore', { count: waitingIds.size - shown.length }) : '',
    signOffIds: shown.map((r) => r.case.imiId),
    signOffTitle: t(lang, 'nohitSignOff', { count: shown.length }),
  });
  return { card, summary: title };
}
