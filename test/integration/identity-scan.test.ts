import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '../../src/domain/deadlines/index.js';
import type { Card } from '../support/card-presser.js';
import { cardRefOf, press, pressOn } from '../support/card-presser.js';
import type { DeskHarness, Officer } from '../support/desk-harness.js';
import { OFFICERS, REGISTRY_CHANNEL, startDesk } from '../support/desk-harness.js';
import { IDENTITY_VALUES, PEOPLE, REGISTER, alertAbout, registerPerson } from '../support/identity-fixtures.js';
import type { ScannedText } from '../support/identity-scan.js';
import { connectorTexts, logTexts, scanForIdentity, stringsIn } from '../support/identity-scan.js';

/**
 * Issue 4's identity scan: a desk whose channel cards are in English (so the English date format is in play)
 * runs every kind of traffic there is: each step of a walk pressed in both languages, a rejection, a leader's
 * reassignment, refusals, IMI updates (one changing the name) and a withdrawal, chat commands in personal chat
 * and mentioned in a channel. Then every message the stand-in recorded and every log line are scanned for the
 * alerts' names, birth dates, HPR and national identity numbers in all their forms. The answers to *Show
 * details*, which go to the presser alone, serve as the control: the scan must find the identity there.
 */
const [A, B, C] = ['IMI-2026-SCAN-A', 'IMI-2026-SCAN-B', 'IMI-2026-SCAN-C'];
const { registryA, registryB, supervisionA, supervisionB, leader, outsider } = OFFICERS;

describe('identity scan over everything sent to Teams and logged', () => {
  let h: DeskHarness;
  const privateAnswers: Card[] = [];
  const today = toLocalDate(new Date(), 'Europe/Oslo');

  beforeAll(async () => {
    h = await startDesk({ register: REGISTER, env: { LOCALE: 'en' } });
    const res = await h.postAlerts({ alerts: [alertAbout(PEOPLE[0], A), alertAbout(PEOPLE[1], B), alertAbout(PEOPLE[2], C)] });
    expect(res.status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); });

  async function sayInChannel(from: Officer, text: string) {
    expect((await h.sayInChannel(from, REGISTRY_CHANNEL, text, 'en-GB')).status).toBeLessThan(300);
  }

  async function details(who: Officer, imiId: string, slot: 'registry' | 'supervision', locale: string) {
    const shown = await press(h, who, imiId, slot, 'showDetails', {}, locale);
    privateAnswers.push(shown.card);
    return shown.card;
  }

  it('walks, rejects, reassigns and refuses in both languages', async () => {
    await press(h, registryA, A, 'registry', 'claim', {}, 'en-GB');
    const shown = await details(registryA, A, 'registry', 'en-GB');
    await pressOn(h, registryA, shown, await cardRefOf(h, A, 'registry'), 'confirmMatch', {}, 'en-GB', (a) => a.data?.hprNumber === PEOPLE[0].hprNumber);
    await press(h, registryA, A, 'registry', 'requestInfo', { requestedOn: today }, 'nb-NO');
    await press(h, registryA, A, 'registry', 'infoReceived', { receivedOn: today, note: 'Answer received in IMI.' }, 'en-GB');
    await press(h, registryA, A, 'registry', 'handOver', {}, 'nb-NO');
    await press(h, supervisionA, A, 'supervision', 'claim', {}, 'en-GB');
    await details(supervisionA, A, 'supervision', 'nb-NO');
    await press(h, supervisionA, A, 'supervision', 'escalate', { caseNumber: 'not a number' }, 'en-GB');
    await press(h, supervisionA, A, 'supervision', 'escalate', { caseNumber: '2026/777' }, 'en-GB');
    await press(h, supervisionA, A, 'supervision', 'approve', {}, 'en-GB');
    await press(h, supervisionB, A, 'supervision', 'approve', {}, 'nb-NO');

    await press(h, registryB, B, 'registry', 'claim', {}, 'nb-NO');
    await details(registryB, B, 'registry', 'nb-NO');
    await press(h, registryB, B, 'registry', 'rejectMatch', { reason: 'Other person: different place of birth.' }, 'en-GB');

    await details(leader, C, 'registry', 'en-GB');
    await press(h, leader, C, 'registry', 'reassign', { assignee: registryB.aadObjectId }, 'en-GB');
    await press(h, outsider, C, 'registry', 'showDetails', {}, 'en-GB');
    await press(h, outsider, C, 'registry', 'unclaim', {}, 'nb-NO');
    await h.settle();
  });

  it('takes IMI updates (one changing the name) and a withdrawal', async () => {
    const renamed = { ...PEOPLE[2], familyName: 'Nuñez Łukasiewicz' };
    expect((await h.postAlerts(alertAbout(renamed, C, { event: 'update', sentAt: '2025-11-11T10:00:00+01:00' }))).status).toBe(202);
    expect((await h.postAlerts(alertAbout(PEOPLE[1], B, { event: 'withdrawal', sentAt: '2025-11-12T10:00:00+01:00' }))).status).toBe(202);
    await h.settle();
  });

  it('answers chat commands in personal chat and in a channel', async () => {
    for (const [who, locale] of [[registryA, 'nb-NO'], [supervisionB, 'en-GB'], [leader, 'en-GB'], [outsider, 'nb-NO']] as const) {
      for (const text of [`status ${A}`, `status ${C}`, 'mine', 'åpne', 'open tilsyn', 'forfalt', 'overdue', 'hjelp', 'hva med Sæther?']) await h.say(who, text, locale);
    }
    for (const text of [`status ${A}`, 'open', 'overdue']) await sayInChannel(registryB, text);
    await h.settle();
  });

  it('takes malformed uploads and requests to unknown paths that carry identity values', async () => {
    const [p0, p1] = PEOPLE;
    // Not JSON: the parser's message quotes the body around the error, here an unquoted name.
    const broken = await h.postAlerts(`[{"familyName":"${p0.familyName}"}, {"givenNames": ${p1.givenNames} ${p1.familyName} ${p1.dateOfBirth}}]`);
    expect(broken.status).toBe(400);
    // Identity values in a field that must be one of a list: the sender is told what it sent, the log is not.
    const wrong = await h.postAlerts(alertAbout(p0, 'IMI-2026-SCAN-X', { type: p0.familyName, sendingCountry: p0.hprNumber }));
    expect(wrong.status).toBe(202);
    for (const path of [`/api/alerts/${encodeURIComponent(p0.familyName)}-${p0.dateOfBirth}`, `/${p1.hprNumber}/${encodeURIComponent(p1.givenNames)}`]) {
      const res = await fetch(`${h.base}${path}`);
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    await h.settle();
  });

  it('loading a register with bad rows logs their line numbers, not their numbers or birth dates', async () => {
    const { captureLogger } = await import('../support/desk-harness.js');
    const { loadRegister } = await import('../../src/index.js');
    const { logger, lines } = captureLogger();
    const [p0, p1, p2] = PEOPLE;
    const rows = [
      registerPerson(p0), { ...registerPerson(p0), familyName: 'Dahl' }, // the same HPR number twice
      { ...registerPerson(p1), dateOfBirth: '1968-11-31' }, // 31 November, a day off the calendar
      { ...registerPerson(p2), authorisations: [{ profession: 'doctor', status: 'limited' }] },
    ];
    const path = `${h.dir}/register-with-bad-rows.jsonl`;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const index = await loadRegister(path, logger);
    expect(index.size).toBe(2);
    expect(lines.join('')).toMatch(/line":2.*already on line 1/);
    expect(lines.join('')).toMatch(/line":3.*not a day of the calendar/);
    expect(lines.join('')).toMatch(/line":4.*kept without authorisations\[0\]/);
    expect(scanForIdentity(logTexts(lines), { ...IDENTITY_VALUES, dates: [...IDENTITY_VALUES.dates, '1968-11-31'] })).toEqual([]);
  });

  it('finds no identity value in any recorded message or log line, in any form', async () => {
    const channelCalls = h.connector.calls.filter((c) => c.conversationId?.startsWith('19:'));
    expect(channelCalls.length).toBeGreaterThan(20);
    expect(h.connector.calls.filter((c) => c.conversationId?.startsWith('a:personal-')).length).toBeGreaterThan(30);
    expect(h.logLines.length).toBeGreaterThan(15);
    const names = [...IDENTITY_VALUES.names, 'Nuñez Łukasiewicz'];
    const findings = scanForIdentity([...connectorTexts(h.connector.calls), ...logTexts(h.logLines)], { ...IDENTITY_VALUES, names });
    expect(findings).toEqual([]);
  });

  it('control: the same scan does find the identity in the answers to Show details, which go to the presser alone', () => {
    const texts: ScannedText[] = privateAnswers.flatMap((card, i) => stringsIn(card).map((text) => ({ where: `details ${i}`, text })));
    const found = new Set(scanForIdentity(texts, IDENTITY_VALUES).map((f) => f.value));
    for (const p of [PEOPLE[0], PEOPLE[1], PEOPLE[2]]) {
      expect(found).toContain(p.familyName);
      expect(found).toContain(p.dateOfBirth);
      expect(found).toContain(p.hprNumber);
    }
  });
});
