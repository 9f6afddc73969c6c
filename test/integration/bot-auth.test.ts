import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskHarness } from '../support/desk-harness.js';
import { OFFICERS, startDesk } from '../support/desk-harness.js';

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
