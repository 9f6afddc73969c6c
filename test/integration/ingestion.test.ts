import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarantineRepository } from '../../src/adapters/storage/small-repositories.js';
import { protoAlert, validAlert } from '../support/alert-samples.js';
import type { DeskHarness } from '../support/desk-harness.js';
import { INGEST_TOKEN, startDesk } from '../support/desk-harness.js';

/** Every row of spec/ingestion.md's table, through the real HTTP server. */
describe('POST /api/alerts', () => {
  let h: DeskHarness;
  beforeAll(async () => { h = await startDesk({ register: [], env: { INGEST_MAX_BYTES: '20000' } }); });
  afterAll(async () => { await h.stop(); });
  const quarantined = () => quarantineRepository(h.desk.store).list(1000);

  it('refuses a missing or wrong token with 401 and keeps nothing', async () => {
    const before = (await quarantined()).length;
    expect(await h.postAlerts(validAlert({ imiId: 'IMI-T-401' }), 'wrong-token-wrong-token')).toEqual({ status: 401, body: { error: 'unauthorized' } });
    const res = await fetch(`${h.base}/api/alerts`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    expect(await h.desk.cases.get('IMI-T-401')).toBeUndefined();
    expect((await quarantined()).length).toBe(before);
  });

  it('takes the Bearer scheme in any case (RFC 7235), and still only the right token', async () => {
    const post = (authorization: string, imiId: string) => fetch(`${h.base}/api/alerts`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(validAlert({ imiId })) });
    for (const [scheme, i] of [['bearer', 1], ['BEARER', 2], ['BeArEr', 3]] as const) {
      const res = await post(`${scheme} ${INGEST_TOKEN}`, `IMI-T-CASE-${i}`);
      expect(res.status, scheme).toBe(202);
    }
    for (const authorization of [`bearer ${INGEST_TOKEN}x`, `bearer${INGEST_TOKEN}`, `Basic ${INGEST_TOKEN}`, INGEST_TOKEN, `bearer  `, `Bearerx ${INGEST_TOKEN}`]) {
      expect((await post(authorization, 'IMI-T-CASE-NO')).status, authorization).toBe(401);
    }
    expect(await h.desk.cases.get('IMI-T-CASE-NO')).toBeUndefined();
  });

  it('refuses a body over INGEST_MAX_BYTES with 413 and the limit', async () => {
    const res = await h.postAlerts({ alerts: Array.from({ length: 40 }, (_, i) => validAlert({ imiId: `IMI-BIG-${i}` })) });
    expect(res).toEqual({ status: 413, body: { error: 'too large', limit: 20000 } });
    expect(await h.desk.cases.get('IMI-BIG-0')).toBeUndefined();
  });

  it('answers 400 with a hint for a body that is not JSON, and keeps it raw in quarantine', async () => {
    const res = await h.postAlerts('{"imiId": "IMI-BROKEN", ');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/not JSON/);
    expect(res.body.hint).toBeTruthy();
    expect((await quarantined()).some((q) => q.raw === '{"imiId": "IMI-BROKEN", ')).toBe(true);
  });

  it('answers 400 for a body that is not UTF-8 (RFC 8259), rather than storing names with replaced letters', async () => {
    const latin1 = Buffer.from(JSON.stringify(validAlert({ imiId: 'IMI-T-LATIN1' })), 'latin1');
    const res = await fetch(`${h.base}/api/alerts`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST_TOKEN}` }, body: latin1 });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; hint: string };
    expect(body.error).toMatch(/not UTF-8/);
    expect(body.hint).toBeTruthy();
    expect(await h.desk.cases.get('IMI-T-LATIN1')).toBeUndefined();
    expect((await quarantined()).some((q) => q.raw.includes('IMI-T-LATIN1') && /UTF-8/.test(q.errors[0]?.message ?? ''))).toBe(true);
  });

  it('reads an alert with an unknown property named "alerts" as one alert, not as a list', async () => {
    const res = await h.postAlerts(validAlert({ imiId: 'IMI-T-ALERTSPROP', alerts: 'see the attachment' }));
    expect(res).toEqual({ status: 202, body: { accepted: ['IMI-T-ALERTSPROP'], rejected: [] } });
    expect((await h.desk.cases.get('IMI-T-ALERTSPROP'))?.case.alert).toMatchObject({ alerts: 'see the attachment' });
    const listed = await h.postAlerts(validAlert({ imiId: 'IMI-T-ALERTSLIST', alerts: ['a note'] }));
    expect(listed.body.accepted).toEqual(['IMI-T-ALERTSLIST']);
    const invalid = await h.postAlerts(validAlert({ imiId: 'IMI-T-ALERTSBAD', sendingCountry: 'se', alerts: 3 }));
    expect(invalid).toMatchObject({ status: 202, body: { accepted: [], rejected: [{ index: 0, imiId: 'IMI-T-ALERTSBAD' }] } });
    // An invalid alert carrying a list under "alerts" is still that alert: rejected and quarantined, not read as
    // a wrapper whose own fields vanish (it was answered 202 with nothing accepted and nothing rejected).
    const wrapped = await h.postAlerts(validAlert({ imiId: 'IMI-T-ALERTSARR', sendingCountry: 'se', alerts: [] }));
    expect(wrapped).toMatchObject({ status: 202, body: { accepted: [], rejected: [{ index: 0, imiId: 'IMI-T-ALERTSARR', errors: [{ path: 'sendingCountry' }] }] } });
    expect((await quarantined()).some((q) => q.raw.includes('IMI-T-ALERTSARR'))).toBe(true);
    const partial = await h.postAlerts({ imiId: 'IMI-T-OUTER', alerts: [validAlert({ imiId: 'IMI-T-INNER' })] });
    expect(partial.body).toMatchObject({ accepted: [], rejected: [{ index: 0, imiId: 'IMI-T-OUTER' }] });
    expect(await h.desk.cases.get('IMI-T-INNER')).toBeUndefined();
    expect((await quarantined()).some((q) => q.raw.includes('IMI-T-OUTER') && q.raw.includes('IMI-T-INNER'))).toBe(true);
  });

  it('answers 400 for JSON of another shape, and keeps it in quarantine', async () => {
    for (const body of ['"hello"', '42', 'null', '{"hello":"world"}', '{"alerts": {"imiId": "x"}}']) {
      const res = await h.postAlerts(body);
      expect(res.status, body).toBe(400);
      expect((await quarantined()).some((q) => q.raw === body), body).toBe(true);
    }
  });

  it('accepts a mixed list with 202, names each invalid alert by index and field path, and quarantines it', async () => {
    const bad = validAlert({ imiId: 'IMI-T-BAD', sendingCountry: 'Sweden' });
    delete (bad.professional as Record<string, unknown>).familyName;
    const res = await h.postAlerts({ alerts: [validAlert({ imiId: 'IMI-T-1' }), bad, 7, validAlert({ imiId: 'IMI-T-2', extra: 'kept' })] });
    expect(res.status).toBe(202);
    expect(res.body.accepted).toEqual(['IMI-T-1', 'IMI-T-2']);
    const rejected = res.body.rejected as { index: number; imiId: string | null; errors: { path: string; message: string }[] }[];
    expect(rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(rejected[0]).toMatchObject({ imiId: 'IMI-T-BAD' });
    expect(rejected[1]).toEqual({ index: 2, imiId: null, errors: [{ path: '(root)', message: 'must be an object, got number' }] });
    expect(rejected[0]!.errors).toEqual(expect.arrayContaining([{ path: 'professional.familyName', message: 'required' }, expect.objectContaining({ path: 'sendingCountry' })]));
    const q = await quarantined();
    expect(q.some((e) => e.imiId === 'IMI-T-BAD' && e.index === 1)).toBe(true);
    expect(q.some((e) => e.raw === '7' && e.index === 2)).toBe(true);
    expect((await h.desk.cases.get('IMI-T-2'))?.case.alert).toMatchObject({ extra: 'kept' });
  });

  it('accepts an empty list and an all-invalid list with 202', async () => {
    expect(await h.postAlerts([])).toEqual({ status: 202, body: { accepted: [], rejected: [] } });
    const res = await h.postAlerts([{ imiId: 'IMI-T-ALLBAD' }]);
    expect(res.status).toBe(202);
    expect((res.body.rejected as unknown[]).length).toBe(1);
  });

  it('names the imiId of every rejected alert, null when it is missing or not a string', async () => {
    const noId = validAlert();
    delete noId.imiId;
    const res = await h.postAlerts([noId, validAlert({ imiId: 42 }), null, validAlert({ imiId: '', sendingCountry: 'se' })]);
    expect(res.status).toBe(202);
    const rejected = res.body.rejected as Record<string, unknown>[];
    expect(rejected.map((r) => [r.index, r.imiId])).toEqual([[0, null], [1, null], [2, null], [3, '']]);
    for (const r of rejected) expect(Object.keys(r)).toEqual(['index', 'imiId', 'errors']);
  });

  it('is idempotent by imiId: the same content again changes nothing', async () => {
    await h.postAlerts(validAlert({ imiId: 'IMI-T-IDEM' }));
    await h.settle();
    const first = await h.desk.cases.get('IMI-T-IDEM');
    const again = await h.postAlerts(validAlert({ imiId: 'IMI-T-IDEM' }));
    expect(again.body.accepted).toEqual(['IMI-T-IDEM']);
    const second = await h.desk.cases.get('IMI-T-IDEM');
    expect(second?.journal.length).toBe(first?.journal.length);
    expect(second?.case.version).toBe(first?.case.version);
  });

  it('treats different content for a known imiId as an update, journals the changed fields', async () => {
    await h.postAlerts(validAlert({ imiId: 'IMI-T-UPD', sentAt: '2025-11-03T09:00:00Z' }));
    await h.postAlerts(validAlert({ imiId: 'IMI-T-UPD', event: 'update', sentAt: '2025-11-05T09:00:00Z', profession: 'nurse' }));
    const rec = await h.desk.cases.get('IMI-T-UPD');
    expect(rec?.case.alert.profession).toBe('nurse');
    expect(rec?.journal.at(-1)).toMatchObject({ action: 'imi_update', data: { fields: expect.arrayContaining(['event', 'profession', 'sentAt']) } });
  });

  it('journals an older event without letting it override the newer state', async () => {
    await h.postAlerts(validAlert({ imiId: 'IMI-T-OLD', event: 'update', sentAt: '2025-11-10T09:00:00Z', profession: 'dentist' }));
    await h.postAlerts(validAlert({ imiId: 'IMI-T-OLD', sentAt: '2025-11-01T09:00:00Z', profession: 'doctor' }));
    const rec = await h.desk.cases.get('IMI-T-OLD');
    expect(rec?.case.alert.profession).toBe('dentist');
    expect(rec?.journal.at(-1)?.action).toBe('imi_event_older_ignored');
  });

  it('compares sentAt as instants whatever RFC 3339 spelling each event uses, leap seconds included', async () => {
    await h.postAlerts(validAlert({ imiId: 'IMI-T-SPELL', sentAt: '2026-11-20 10:00:00+01', profession: 'dentist' }));
    expect((await h.desk.cases.get('IMI-T-SPELL'))?.case.alert.sentAt).toBe('2026-11-20T10:00:00+01:00');
    await h.postAlerts(validAlert({ imiId: 'IMI-T-SPELL', event: 'update', sentAt: '2026-11-20t08:30:00z', profession: 'doctor' }));
    expect((await h.desk.cases.get('IMI-T-SPELL'))?.journal.at(-1)?.action).toBe('imi_event_older_ignored');
    await h.postAlerts(validAlert({ imiId: 'IMI-T-SPELL', event: 'update', sentAt: '2026-11-20T09:30:00Z', profession: 'nurse' }));
    expect((await h.desk.cases.get('IMI-T-SPELL'))?.case.alert.profession).toBe('nurse');

    await h.postAlerts(validAlert({ imiId: 'IMI-T-LEAP', sentAt: '2017-01-01T00:59:60+01:00', profession: 'dentist' }));
    await h.postAlerts(validAlert({ imiId: 'IMI-T-LEAP', event: 'update', sentAt: '2016-12-31T23:59:59Z', profession: 'doctor' }));
    expect((await h.desk.cases.get('IMI-T-LEAP'))?.case.alert.profession).toBe('dentist');
    await h.postAlerts(validAlert({ imiId: 'IMI-T-LEAP', event: 'update', sentAt: '2017-01-01T00:00:00Z', profession: 'nurse' }));
    expect((await h.desk.cases.get('IMI-T-LEAP'))?.case.alert.profession).toBe('nurse');
  });

  it('stores an update or withdrawal for an unknown imiId, flagged out of order; a withdrawal is kept, never deleted', async () => {
    await h.postAlerts(validAlert({ imiId: 'IMI-T-OOO', event: 'update' }));
    expect((await h.desk.cases.get('IMI-T-OOO'))?.case.outOfOrder).toBe(true);
    await h.postAlerts(validAlert({ imiId: 'IMI-T-WD', event: 'withdrawal' }));
    const wd = await h.desk.cases.get('IMI-T-WD');
    expect(wd?.case).toMatchObject({ outOfOrder: true, state: 'withdrawn' });
  });

  it('keeps an unknown property named __proto__ at every level of the stored alert, as an own property', async () => {
    const res = await h.postAlerts(JSON.stringify(protoAlert('IMI-T-PROTO')));
    expect(res).toEqual({ status: 202, body: { accepted: ['IMI-T-PROTO'], rejected: [] } });
    const alert = (await h.desk.cases.get('IMI-T-PROTO'))?.case.alert as unknown as { professional: object; decision: object; extra: object };
    const own = (o: object) => Object.getOwnPropertyDescriptor(o, '__proto__')?.value;
    expect([own(alert), own(alert.professional), own(alert.decision), own(alert.extra)]).toEqual([{ polluted: 1 }, 'kept', null, { deep: true }]);
    expect(Object.getPrototypeOf(alert)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
