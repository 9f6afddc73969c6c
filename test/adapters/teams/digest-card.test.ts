import { describe, expect, it } from 'vitest';
import { validateCard } from '../../support/card-validation.js';
import { OVERDUE_SHOWN, renderDigestCard } from '../../../src/adapters/teams/digest-card.js';
import type { Lang } from '../../../src/adapters/teams/texts.js';
import { addDays, DEFAULT_DEADLINE_POLICY, localDate } from '../../../src/domain/deadlines/index.js';
import type { CaseJournal } from '../../../src/domain/digest/index.js';
import { computeDigestFigures, periodOfWeek } from '../../../src/domain/digest/index.js';
import { CASES, TZ } from '../../domain/digest/hand-journal.js';
import { caseJournal, receivedAndScreened } from '../../domain/digest/journal-builder.js';

const LANGS: Lang[] = ['nb', 'en'];
const period = periodOfWeek(localDate('2026-05-11'), TZ);

/** 500 cases received five a day from 5 January to 14 April 2026, screened as hits and never verified: all open, all overdue. */
const MANY: CaseJournal[] = Array.from({ length: 500 }, (_, i) => {
  const day = addDays(localDate('2026-01-05'), Math.floor(i / 5));
  const at = `${day}T09:${String(i % 60).padStart(2, '0')}:00Z`;
  return caseJournal(`IMI-2026-${String(i + 1).padStart(6, '0')}`, ...receivedAndScreened(at, at.replace(':00Z', ':05Z'), 'hit'));
});

describe('digest card', () => {
  const figures = computeDigestFigures(CASES, period, DEFAULT_DEADLINE_POLICY);

  for (const lang of LANGS) {
    it(`is valid Adaptive Card 1.5 with no warnings, and matches its snapshot (${lang})`, async () => {
      const card = renderDigestCard(figures, lang);
      expect(validateCard(card)).toEqual([]);
      const text = JSON.stringify(card);
      expect(text).not.toMatch(/\$\{/);
      // References only: the journal's HPR number and officer ids never reach the card.
      expect(text).not.toContain('1234567');
      expect(text).not.toContain('aad-');
      await expect(JSON.stringify(card, null, 1)).toMatchFileSnapshot(`__snapshots__/digest.${lang}.json`);
    });
  }

  it('shows the hand-computed figures', () => {
    const text = JSON.stringify(renderDigestCard(figures, 'nb'));
    expect(text).toContain('Ukeoversikt, uke 20 2026');
    expect(text).toContain('Over fristen ved ukens slutt: 4');
    expect(text).toContain('Åpne saker ved ukens slutt: 9');
    expect(text).toContain('Registreringsavdelingen: 6');
    expect(text).toContain('Tilsynsavdelingen: 3');
    expect(text).toContain('"text":"93 arbeidsdager"');
    expect(text).toContain('10,5'); // the year's median assessment time, in Norwegian notation
    expect(text).toContain('median 2 arbeidsdager og 50\u00a0% innen frist i uken; median 1 og 75\u00a0% innen frist hittil i år');
    for (const ref of ['IMI-K', 'IMI-G', 'IMI-H', 'IMI-F', 'IMI-I']) expect(text).toContain(`"title":"${ref}"`);
  });

  it('stays under 40 KB with 500 open and overdue cases, naming the ten most late and counting the rest', () => {
    const many = computeDigestFigures(MANY, period, DEFAULT_DEADLINE_POLICY);
    expect(many.open.total).toBe(500);
    expect(many.overdue.total).toBe(500);
    for (const lang of LANGS) {
      const card = renderDigestCard(many, lang);
      expect(validateCard(card)).toEqual([]);
      const text = JSON.stringify(card);
      expect(Buffer.byteLength(text)).toBeLessThan(40 * 1024);
      const named = MANY.map((c) => c.reference).filter((ref) => text.includes(`"${ref}"`));
      // The ten most late are the ten received first (the five oldest are named again among the oldest cases).
      expect(named).toEqual(MANY.slice(0, OVERDUE_SHOWN).map((c) => c.reference));
      expect(text).toContain(lang === 'nb' ? '… og 490 til.' : '… and 490 more.');
    }
  });

  it('names unreadable journals in a warning', () => {
    const broken = caseJournal('IMI-BROKEN', ['2026-05-12T10:00:00Z', 'screened', 'received', 'no_hit']);
    const card = renderDigestCard(computeDigestFigures([...CASES, broken], period, DEFAULT_DEADLINE_POLICY), 'en');
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('1 cases could not be read and are left out of every figure: IMI-BROKEN.');
  });
});
