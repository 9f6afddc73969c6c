import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '../../src/domain/deadlines/index.js';
import type { CaseState } from '../../src/domain/case-state.js';
import { verifyJournal } from '../../src/domain/journal.js';
import { cardRefOf, press, pressOn, recordOf, textOf } from '../support/card-presser.js';
import type { DeskHarness, Officer } from '../support/desk-harness.js';
import { OFFICERS, startDesk } from '../support/desk-harness.js';
import { IDENTITY_VALUES, PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';
import { connectorTexts, logTexts, scanForIdentity } from '../support/identity-scan.js';

/**
 * spec/case-states.md, Permissions: a person without the role is refused on every verb, a proposer may not
 * approve or decline their own proposal, and every refusal is journaled on the case while nothing changes.
 * Chat requests by people without a role are journaled on the case they name, and logged otherwise.
 */
const IMI = 'IMI-2026-REFUSE-1';
const { registryA, supervisionA, supervisionB, leader, outsider } = OFFICERS;
const admin: Officer = { aadObjectId: 'aad-admin', name: 'Ada Admin' };
const today = toLocalDate(new Date(), 'Europe/Oslo');

/** Valid data for each verb, so that only the role (or the four-eyes rule) can be the reason for a refusal. */
const INPUTS: Record<string, Record<string, unknown>> = {
  claim: {}, unclaim: {}, showDetails: {}, approve: {},
  reassign: { assignee: OFFICERS.registryB.aadObjectId },
  confirmMatch: { hprNumber: PEOPLE[0].hprNumber },
  rejectMatch: { reason: 'Annen person, annet fødested.' },
  requestInfo: { requestedOn: today },
  infoReceived: { receivedOn: today },
  handOver: {},
  escalate: { caseNumber: '2026/4711' },
  close: { reason: 'Ingen grunn til tilsynssak.' },
  decline: { reason: 'Trenger mer informasjon.' },
};

/** In each state the walk passes through: the verbs that apply there, and who lacks the role for each. */
const REFUSED_IN: [CaseState, [string, Officer[]][]][] = [
  ['to_verify', [
    ['claim', [outsider, leader, admin, supervisionA]], ['reassign', [outsider, registryA, supervisionA]], ['showDetails', [outsider, admin]],
    ['confirmMatch', [outsider, leader, supervisionA]], ['rejectMatch', [outsider, leader, supervisionA]],
  ]],
  ['match_confirmed', [['unclaim', [outsider, leader]], ['requestInfo', [outsider, leader, supervisionA]], ['handOver', [outsider, leader, supervisionA]]]],
  ['info_requested', [['infoReceived', [outsider, leader, supervisionA]]]],
  ['with_supervision', [['claim', [outsider, leader, registryA]], ['escalate', [outsider, leader, registryA]], ['close', [outsider, leader, registryA]]]],
  ['awaiting_approval', [['approve', [outsider, leader, registryA]], ['decline', [outsider, leader, registryA]]]],
];

describe('refusals', () => {
  let h: DeskHarness;
  const expected: { verb: string; actor: string; code: string }[] = [];

  beforeAll(async () => {
    h = await startDesk({ register: REGISTER });
    expect((await h.postAlerts(alertAbout(PEOPLE[0], IMI))).status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); });

  async function refuseAll(state: CaseState) {
    const before = await recordOf(h, IMI);
    expect(before.case.state).toBe(state);
    const ref = await cardRefOf(h, IMI, before.case.state === 'with_supervision' || before.case.state === 'awaiting_approval' ? 'supervision' : 'registry');
    for (const [verb, people] of REFUSED_IN.find(([s]) => s === state)![1]) {
      for (const who of people) {
        const res = await h.invoke(who, verb, { caseId: IMI, version: before.case.version, ...INPUTS[verb] }, ref);
        expect(res.status).toBe(200);
        expect(JSON.stringify(res.body), `${who.name} ${verb} in ${state}`).toContain('Du har ikke tilgang til denne handlingen.');
        expected.push({ verb, actor: who.aadObjectId, code: 'not_permitted' });
      }
    }
    const after = await recordOf(h, IMI);
    expect(after.case).toEqual(before.case);
  }

  it('refuses every verb to everyone without its role, at every step of a walk, and changes nothing', async () => {
    await refuseAll('to_verify');
    await press(h, registryA, IMI, 'registry', 'claim');
    const details = await press(h, registryA, IMI, 'registry', 'showDetails');
    await pressOn(h, registryA, details.card, await cardRefOf(h, IMI, 'registry'), 'confirmMatch', {}, 'nb-NO', (a) => a.data?.hprNumber === PEOPLE[0].hprNumber);
    await refuseAll('match_confirmed');
    await press(h, registryA, IMI, 'registry', 'requestInfo', { requestedOn: today });
    await refuseAll('info_requested');
    await press(h, registryA, IMI, 'registry', 'infoReceived', { receivedOn: today });
    await press(h, registryA, IMI, 'registry', 'handOver');
    await h.settle();
    await refuseAll('with_supervision');
    await press(h, supervisionA, IMI, 'supervision', 'claim');
    await press(h, supervisionA, IMI, 'supervision', 'escalate', { caseNumber: '2026/4711' });
    await refuseAll('awaiting_approval');
  });

  it('refuses the proposer approving or declining their own proposal, in both languages', async () => {
    for (const [verb, locale, text] of [['approve', 'nb-NO', 'fireøyneprinsippet'], ['decline', 'en-GB', 'four eyes']] as const) {
      const res = await press(h, supervisionA, IMI, 'supervision', verb, INPUTS[verb], locale);
      expect(textOf(res.card)).toContain(text);
      expected.push({ verb, actor: supervisionA.aadObjectId, code: 'own_proposal' });
    }
    expect((await recordOf(h, IMI)).case.state).toBe('awaiting_approval');
  });

  it('refuses invalid input naming the field and the rule in the presser\'s language, and journals that too', async () => {
    const res = await press(h, supervisionB, IMI, 'supervision', 'decline', { reason: 'nei' });
    expect(textOf(res.card)).toContain('Ugyldig verdi i feltet reason (begrunnelse): må være 5 til 1000 tegn.');
    expected.push({ verb: 'decline', actor: supervisionB.aadObjectId, code: 'invalid_input' });
    // Characters are counted as people count them: three emoji are three characters, not six.
    const emoji = await press(h, supervisionB, IMI, 'supervision', 'decline', { reason: '😀😀😀' }, 'en-GB');
    expect(textOf(emoji.card)).toContain('Invalid value in field reason: must be 5 to 1000 characters.');
    expected.push({ verb: 'decline', actor: supervisionB.aadObjectId, code: 'invalid_input' });
    const version = await h.invoke(supervisionB, 'decline', { caseId: IMI, version: 'abc', reason: 'Trenger mer informasjon.' }, await cardRefOf(h, IMI, 'supervision'));
    expect(JSON.stringify(version.body)).toContain('Ugyldig verdi i feltet version (kortversjon): må være et positivt heltall.');
    expected.push({ verb: 'decline', actor: supervisionB.aadObjectId, code: 'invalid_input' });
    // Without the role, bad data is refused for want of the role: what was wrong with it is not the point.
    for (const who of [outsider, leader, registryA]) {
      const res = await press(h, who, IMI, 'supervision', 'decline', { reason: 'nei' });
      expect(textOf(res.card)).toContain('ikke tilgang');
      expect(textOf(res.card)).not.toContain('Ugyldig verdi');
      expected.push({ verb: 'decline', actor: who.aadObjectId, code: 'not_permitted' });
    }
  });

  it('refuses a reassignment to anyone who is not an officer of the department that has the case', async () => {
    const before = await recordOf(h, IMI);
    const ref = await cardRefOf(h, IMI, 'supervision');
    for (const assignee of [registryA.aadObjectId, leader.aadObjectId, 'aad-not-in-the-roles-file']) {
      const res = await h.invoke(leader, 'reassign', { caseId: IMI, version: before.case.version, assignee }, ref);
      expect(JSON.stringify(res.body)).toContain('Ugyldig verdi i feltet assignee (saksbehandler): personen er ikke saksbehandler i avdelingen som har saken.');
      expected.push({ verb: 'reassign', actor: leader.aadObjectId, code: 'invalid_input' });
    }
    expect((await recordOf(h, IMI)).case.holder).toEqual(before.case.holder);
  });

  it('journals every refusal on the case, by whom and of what, in a chain that verifies', async () => {
    const rec = await recordOf(h, IMI);
    const refused = rec.journal.filter((e) => e.action === 'refused').map((e) => ({ verb: (e.data as { verb: string }).verb, actor: (e.actor as { id: string }).id, code: (e.data as { code: string }).code }));
    expect(refused).toEqual(expected);
    expect(refused.length).toBeGreaterThan(40);
    for (const e of rec.journal.filter((x) => x.action === 'refused')) expect(e.from).toBe(e.to);
    expect(verifyJournal(IMI, rec.journal, rec.head, h.config.JOURNAL_KEY)).toEqual([]);
  });

  it('journals a chat request by someone without a role on the case it names, and logs one that names none', async () => {
    const before = await recordOf(h, IMI);
    for (const who of [outsider, admin]) {
      await h.say(who, `status ${IMI}`);
      expect(String(h.connector.messagesTo(`a:personal-${who.aadObjectId}`).at(-1)?.body.text)).toContain('Du har ikke tilgang til dette.');
    }
    await h.say(outsider, 'mine');
    await h.say(outsider, 'status IMI-2026-NO-SUCH-CASE');
    await h.say(outsider, 'status a/b?c');

    const after = await recordOf(h, IMI);
    expect(after.case).toEqual(before.case);
    const added = after.journal.slice(before.journal.length);
    expect(added.map((e) => [e.action, (e.actor as { id: string }).id, e.data])).toEqual([
      ['refused', outsider.aadObjectId, { verb: 'status', code: 'not_permitted', where: 'chat' }],
      ['refused', admin.aadObjectId, { verb: 'status', code: 'not_permitted', where: 'chat' }],
    ]);
    expect(await h.desk.cases.get('IMI-2026-NO-SUCH-CASE')).toBeUndefined();

    const refusedLogs = h.logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'chat request refused: no role');
    expect(refusedLogs.map((l) => [l.actor, l.what, l.journaledOn ?? null])).toEqual([
      [outsider.aadObjectId, 'status', IMI],
      [admin.aadObjectId, 'status', IMI],
      [outsider.aadObjectId, 'mine', null],
      [outsider.aadObjectId, 'status', null],
      [outsider.aadObjectId, 'status', null],
    ]);
    expect(h.logLines.join('\n')).not.toContain('turn failed');
  });

  it('sent and logged no identity value along the way', async () => {
    expect(scanForIdentity([...connectorTexts(h.connector.calls), ...logTexts(h.logLines)], IDENTITY_VALUES)).toEqual([]);
  });
});
