import { describe, expect, it } from 'vitest';
import { expandCard } from '../../../src/adapters/teams/card-templates.js';
import type { CardContext } from '../../../src/adapters/teams/case-card.js';
import { renderCaseCard } from '../../../src/adapters/teams/case-card.js';
import { renderDetailsCard } from '../../../src/adapters/teams/details-card.js';
import { refusalNotice } from '../../../src/adapters/teams/presenter.js';
import type { Lang } from '../../../src/adapters/teams/texts.js';
import type { RefusalCode } from '../../../src/domain/case-commands.js';
import { ALL_STATES, departmentOf } from '../../../src/domain/case-state.js';
import type { CaseState } from '../../../src/domain/case-state.js';
import { DEFAULT_DEADLINE_POLICY, localDate } from '../../../src/domain/deadlines/index.js';
import { buildRegisterIndex } from '../../../src/domain/matching/index.js';
import type { CaseRecord } from '../../../src/usecases/ports.js';
import { caseIn } from '../../support/case-fixtures.js';

/**
 * Every card template rendered in every state and both languages, against files under __snapshots__ (one per
 * template and language, so a change shows as a readable diff of the card that changed). Everything a card
 * depends on is fixed here: today, the time zone, the policy, the officers, the card addresses.
 */
const LANGS: Lang[] = ['nb', 'en'];
const TODAY = localDate('2026-11-24');
const CARDS: CaseRecord['cards'] = {
  registry: { conversationId: '19:registry@thread.tacv2', activityId: '1700000000001', serviceUrl: 'https://smba.example/emea/' },
  supervision: { conversationId: '19:supervision@thread.tacv2', activityId: '1700000000002', serviceUrl: 'https://smba.example/emea/' },
};
const SUPERVISION_SIDE: CaseState[] = ['with_supervision', 'awaiting_approval', 'escalated', 'closed_no_action'];

function ctx(lang: Lang, slot?: 'registry' | 'supervision', withSupervisionCard = false): CardContext {
  const cards = slot && withSupervisionCard ? CARDS : slot ? { registry: CARDS.registry } : undefined;
  return {
    lang, today: TODAY, timeZone: 'Europe/Oslo', policy: DEFAULT_DEADLINE_POLICY,
    members: [{ id: 'aad-registry-a', name: 'Rita Registry' }, { id: 'aad-registry-b', name: 'Rolf Registry' }],
    ...(slot ? { slot } : {}), ...(cards ? { cards } : {}),
  };
}

/** The variants of one state worth seeing: as its department's channel shows it, held, updated, and (after the hand-over) as the registry channel shows it. */
function caseVariants(state: CaseState, lang: Lang): Record<string, object> {
  const handedOver = SUPERVISION_SIDE.includes(state) || state === 'withdrawn';
  const own = departmentOf(state);
  const out: Record<string, object> = {
    [`${state} / ${own} channel`]: renderCaseCard(caseIn(state), ctx(lang, own, handedOver)),
    [`${state} / held, updated in IMI, out of order, with a notice`]: renderCaseCard(
      caseIn(state, { holder: { id: 'aad-registry-b', name: 'Rolf Registry' }, outOfOrder: true, stateBeforeWithdrawal: state === 'withdrawn' ? 'info_requested' : undefined, lastImiChange: { at: '2026-11-20T10:00:00Z', fields: ['event', 'sentAt', 'decision.validUntil', 'professional.familyName'] } }),
      ctx(lang, own, handedOver), [refusalNotice('already_claimed', lang, undefined, { by: { id: 'aad-registry-a', name: 'Rita Registry' } })],
    ),
  };
  if (SUPERVISION_SIDE.includes(state)) out[`${state} / registry channel after hand-over`] = renderCaseCard(caseIn(state), ctx(lang, 'registry', true));
  if (state === 'info_requested') out[`${state} / overdue answer`] = renderCaseCard(caseIn(state, { info: { requestedOn: '2026-10-01', dueOn: '2026-10-29' } }), ctx(lang, 'registry'));
  return out;
}

const REFUSALS: (RefusalCode | 'not_found')[] = ['outdated', 'already_claimed', 'held_by_other', 'not_permitted', 'invalid_step', 'not_holder', 'own_proposal', 'invalid_input', 'not_found'];

describe('card snapshots', () => {
  for (const lang of LANGS) {
    it(`case card, every state (${lang})`, async () => {
      const all = Object.fromEntries(ALL_STATES.flatMap((s) => Object.entries(caseVariants(s, lang))));
      await expect(JSON.stringify(all, null, 1)).toMatchFileSnapshot(`__snapshots__/case.${lang}.json`);
    });

    it(`details card, every state (${lang})`, async () => {
      const register = buildRegisterIndex([{ hprNumber: '9144889', familyName: 'Sæther', givenNames: 'Kari Marie', formerFamilyNames: ['Olsen'], dateOfBirth: '1971-03-05', authorisations: [{ profession: 'doctor', status: 'active', validFrom: '1998-06-30', validUntil: null }] }]);
      const all = Object.fromEntries(ALL_STATES.map((s) => [s, renderDetailsCard(caseIn(s, s === 'no_hit' || s === 'no_hit_signed_off' ? { screening: { outcome: 'no_hit', candidates: [], screenedAt: '2026-11-02T08:00:01.000Z', foundOnRescreen: false } } : {}), register, lang, 'Europe/Oslo')]));
      await expect(JSON.stringify(all, null, 1)).toMatchFileSnapshot(`__snapshots__/details.${lang}.json`);
    });

    it(`notice card, every refusal (${lang})`, async () => {
      const c = caseIn('to_verify', { lastChange: { by: { id: 'aad-registry-a', name: 'Rita Registry' }, at: '2026-11-24T09:00:00Z', action: 'claim' } });
      const all = Object.fromEntries(REFUSALS.map((code) => [code, expandCard('notice', refusalNotice(code, lang, c, { by: { id: 'aad-registry-a', name: 'Rita Registry' }, field: 'reason', rule: 'length_5_1000' }))]));
      await expect(JSON.stringify(all, null, 1)).toMatchFileSnapshot(`__snapshots__/notice.${lang}.json`);
    });
  }

  it('renders the same card twice from the same input (nothing reads the clock or randomness)', () => {
    for (const s of ALL_STATES) expect(JSON.stringify(caseVariants(s, 'nb'))).toBe(JSON.stringify(caseVariants(s, 'nb')));
  });
});
