import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCaseCard } from '../../../src/adapters/teams/case-card.js';
import type { CardContext } from '../../../src/adapters/teams/case-card.js';
import { LIST_VERBS, VERBS } from '../../../src/adapters/teams/card-verbs.js';
import { renderDetailsCard } from '../../../src/adapters/teams/details-card.js';
import { ALL_STATES, departmentOf } from '../../../src/domain/case-state.js';
import { DEFAULT_DEADLINE_POLICY, localDate } from '../../../src/domain/deadlines/index.js';
import { buildRegisterIndex } from '../../../src/domain/matching/index.js';
import { validateCard } from '../../support/card-validation.js';
import { caseIn } from '../../support/case-fixtures.js';
import type { IdentityValues } from '../../support/identity-scan.js';
import { scanForIdentity, stringsIn } from '../../support/identity-scan.js';

const ctx = (lang: 'nb' | 'en'): CardContext => ({ lang, today: localDate('2026-11-24'), timeZone: 'Europe/Oslo', policy: DEFAULT_DEADLINE_POLICY, members: [{ id: 'aad-1', name: 'Rita' }] });
/** The fixture alert's identity (every form is looked for by the scanner), and its place of birth and decision text. */
const IDENTITY: IdentityValues = { names: ['Sæther', 'Kari Marie', 'Olsen'], dates: ['1971-03-05'], numbers: ['9144889'] };
const OTHER_PRIVATE = ['bergen', 'återkallad'];
const CARDS = {
  registry: { conversationId: '19:registry@thread.tacv2', activityId: '1001', serviceUrl: 'https://smba.example/' },
  supervision: { conversationId: '19:supervision@thread.tacv2', activityId: '1002', serviceUrl: 'https://smba.example/' },
};

const validate = validateCard;

describe('cards', () => {
  it('the validator used here does catch a broken card', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }, { type: 'TextBlock', text: 'x', color: 'Purple' }] })).not.toEqual([]);
  });

  for (const lang of ['nb', 'en'] as const) {
    it.each(ALL_STATES)(`channel card in state %s (${lang}) is valid Adaptive Card 1.5, under 40 KB, and carries no identity data`, (state) => {
      const updated = caseIn(state, { holder: { id: 'x', name: 'Rolf' }, outOfOrder: true, stateBeforeWithdrawal: 'info_received', lastImiChange: { at: '2026-11-20T10:00:00Z', fields: ['professional.familyName', 'professional.nationalIdentityNumber'] } });
      const cards = [
        renderCaseCard(caseIn(state), ctx(lang), [{ text: 'notice', color: 'Warning' }]),
        renderCaseCard(updated, ctx(lang), [{ text: 'notice', color: 'Warning' }]),
        // As each channel shows it, with the link to the other department's card.
        renderCaseCard(updated, { ...ctx(lang), slot: departmentOf(state), cards: CARDS }),
        renderCaseCard(caseIn(state), { ...ctx(lang), slot: 'registry', cards: CARDS }),
      ];
      for (const card of cards) {
        expect(validate(card)).toEqual([]);
        const text = JSON.stringify(card);
        expect(Buffer.byteLength(text)).toBeLessThan(40 * 1024);
        expect(scanForIdentity(stringsIn(card).map((t) => ({ where: state, text: t })), IDENTITY)).toEqual([]);
        for (const value of OTHER_PRIVATE) expect(text.toLowerCase()).not.toContain(value);
        expect(text).not.toMatch(/\$\{/);
      }
    });
  }

  it('date inputs carry no date fixed when the card was drawn: an answer weeks later is entered as it came', () => {
    const dateInputs = (state: 'match_confirmed' | 'info_requested') => {
      const found: Record<string, unknown>[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        const o = node as Record<string, unknown>;
        if (o.type === 'Input.Date') found.push(o);
        Object.values(o).forEach(visit);
      };
      visit(renderCaseCard(caseIn(state), ctx('nb')));
      return found;
    };
    const inputs = [...dateInputs('match_confirmed'), ...dateInputs('info_requested')];
    expect(inputs.map((i) => i.id)).toEqual(['requestedOn', 'dueOn', 'receivedOn']);
    for (const input of inputs) {
      expect(input).not.toHaveProperty('value');
      expect(input).not.toHaveProperty('max');
    }
    expect(inputs[1]?.label).toBe('Svarfrist (valgfri; ellers 20 arbeidsdager etter forespørselen)');
  });

  it('details card (for the presser alone) is valid and shows the identity and candidates', () => {
    const register = buildRegisterIndex([{ hprNumber: '9144889', familyName: 'Sæther', givenNames: 'Kari Marie', formerFamilyNames: [], dateOfBirth: '1971-03-05', authorisations: [] }]);
    const card = renderDetailsCard(caseIn('to_verify'), register, 'nb', 'Europe/Oslo');
    expect(validate(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('Sæther');
    expect(text).toContain('"verb":"confirmMatch"');
  });

  it('every verb on a card has a handler, and every handler is on a card', () => {
    const onCards = new Set<string>();
    for (const file of readdirSync(new URL('../../../cards/', import.meta.url))) {
      const text = readFileSync(new URL(`../../../cards/${file}`, import.meta.url), 'utf8');
      for (const m of text.matchAll(/"verb":\s*"([^"]+)"/g)) onCards.add(m[1]!);
    }
    expect([...onCards].sort()).toEqual([...Object.values(VERBS), ...Object.values(LIST_VERBS)].sort());
  });
});
