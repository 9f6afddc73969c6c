import type { Case, Officer } from '../../domain/case.js';
import type { RefusalCode } from '../../domain/case-commands.js';
import type { Notice } from './case-card.js';
import type { Lang } from './texts.js';
import { t } from './texts.js';

const RULES: Record<string, { nb: string; en: string }> = {
  in_future: { nb: 'datoen kan ikke være i fremtiden', en: 'the date cannot be in the future' },
  before_requested: { nb: 'datoen kan ikke være før forespørselen ble sendt', en: 'the date cannot be before the request was sent' },
  not_a_candidate: { nb: 'personen er ikke blant kandidatene', en: 'the person is not among the candidates' },
};

function nameOf(by: Officer | 'system' | undefined, lang: Lang): string {
  if (!by) return '?';
  return by === 'system' ? t(lang, 'system') : by.name;
}

/** The line a refused or outdated press gets on the card it is answered with, in the presser's language. */
export function refusalNotice(code: RefusalCode | 'not_found', lang: Lang, c: Case | undefined, detail: { by?: Officer | 'system'; field?: string; rule?: string } = {}): Notice {
  switch (code) {
    case 'outdated': return { text: t(lang, 'noticeOutdated', { name: nameOf(detail.by ?? c?.lastChange.by, lang) }), color: 'Warning' };
    case 'already_claimed': return { text: t(lang, 'noticeAlreadyClaimed', { name: nameOf(detail.by, lang) }), color: 'Warning' };
    case 'held_by_other': return { text: t(lang, 'noticeHeldByOther', { name: nameOf(detail.by, lang) }), color: 'Warning' };
    case 'not_permitted': return { text: t(lang, 'noticeNotPermitted'), color: 'Attention' };
    case 'invalid_step': return { text: t(lang, 'noticeInvalidStep'), color: 'Attention' };
    case 'not_holder': return { text: t(lang, 'noticeNotHolder'), color: 'Attention' };
    case 'own_proposal': return { text: t(lang, 'noticeOwnProposal'), color: 'Attention' };
    case 'invalid_input': return { text: t(lang, 'noticeInvalidInput', { field: detail.field ?? '?', rule: RULES[detail.rule ?? '']?.[lang] ?? detail.rule ?? '?' }), color: 'Attention' };
    case 'not_found': return { text: t(lang, 'noticeNotFound', { ref: c?.imiId ?? '?' }), color: 'Attention' };
  }
}
