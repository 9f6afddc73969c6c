import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, REGISTRY_CHANNEL, startDesk } from '../support/desk-harness.js';
import { channelAuthWith, fixedOutboundCredentials, startTokenIssuer } from '../support/bot-tokens.js';
import { PEOPLE, REGISTER, alertAbout } from '../support/identity-fixtures.js';

describe('/api/messages with an app id set', () => {
  let h: DeskHarness;
  beforeAll(async () => {
    h = await startDesk({ register: [], env: { MICROSOFT_APP_ID: '0e6c3f58-9b1e-4c8e-8f53-2b8f4e1d2a33', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: 'tenant-0001' } });
  });
  afterAll(async () => { await h.stop(); });

  it('refuses an activity without a Bot Framework token with 401, and runs no logic', async () => {
    const res = await h.say(OFFICERS.registryA, 'status IMI-X');
    expect(res.status).toBe(401);
    expect(h.connector.calls).toHaveLength(0);
  });

  it('refuses a forged token with 401, not 500', async () => {
    const res = await fetch(`${h.base}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln' },
      body: JSON.stringify({ type: 'message', text: 'hjelp', channelId: 'msteams', serviceUrl: h.connector.url, from: { id: 'x' }, conversation: { id: 'c' }, recipient: { id: 'b' } }),
    });
    expect(res.status).toBe(401);
  });
});

describe('/api/messages with Bot Framework tokens, validated as in production against loopback signing keys', () => {
  const APP_ID = '0e6c3f58-9b1e-4c8e-8f53-2b8f4e1d2a33';
  let issuer: Awaited<ReturnType<typeof startTokenIssuer>>;
  let h: DeskHarness;
  let forge: ((serviceUrl: string) => string) | undefined;
  beforeAll(async () => {
    issuer = await startTokenIssuer();
    h = await startDesk({
      register: REGISTER,
      env: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: 'tenant-0001' },
      deskOptions: {
        botAuthOverrides: channelAuthWith(issuer.metadataUrl),
        credentialsFactory: fixedOutboundCredentials(APP_ID, 'outbound-token') as never,
      },
      authorize: (activity) => `Bearer ${forge ? forge(activity.serviceUrl) : issuer.mint(APP_ID, activity.serviceUrl)}`,
    });
    expect((await h.postAlerts(alertAbout(PEOPLE[0], 'IMI-AUTH-1'))).status).toBe(202);
    await h.settle();
  });
  afterAll(async () => { await h.stop(); await issuer.stop(); });

  it('accepts a chat message with a valid token and answers through the Bot Connector with the bot\'s own token', async () => {
    forge = undefined;
    expect((await h.say(OFFICERS.registryA, 'status IMI-AUTH-1')).status).toBe(200);
    const reply = h.connector.messagesTo(`a:personal-${OFFICERS.registryA.aadObjectId}`).at(-1)!;
    expect(String(reply.body.text)).toContain('IMI-AUTH-1: Mulig treff, må kontrolleres (to_verify)');
    expect(reply.authorization).toBe('Bearer outbound-token');
    expect(issuer.metadataReads).toBeGreaterThan(0);
  });

  it('accepts a card button with a valid token, answers with the card and updates the channel card', async () => {
    forge = undefined;
    const rec = (await h.desk.cases.get('IMI-AUTH-1'))!;
    const res = await h.invoke(OFFICERS.registryA, 'claim', { caseId: 'IMI-AUTH-1', version: rec.case.version }, rec.cards.registry!);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain(OFFICERS.registryA.name);
    await h.settle();
    const update = h.connector.updates().find((u) => u.conversationId === REGISTRY_CHANNEL && u.activityId === rec.cards.registry!.activityId);
    expect(update?.authorization).toBe('Bearer outbound-token');
  });

  it.each([
    ['for another bot', (url: string) => issuer.mint('another-app-id', url)],
    ['for another service URL', () => issuer.mint(APP_ID, 'https://smba.trafficmanager.net/evil/')],
    ['that has expired', (url: string) => issuer.mint(APP_ID, url, { iat: 1_600_000_000, nbf: 1_600_000_000, exp: 1_600_003_600 })],
    ['from another issuer', (url: string) => issuer.mint(APP_ID, url, { iss: 'https://sts.windows.net/other/' })],
    ['signed with a key that is not published', (url: string) => issuer.mint(APP_ID, url, {}, 'unpublished')],
    ['signed with a key endorsed for another channel only', (url: string) => issuer.mint(APP_ID, url, {}, 'other-channel')],
    ['whose signature was tampered with', (url: string) => `${issuer.mint(APP_ID, url).slice(0, -6)}AAAAAA`],
  ])('refuses a token %s with 401 and runs no logic', async (_, make) => {
    forge = make;
    const before = h.connector.calls.length;
    const journal = (await h.desk.cases.get('IMI-AUTH-1'))!.journal.length;
    expect((await h.say(OFFICERS.registryA, 'status IMI-AUTH-1')).status).toBe(401);
    const rec = (await h.desk.cases.get('IMI-AUTH-1'))!;
    expect((await h.invoke(OFFICERS.registryA, 'unclaim', { caseId: 'IMI-AUTH-1', version: rec.case.version }, rec.cards.registry!)).status).toBe(401);
    expect(h.connector.calls.length).toBe(before);
    expect((await h.desk.cases.get('IMI-AUTH-1'))!.journal.length).toBe(journal);
    forge = undefined;
  });
});

describe('/api/messages with a body that is not an activity', () => {
  let h: DeskHarness;
  beforeAll(async () => { h = await startDesk({ register: [] }); });
  afterAll(async () => { await h.stop(); });

  const post = (body: string) => fetch(`${h.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it.each([
    ['text that is not JSON', '{"type": "message", '],
    ['JSON without a type', '{"text": "hjelp"}'],
    ['a JSON scalar', '42'],
    ['an empty body', ''],
  ])('answers %s with 400 and runs no logic', async (_, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'expected a Bot Framework activity' });
    expect(h.connector.calls).toHaveLength(0);
  });

  it('refuses a body over 1 MB with 413 and the limit', async () => {
    const res = await post(JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'too large', limit: 1024 * 1024 });
  });
});
