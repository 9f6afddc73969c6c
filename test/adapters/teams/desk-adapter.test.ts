import type { Activity, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DeskAdapter } from '../../../src/adapters/teams/desk-adapter.js';
import { channelAuthWith, fixedOutboundCredentials, startTokenIssuer } from '../../support/bot-tokens.js';

/** An adapter without authentication whose connector factory counts the clients it builds. */
function adapterCountingConnectors() {
  const adapter = new DeskAdapter({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' });
  const auth = (adapter as unknown as { botFrameworkAuthentication: { authenticateRequest: (a: Activity, h: string) => Promise<{ connectorFactory?: { create: (u: string, a?: string) => Promise<unknown> } }> } }).botFrameworkAuthentication;
  const real = auth.authenticateRequest.bind(auth);
  const built: string[] = [];
  let failNext = false;
  auth.authenticateRequest = async (activity, header) => {
    const result = await real(activity, header);
    const factory = result.connectorFactory!;
    const create = factory.create.bind(factory);
    factory.create = async (serviceUrl, audience) => {
      built.push(serviceUrl);
      if (failNext) { failNext = false; throw new Error('token endpoint unreachable'); }
      return create(serviceUrl, audience);
    };
    return result;
  };
  return { adapter, built, failOnce: () => { failNext = true; } };
}

function message(serviceUrl: string): Activity {
  return { type: 'message', id: '1', text: 'hjelp', channelId: 'msteams', serviceUrl, from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } } as Activity;
}

describe('DeskAdapter', () => {
  it('builds one Bot Connector client per service URL and reuses it for every turn', async () => {
    const { adapter, built } = adapterCountingConnectors();
    const clients: unknown[] = [];
    const tokenClients: unknown[] = [];
    const logic = async (ctx: TurnContext) => {
      clients.push(ctx.turnState.get(adapter.ConnectorClientKey));
      tokenClients.push(ctx.turnState.get(adapter.UserTokenClientKey));
    };
    await adapter.processInbound('', message('https://smba.example/emea/'), logic);
    await adapter.processInbound('', message('https://smba.example/emea/'), logic);
    await adapter.processInbound('', message('https://smba.example/amer/'), logic);
    expect(built).toEqual(['https://smba.example/emea/', 'https://smba.example/amer/']);
    expect(clients[0]).toBe(clients[1]);
    expect(clients[2]).not.toBe(clients[0]);
    expect(tokenClients[0]).toBeDefined();
    expect(new Set(tokenClients).size).toBe(1);
  });

  it('does not keep a client that failed to build: the next turn builds it again', async () => {
    const { adapter, built, failOnce } = adapterCountingConnectors();
    failOnce();
    await expect(adapter.processInbound('', message('https://smba.example/emea/'), async () => undefined)).rejects.toThrow(/token endpoint/);
    await adapter.processInbound('', message('https://smba.example/emea/'), async () => undefined);
    expect(built).toHaveLength(2);
  });
});

describe('DeskAdapter with Bot Framework authentication', () => {
  const APP_ID = '0e6c3f58-9b1e-4c8e-8f53-2b8f4e1d2a33';
  const URL_A = 'https://smba.example/emea/';

  async function authenticatingAdapter() {
    const issuer = await startTokenIssuer();
    const adapter = new DeskAdapter({
      MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant-0001', ...channelAuthWith(issuer.metadataUrl),
    }, fixedOutboundCredentials(APP_ID, 'outbound') as never);
    const auth = (adapter as unknown as { botFrameworkAuthentication: { authenticateRequest: (a: Activity, h: string) => Promise<unknown> } }).botFrameworkAuthentication;
    const real = auth.authenticateRequest.bind(auth);
    let checks = 0;
    auth.authenticateRequest = async (activity, header) => { checks += 1; return real(activity, header); };
    return { adapter, issuer, checks: () => checks };
  }

  it('checks a token once and takes it again for the same service URL while it is valid; a refused one is never kept', async () => {
    const { adapter, issuer, checks } = await authenticatingAdapter();
    try {
      const token = `Bearer ${issuer.mint(APP_ID, URL_A)}`;
      for (let i = 0; i < 3; i++) await adapter.processInbound(token, message(URL_A), async () => undefined);
      expect(checks()).toBe(1);
      // The same token for another service URL is checked, and refused: its serviceurl claim names URL_A.
      for (let i = 0; i < 2; i++) await expect(adapter.processInbound(token, message('https://evil.example/'), async () => undefined)).rejects.toThrow(/ServiceUrl/);
      expect(checks()).toBe(3);
      const forged = `Bearer ${issuer.mint('another-app', URL_A)}`;
      for (let i = 0; i < 2; i++) await expect(adapter.processInbound(forged, message(URL_A), async () => undefined)).rejects.toThrow(/AppId/);
      expect(checks()).toBe(5);
    } finally {
      await issuer.stop();
    }
  });

  it('checks a token again once it has expired', async () => {
    const { adapter, issuer, checks } = await authenticatingAdapter();
    try {
      const token = `Bearer ${issuer.mint(APP_ID, URL_A, { exp: Math.floor(Date.now() / 1000) + 2 })}`;
      await adapter.processInbound(token, message(URL_A), async () => undefined);
      await adapter.processInbound(token, message(URL_A), async () => undefined);
      expect(checks()).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      // Within the library's 5 minutes of clock tolerance it still passes, but it is checked again.
      await adapter.processInbound(token, message(URL_A), async () => undefined);
      expect(checks()).toBe(2);
    } finally {
      await issuer.stop();
    }
  });
});
