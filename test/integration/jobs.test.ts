import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, nextWorkingDay, toLocalDate } from '../../src/domain/deadlines/index.js';
import type { LocalDate } from '../../src/domain/deadlines/index.js';
import type { RegisterPerson } from '../../src/domain/matching/index.js';
import { buildRegisterIndex } from '../../src/domain/matching/index.js';
import { loadRegisterFile } from '../../src/adapters/register/snapshot-file.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, REGISTRY_CHANNEL, startDesk } from '../support/desk-harness.js';
import { alertAbout, IDENTITY_VALUES, PEOPLE, registerPerson } from '../support/identity-fixtures.js';
import { connectorTexts, logTexts, scanForIdentity } from '../support/identity-scan.js';

const LEADERSHIP_CHANNEL = '19:leadership@thread.tacv2';
const TZ = 'Europe/Oslo';
const [hitPerson, laterPerson, otherPerson] = PEOPLE;
const at = (day: LocalDate) => new Date(`${day}T06:00:00Z`);

/**
 * The jobs through the real desk: the daily list reaches the registry channel and is signed off in one
 * press, a reminder reaches the holder in a one-to-one chat the bot opens, an escalation reaches
 * leadership, and a new register snapshot turns an old no-hit into one card, found on re-screening.
 */
describe('scheduled jobs through the real server and the Bot Connector stand-in', () => {
  let h: DeskHarness;
  let dir: string;
  let registerFile: string;
  const today = toLocalDate(new Date(), TZ);
  const writeRegister = (people: RegisterPerson[]) => writeFileSync(registerFile, people.map((p) => JSON.stringify(p)).join('\n') + '\n');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jobs-int-'));
    registerFile = join(dir, 'register.jsonl');
    writeRegister([registerPerson(hitPerson)]);
    h = await startDesk({
      register: [registerPerson(hitPerson)],
      env: { LEADERSHIP_CHANNEL_ID: LEADERSHIP_CHANNEL, REGISTER_FILE: registerFile, REGISTER_POLL_MS: '0' },
      deskOptions: { loadRegister: async () => buildRegisterIndex((await loadRegisterFile(registerFile)).persons) },
    });
    const res = await h.postAlerts([alertAbout(hitPerson, 'IMI-J-HIT'), alertAbout(laterPerson, 'IMI-J-NO-1'), alertAbout(otherPerson, 'IMI-J-NO-2')]);
    expect(res.status).toBe(202);
    await h.settle();
  });
  afterAll(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts the daily no-hit list and signs it off in one press, journaled per alert', async () => {
    const day = nextWorkingDay(today);
    const run = await h.desk.jobs.scheduler.runNow('nohit-list', at(day));
    expect(run).toMatchObject({ ran: true, result: { created: [`nohit:${day}`] } });
    await h.settle();
    const post = h.connector.posts(REGISTRY_CHANNEL).find((c) => JSON.stringify(c.body).includes('signOffNoHits'))!;
    const text = JSON.stringify(post.body);
    expect(text).toContain('IMI-J-NO-1');
    expect(text).toContain('IMI-J-NO-2');
    expect(text).not.toContain('IMI-J-HIT');

    const card = { conversationId: REGISTRY_CHANNEL, activityId: String((await h.desk.jobs.notices.get(`nohit:${day}`))!.posted!.activityId) };
    const refused = await h.invoke(OFFICERS.outsider, 'signOffNoHits', { listId: `nohit:${day}`, caseIds: ['IMI-J-NO-1', 'IMI-J-NO-2'] }, card);
    expect(JSON.stringify(refused.body)).toContain('ikke tilgang');
    expect((await h.desk.cases.get('IMI-J-NO-1'))!.journal.at(-1)).toMatchObject({ action: 'refused', actor: { id: OFFICERS.outsider.aadObjectId } });

    // An alert not on the list, or data that does not parse: the list as it is, with the reason on top.
    const offList = await h.invoke(OFFICERS.registryA, 'signOffNoHits', { listId: `nohit:${day}`, caseIds: ['IMI-J-NO-1', 'IMI-J-HIT'] }, card);
    const offText = JSON.stringify(offList.body);
    expect(offText).toContain('caseIds');
    expect(offText).toContain('"verb":"signOffNoHits"');
    expect(offText).toContain('IMI-J-NO-2');
    expect((await h.desk.cases.get('IMI-J-HIT'))!.journal.at(-1)).toMatchObject({ action: 'refused', data: { code: 'invalid_input' }, actor: { id: OFFICERS.registryA.aadObjectId } });
    const empty = await h.invoke(OFFICERS.registryA, 'signOffNoHits', { listId: `nohit:${day}`, caseIds: [] }, card);
    expect(JSON.stringify(empty.body)).toContain('"verb":"signOffNoHits"');
    expect(h.logLines.some((l) => l.includes('its data names no alert'))).toBe(true);

    const updatesBefore = h.connector.updates().length;
    const res = await h.invoke(OFFICERS.registryA, 'signOffNoHits', { listId: `nohit:${day}`, caseIds: ['IMI-J-NO-1', 'IMI-J-NO-2'] }, card);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('Alle 2 er signert av');
    for (const id of ['IMI-J-NO-1', 'IMI-J-NO-2']) {
      const rec = (await h.desk.cases.get(id))!;
      expect(rec.case.state).toBe('no_hit_signed_off');
      expect(rec.journal.at(-1)).toMatchObject({ action: 'signOff', actor: { id: OFFICERS.registryA.aadObjectId } });
    }
    await h.settle();
    expect(h.connector.updates().length).toBe(updatesBefore + 1);
    // A second run the same day posts nothing more.
    expect(await h.desk.jobs.scheduler.runNow('nohit-list', at(day))).toMatchObject({ result: { created: [], existing: 1 } });
  });

  it('reminds the holder personally on the due day and leadership at 2 working days late, once each', async () => {
    const hit = (await h.desk.cases.get('IMI-J-HIT'))!;
    const registryCard = hit.cards.registry!;
    await h.invoke(OFFICERS.registryA, 'claim', { caseId: 'IMI-J-HIT', version: hit.case.version }, registryCard);
    await h.settle();
    const due = addWorkingDays(toLocalDate(hit.case.stateSince, TZ), 2);

    const first = await h.desk.jobs.scheduler.runNow('reminders', at(due));
    expect(first).toMatchObject({ ran: true, result: { created: [expect.stringMatching(/^reminder:IMI-J-HIT:to_verify@.*:reminder$/)] } });
    await h.settle();
    const opened = h.connector.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/v3/conversations'));
    expect(opened).toHaveLength(1);
    expect(JSON.stringify(opened[0]!.body)).toContain(OFFICERS.registryA.aadObjectId);
    const personal = h.connector.calls.filter((c) => c.method === 'POST' && c.conversationId?.startsWith('a:conversation-'));
    expect(personal).toHaveLength(1);
    expect(JSON.stringify(personal[0]!.body)).toContain('Påminnelse: IMI-J-HIT');
    expect(JSON.stringify(personal[0]!.body)).toContain('teams.microsoft.com/l/message');

    expect((await h.desk.jobs.scheduler.runNow('reminders', at(due))).ran).toBe(true);
    const late = await h.desk.jobs.scheduler.runNow('reminders', at(addWorkingDays(due, 2)));
    expect(late).toMatchObject({ result: { created: [expect.stringMatching(/:escalation$/)] } });
    await h.settle();
    const leadership = h.connector.posts(LEADERSHIP_CHANNEL);
    expect(leadership).toHaveLength(1);
    expect(JSON.stringify(leadership[0]!.body)).toContain('Over fristen: IMI-J-HIT, 2 arbeidsdager for sent');
    expect(h.connector.calls.filter((c) => c.conversationId?.startsWith('a:conversation-'))).toHaveLength(1);
  });

  it('a new register snapshot that makes an old no-hit a hit produces one card, journaled as found on re-screening', async () => {
    const before = h.connector.posts(REGISTRY_CHANNEL).length;
    writeRegister([registerPerson(hitPerson), registerPerson(laterPerson)]);
    await h.desk.jobs.registerWatch!.reload();
    await h.settle();
    const rec = (await h.desk.cases.get('IMI-J-NO-1'))!;
    expect(rec.case.state).toBe('to_verify');
    expect(rec.journal.filter((e) => e.action === 'found_on_rescreen')).toHaveLength(1);
    const posts = h.connector.posts(REGISTRY_CHANNEL).slice(before);
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.body)).toContain('Funnet ved ny screening');
    expect((await h.desk.cases.get('IMI-J-NO-2'))!.case.state).toBe('no_hit_signed_off');

    // Loading the same snapshot again, or the weekly full re-screen, finds nothing new.
    await h.desk.jobs.registerWatch!.reload();
    expect(await h.desk.jobs.scheduler.runNow('full-rescreen')).toMatchObject({ ran: true, result: { alerts: 1, rescreened: 1, newMatches: 0 } });
    await h.settle();
    expect(h.connector.posts(REGISTRY_CHANNEL).slice(before)).toHaveLength(1);
  });

  it('posts the weekly digest to leadership once per week, and writes the daily journal checkpoint once per day', async () => {
    const before = h.connector.posts(LEADERSHIP_CHANNEL).length;
    let monday = addWorkingDays(today, 1);
    while (new Date(`${monday}T12:00:00Z`).getUTCDay() !== 1) monday = addWorkingDays(monday, 1);
    const run = await h.desk.jobs.scheduler.runNow('digest', new Date(`${monday}T07:00:00Z`));
    expect(run).toMatchObject({ ran: true, result: { created: [expect.stringMatching(/^digest:\d{4}-W\d{2}$/)], unreadable: 0 } });
    await h.settle();
    const posts = h.connector.posts(LEADERSHIP_CHANNEL).slice(before);
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.body)).toContain('AdaptiveCard');
    expect(await h.desk.jobs.scheduler.runNow('digest', new Date(`${monday}T09:00:00Z`))).toMatchObject({ result: { created: [], existing: 1 } });

    expect(await h.desk.jobs.scheduler.runNow('checkpoint', at(today))).toMatchObject({ ran: true, result: { day: today, cases: 3, carried: 0 } });
    expect(await h.desk.jobs.scheduler.runNow('checkpoint', at(today))).toMatchObject({ result: { written: false, reason: 'exists' } });
  });

  it('nothing the jobs sent or logged carries identity data', () => {
    const channelCalls = h.connector.calls.filter((c) => !c.conversationId?.startsWith('a:'));
    expect(scanForIdentity([...connectorTexts(channelCalls), ...logTexts(h.logLines)], IDENTITY_VALUES)).toEqual([]);
  });
});
