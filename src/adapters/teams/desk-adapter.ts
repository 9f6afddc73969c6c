import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';

/** Service URLs a bot talks to are a handful of Teams regions; past this many something is wrong, so start over. */
const MAX_CACHED_CONNECTORS = 100;

/**
 * Teams sends the same token with every activity for most of its hour. One that passed the check (signature,
 * issuer, audience, service URL, endorsement) is taken again for the same service URL and channel until it
 * expires, but for at most this long, so that a signing key withdrawn by the Bot Framework stops counting soon.
 */
const VERIFIED_TOKEN_REUSE_MS = 5 * 60_000;
const MAX_VERIFIED_TOKENS = 1_000;

type AuthResult = Awaited<ReturnType<TeamsAdapter['botFrameworkAuthentication']['authenticateRequest']>>;

/** The bot's app id in a token's claims: v1 tokens name it in `appid`, v2 tokens in `azp`; without authentication neither. */
function appIdOf(claims: readonly { type: string; value: string }[]): string {
  return claims.find((c) => c.type === 'appid' || c.type === 'azp')?.value ?? '';
}

/**
 * TeamsAdapter with the one thing our HTTP layer needs that the library keeps protected: processing an
 * already parsed activity, so that authentication failures can be answered 401 (the stock `process`
 * answers some, such as a bad signature, with 500 and the error text).
 *
 * It also reuses the Bot Connector client of a turn: the library builds a new one (an HTTP pipeline of a
 * dozen policies, with its credentials) for every incoming activity, which measured as the largest single
 * cost of a card button press. A client depends only on the bot's app id, the audience and the service URL,
 * and its credentials fetch and renew their own tokens, so one per such triple serves every turn; likewise
 * one user token client per app id.
 */
export class DeskAdapter extends TeamsAdapter {
  private readonly connectors = new Map<string, Promise<unknown>>();
  private readonly verified = new Map<string, { readonly until: number; readonly result: AuthResult }>();

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // The user token client is built for every turn too, from the app id and configuration alone.
    const auth = this.botFrameworkAuthentication;
    const create = auth.createUserTokenClient.bind(auth);
    auth.createUserTokenClient = (identity) => {
      return this.connector(`user-token\n${appIdOf(identity.claims)}`, () => create(identity));
    };
  }

  async processInbound(authHeader: string, activity: Activity, logic: (ctx: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    const auth = await this.authenticate(activity, authHeader);
    const inner = auth.connectorFactory;
    if (!inner) return this.processActivity(auth, activity, logic);
    const appId = appIdOf(auth.claimsIdentity.claims);
    const reusing: typeof inner = Object.create(inner) as typeof inner;
    reusing.create = (serviceUrl, audience) => this.connector(`${appId}\n${audience ?? ''}\n${serviceUrl}`, () => inner.create(serviceUrl, audience));
    return this.processActivity({ ...auth, connectorFactory: reusing }, activity, logic);
  }

  /**
   * The library's check of the activity's token, done once per token, service URL and channel while the token
   * is valid (see VERIFIED_TOKEN_REUSE_MS): verifying the RS256 signature, with the key parsed anew each time,
   * cost about a third of the CPU of a button press. Only tokens that passed are kept.
   */
  private async authenticate(activity: Activity, authHeader: string): Promise<AuthResult> {
    if (!authHeader) return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    const key = `${activity.channelId ?? ''}\n${activity.serviceUrl ?? ''}\n${authHeader}`;
    const now = Date.now();
    const known = this.verified.get(key);
    if (known && known.until > now) return known.result;
    const result = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    const expires = Number(result.claimsIdentity.getClaimValue('exp')) * 1000;
    if (Number.isFinite(expires) && expires > now) {
      if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.clear();
      this.verified.set(key, { until: Math.min(expires, now + VERIFIED_TOKEN_REUSE_MS), result });
    } else {
      this.verified.delete(key);
    }
    return result;
  }

  private connector<T>(key: string, create: () => Promise<T>): Promise<T> {
    const cached = this.connectors.get(key) as Promise<T> | undefined;
    if (cached) return cached;
    if (this.connectors.size >= MAX_CACHED_CONNECTORS) this.connectors.clear();
    const created = create();
    this.connectors.set(key, created);
    // A failure is not kept: the next turn tries again.
    created.catch(() => {
      if (this.connectors.get(key) === created) this.connectors.delete(key);
    });
    return created;
  }
}

export type CredentialsFactory = ConstructorParameters<typeof TeamsAdapter>[1];
