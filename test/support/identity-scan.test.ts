import { describe, expect, it } from 'vitest';
import { IDENTITY_VALUES } from './identity-fixtures.js';
import { connectorTexts, logTexts, scanForIdentity } from './identity-scan.js';

const scan = (text: string) => scanForIdentity([{ where: 'sample', text }], IDENTITY_VALUES).map((f) => f.form);

describe('identity scanner', () => {
  it.each([
    ['raw name', 'Saken gjelder Sæther-Ødegård.'],
    ['upper case', 'SÆTHER-ØDEGÅRD'],
    ['without diacritics', 'Saether Odegard'],
    ['ø spelled oe, å spelled aa', 'Oedegaard'],
    ['æ spelled a', 'sather'],
    ['a former name', 'tidligere Lovas'],
    ['a given name inside other text', 'Til: ase.kristin@example.org'],
    ['ü spelled ue', 'MUELLER'],
    ['ł and ñ stripped', 'Nunez Lukasiewicz'],
    ['ISO birth date', 'født 1971-03-05'],
    ['Norwegian numeric date', '05.03.1971'],
    ['Norwegian date without zeros', '5.3.1971'],
    ['Norwegian long date', '5. mars 1971'],
    ['English long date', 'born 5 March 1971'],
    ['English short date (the English cards\' format)', '05 Mar 1971'],
    ['US date', 'November 23, 1968'],
    ['HPR number', 'HPR 7261035'],
    ['national id', '17098299887'],
    ['national id split', '170982 99887'],
  ])('finds %s', (_name, text) => {
    expect(scan(text)).not.toEqual([]);
  });

  it('does not flag words that merely contain a short name, nor officers, references and other dates', () => {
    expect(scan('The case base is in the database; Rita Registry claimed IMI-2025-000123 on 05.03.2026 (version 19710305x).')).toEqual([]);
  });

  it('reads every string of recorded calls and of pino lines, including escaped ones', () => {
    const calls = [{ method: 'POST', path: '/v3/conversations/19:x/activities', body: { attachments: [{ content: { body: [{ text: 'Z\u006fë' }] } }] } }];
    expect(scanForIdentity(connectorTexts(calls), IDENTITY_VALUES)).toHaveLength(1);
    const lines = ['{"level":30,"msg":"x","note":"S\\u00e6ther"}\n'];
    expect(scanForIdentity(logTexts(lines), IDENTITY_VALUES).map((f) => f.where)).toEqual(['log line 1']);
  });
});
