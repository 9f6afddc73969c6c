import type { Activity, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DeskAdapter } from '../../../src/adapters/teams/desk-adapter.js';

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
