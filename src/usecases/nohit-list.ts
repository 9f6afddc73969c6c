
import { isWorkingDay, toLocalDate } from '../domain/deadlines/index.js';
import type { Actor } from '../domain/roles.js';
import { hasRole } from '../domain/roles.js';
import type { ActDeps } from './act-on-case.js';
import { actOnCase, journalRefusal } from './act-on-case.js';
import type { NoticeRepository, StoredNotice } from './job-ports.js';
import type { JobDeps, JobReport } from './job-run.js';
import { firstPost, jobRun } from './job-run.js';
import type { CaseRepository, IdGenerator } from './ports.js';

/** How many recent daily lists are looked at for reminders and sign-off (about three months of working days). */
export const NOHIT_LIST_KEEP = 60;

/** A daily list's id is this and its day: `nohit:2026-11-25`. */
export const NOHIT_LIST_PREFIX = 'nohit:';

export interface NohitListDeps extends JobDeps {
  readonly cases: CaseRepository;
  readonly ids: IdGenerator;
  readonly timeZone: string;
}

/**
 * Each working morning, one list in the registry channel of the alerts that ended `no_hit` since the last
 * list: normally the previous working day's, after a weekend, holiday or outage everything since the last
 * list, so none is left out. An alert is on exactly one list: the one whose [from, until) holds the local
 * day it became `no_hit`. The list is keyed by day, so a second run or instance posts nothing more.
 */
export async function postNohitList(deps: NohitListDeps, at: Date): Promise<JobReport> {
  const run = jobRun(deps, 'nohit-list');
  const day = toLocalDate(at, deps.timeZone);
  if (!isWorkingDay(day)) return { ...run.report, skipped: `${day} is not a working day` };
  const id = `${NOHIT_LIST_PREFIX}${day}`;
  const last = (await deps.notices.nohitLists(2)).find((n) => n.id !== id);
  const from = last?.payload.kind === 'nohit_list' ? last.payload.until : undefined;
  const since = (imiStateSince: string) => toLocalDate(imiStateSince, deps.timeZone);
  const listed = (await deps.cases.find({ states: ['no_hit'] }))
    .map((r) => ({ id: r.case.imiId, day: since(r.case.stateSince), at: r.case.stateSince }))
    .filter((c) => c.day < day && (from === undefined || c.day >= from))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  await run.offer({
    id, createdAt: deps.clock.now().toISOString(), target: { kind: 'channel', slot: 'registry' }, outbox: [firstPost(deps.ids.next())],
    payload: { kind: 'nohit_list', day, ...(from ? { from } : {}), until: day, caseIds: listed.map((c) => c.id) },
  });
  return run.report;
}

export type SignOffResult =
  | { readonly ok: true; readonly list?: StoredNotice; readonly signedOff: string[]; readonly refused: { imiId: string; code: string }[] }
  | { readonly ok: false; readonly code: 'not_found' }
  | { readonly ok: false; readonly code: 'invalid_input'; readonly field: string; readonly list: StoredNotice };

/**
 * Signs off the listed alerts in one press, each journaled on its own case as a `signOff` by the officer
 * (the domain checks the role and that the case is still `no_hit`, and journals any refusal); alerts signed
 * off already are skipped. With `listId` (our card sends it) ids not on that list are refused as invalid
 * input. Without it the alerts are signed off as named, and the lists showing them are found. Each list
 * touched gets an update of its card, so everyone sees what is left.
 */
export async function signOffNoHits(deps: ActDeps & { readonly notices: NoticeRepository }, listId: string | undefined, caseIds: readonly string[], actor: Actor): Promise<SignOffResult> {
  let lists: StoredNotice[];
  if (listId !== undefined) {
    const list = await deps.notices.get(listId);
    if (!list || list.payload.kind !== 'nohit_list') return { ok: false, code: 'not_found' };
    const onList = new Set(list.payload.caseIds);
    // Someone without the role is refused as such, case by case below, whatever they named.
    if (caseIds.some((id) => !onList.has(id)) && hasRole(actor, 'registry')) {
      for (const imiId of new Set(caseIds)) await journalRefusal(deps, imiId, actor, 'signOffNoHits', 'invalid_input', undefined, 'caseIds');
      return { ok: false, code: 'invalid_input', field: 'caseIds', list };
    }
    lists = [list];
  } else {
    const named = new Set(caseIds);
    lists = (await deps.notices.nohitLists(NOHIT_LIST_KEEP)).filter((n) => n.payload.kind === 'nohit_list' && n.payload.caseIds.some((id) => named.has(id)));
  }
  const signedOff: string[] = [];
  const refused: { imiId: string; code: string }[] = [];
  for (const imiId of new Set(caseIds)) {
    const rec = await deps.cases.get(imiId);
    if (!rec) { refused.push({ imiId, code: 'not_found' }); continue; }
    if (rec.case.state === 'no_hit_signed_off') continue;
    const res = await actOnCase(deps, imiId, { verb: 'signOff' }, actor, rec.case.version);
    if (res.ok) { if (res.changed) signedOff.push(imiId); } else refused.push({ imiId, code: res.refusal.code });
  }
  if (signedOff.length > 0) for (const list of lists) await queueUpdate(deps.notices, list.id, () => deps.ids.next());
  const shown = lists[0];
  return { ok: true, list: shown && ((await deps.notices.get(shown.id)) ?? shown), signedOff, refused };
}

/** Queues one update of a notice's card (coalesced: one pending update renders whatever is current). */
export async function queueUpdate(notices: NoticeRepository, id: string, newId: () => string, attempts = 20): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    const n = await notices.get(id);
    if (!n || n.outbox.some((d) => d.kind === 'update' && d.status === 'pending')) return;
    const next = { ...n, outbox: [...n.outbox, { id: newId(), kind: 'update' as const, status: 'pending' as const, attempts: 0 }] };
    if ((await notices.save(next, n.etag)) === 'saved') return;
  }
  throw new Error(`notice ${id}: gave up queueing a card update after ${attempts} write conflicts`);
}

