import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../../../src/adapters/teams/reason-texts.js';
import { REASON_CODE_LIST } from '../../../src/domain/matching/index.js';

describe('screening reasons on the details card', () => {
  it('are given in the reader\'s language from the stable codes, for every code', () => {
    for (const { code, description } of REASON_CODE_LIST) {
      expect(reasonTexts({ codes: [code], reasons: [description] }, 'en')).toEqual([description]);
      const [nb] = reasonTexts({ codes: [code], reasons: [description] }, 'nb');
      expect(nb, code).not.toBe(description);
      expect(nb, code).toMatch(/[a-zæøå]/);
    }
    expect(reasonTexts({ codes: ['dob_swapped', 'given_middle_initial'], reasons: [] }, 'nb')).toEqual([
      'fødselsdato med dag og måned byttet om', 'første fornavn stemmer; et mellomnavn er oppgitt som forbokstav',
    ]);
  });

  it('keep the engine\'s sentences when a candidate has no codes or one this version does not know', () => {
    expect(reasonTexts({ reasons: ['birth date equal'] }, 'nb')).toEqual(['birth date equal']);
    expect(reasonTexts({ codes: ['dob_equal', 'from_a_later_version'], reasons: ['a', 'b'] }, 'nb')).toEqual(['a', 'b']);
  });
});
