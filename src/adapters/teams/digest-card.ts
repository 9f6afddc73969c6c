import { stateLabel } from '../../domain/case-state.js';
import type { Department } from '../../domain/case-state.js';
import { STEPS } from '../../domain/deadlines/index.js';
import type { DigestFigures, HandlingSummary, ReceivedFigures } from '../../domain/digest/index.js';
import type { CardJson } from './card-templates.js';
import { expandCard } from './card-templates.js';
import { formatDate } from './labels.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

/** Overdue items named on the card, the most late first; the rest are counted ("and N more"). */
export const OVERDUE_SHOWN = 10;
/** Unreadable cases named in the warning; a longer list is for the logs and the journal check, not a card. */
const UNREADABLE_SHOWN = 10;

const RECEIVED_ROWS = [
  ['received', 'digestRowReceived'], ['hits', 'digestRowHits'], ['noHits', 'digestRowNoHits'],
  ['notScreened', 'digestRowNotScreened'], ['withdrawn', 'digestRowWithdrawn'],
] as const satisfies readonly (readonly [keyof ReceivedFigures, string])[];

const DEPARTMENT_TEXT = { registry: 'departmentRegistry', supervision: 'departmentSupervision' } as const satisfies Record<Department, string>;

/** The digest's title, also the message summary Teams shows in notifications. */
export function digestTitle(f: DigestFigures, lang: Lang): string {
  return t(lang, 'digestTitle', { week: f.period.isoWeek, year: f.period.isoYear });
}

/**
 * The weekly digest card for the leadership channel or a leader's chat. It summarises: counts, open cases per
 * department and state, the overdue count with the OVERDUE_SHOWN most late by reference, medians and shares per
 * step, the five oldest open cases. Cases appear by reference only, never with a name, birth date or identity
 * number, so its size does not grow with the number of open or overdue cases.
 */
export function renderDigestCard(f: DigestFigures, lang: Lang): CardJson {
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = (value: string) => formatDate(value, f.period.timeZone, lang);
  const median = (s: HandlingSummary) => (s.medianWorkingDays === null ? '–' : number.format(s.medianWorkingDays));
  const share = (s: HandlingSummary) => (s.shareWithinDeadline === null ? '–'
    : t(lang, 'digestShare', { share: percent.format(s.shareWithinDeadline), within: s.withinDeadline, closed: s.closed }));
  const shareOnly = (s: HandlingSummary) => (s.shareWithinDeadline === null ? '–' : percent.format(s.shareWithinDeadline));

  const departments = (['registry', 'supervision'] as const).map((department) => {
    const rows = f.open.byState.filter((s) => s.department === department);
    const count = rows.reduce((n, s) => n + s.count, 0);
    return {
      name: t(lang, 'digestDepartmentLine', { department: t(lang, DEPARTMENT_TEXT[department]), count }),
      states: rows.map((s) => ({ state: stateLabel(s.state, lang), count: String(s.count) })),
    };
  });
  const more = f.overdue.total - Math.min(f.overdue.total, OVERDUE_SHOWN);
  const unreadable = f.unreadable.length === 0 ? [] : [{
    text: t(lang, 'digestUnreadable', {
      count: f.unreadable.length,
      refs: f.unreadable.slice(0, UNREADABLE_SHOWN).map((u) => u.reference).join(', ') + (f.unreadable.length > UNREADABLE_SHOWN ? ', …' : ''),
    }),
  }];
  const yearSteps = new Map(f.steps.yearToDate.map((s) => [s.step, s]));

  return expandCard('digest', {
    title: digestTitle(f, lang),
    subtitle: t(lang, 'digestSubtitle', { from: date(f.period.weekStart), to: date(f.period.lastDay) }),
    warnings: unreadable,
    received: RECEIVED_ROWS.map(([key, text]) => ({ name: t(lang, text), week: String(f.received.week[key]), year: String(f.received.yearToDate[key]) })),
    openHeading: t(lang, 'digestOpenHeading', { count: f.open.total }),
    departments,
    overdueHeading: t(lang, 'digestOverdueHeading', { count: f.overdue.total }),
    overdue: f.overdue.items.slice(0, OVERDUE_SHOWN).map((o) => ({ reference: o.reference, step: STEPS[o.step][lang], late: t(lang, 'digestDaysLate', { days: o.workingDaysLate }) })),
    overdueMore: t(lang, 'digestOverdueMore', { count: more }),
    steps: f.steps.week.map((w) => {
      const y = yearSteps.get(w.step)!;
      return { name: STEPS[w.step][lang], medianWeek: median(w), shareWeek: share(w), medianYear: median(y), shareYear: share(y) };
    }),
    ownHandling: t(lang, 'digestOwnHandling', {
      medianWeek: median(f.ownHandling.week), shareWeek: shareOnly(f.ownHandling.week),
      medianYear: median(f.ownHandling.yearToDate), shareYear: shareOnly(f.ownHandling.yearToDate),
    }),
    stepsNote: t(lang, 'digestStepsNote'),
    oldest: f.oldestOpen.map((o) => ({ reference: o.reference, received: t(lang, 'digestReceivedOn', { date: date(o.receivedAt) }) })),
    footnote: t(lang, 'digestFootnote', { timeZone: f.period.timeZone, yearStart: date(f.period.yearStart) }),
    show: { overdueMore: more > 0, oldest: f.oldestOpen.length > 0 },
    labels: {
      received: t(lang, 'digestReceived'), week: t(lang, 'digestWeek'), yearToDate: t(lang, 'digestYearToDate'),
      steps: t(lang, 'digestSteps'), medianWeek: t(lang, 'digestMedianWeek'), shareWeek: t(lang, 'digestShareWeek'),
      medianYear: t(lang, 'digestMedianYear'), shareYear: t(lang, 'digestShareYear'),
      oldest: t(lang, 'digestOldest'), noneOpen: t(lang, 'digestNoneOpen'),
    },
  });
}
