import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallerIdConstants } from 'botbuilder';

/** The issuer of the tokens the Bot Framework's channels (Teams) send with each activity. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

interface SigningKey { readonly kid: string; readonly privateKey: KeyObject; readonly jwk: Record<string, unknown> }

function signingKey(endorsements: readonly string[]): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  return { kid, privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kty: 'RSA', use: 'sig', kid, endorsements } };
}

const b64url = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/**
 * A loopback stand-in for the Bot Framework's OpenID metadata and signing keys, and the tokens Teams would
 * send: RS256 JWTs from `CHANNEL_ISSUER` for the bot's app id with the activity's service URL. The bot's own
 * validation (botframework-connector) checks them exactly as in production, only against these keys.
 */
export async function startTokenIssuer() {
  const teamsKey = signingKey(['msteams']);
  // Published, but endorsed for another channel only: a token signed with it must not pass for Teams.
  const otherChannelKey = signingKey(['webchat']);
  let metadataReads = 0;
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openidconfiguration') {
      metadataReads += 1;
      return res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${url}keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    }
    if (req.url === '/keys') return res.end(JSON.stringify({ keys: [teamsKey.jwk, otherChannelKey.jwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const unpublishedKey = signingKey(['msteams']);

  return {
    metadataUrl: `${url}.well-known/openidconfiguration`,
    get metadataReads() { return metadataReads; },
    /**
     * A token as Teams sends it, valid for an hour; `claims` and `key` override parts of it to forge one.
     * `key`: 'teams' (published, endorsed for msteams), 'other-channel' or 'unpublished'.
     */
    mint(appId: string, serviceUrl: string, claims: Record<string, unknown> = {}, key: 'teams' | 'other-channel' | 'unpublished' = 'teams'): string {
      const k = key === 'teams' ? teamsKey : key === 'other-channel' ? otherChannelKey : unpublishedKey;
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: 'RS256', typ: 'JWT', kid: k.kid, x5t: k.kid };
      const payload = { iss: CHANNEL_ISSUER, aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims };
      const signed = `${b64url(header)}.${b64url(payload)}`;
      const signature = createSign('RSA-SHA256').update(signed).sign(k.privateKey);
      return `${signed}.${b64url(signature)}`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The bot's authentication settings for the public cloud (botframework-connector's AuthenticationConstants)
 * with only the signing keys' address changed. Once one channel setting is given the library takes none of
 * its defaults, so every one is named here.
 */
export function channelAuthWith(metadataUrl: string): Record<string, string> {
  return {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: 'true',
  };
}

/**
 * Outgoing calls to the Bot Connector carry the bot's own token, which production gets from Entra ID with
 * the app's secret; offline, this factory hands out a fixed one, so the stand-in can see it was sent.
 */
export function fixedOutboundCredentials(appId: string, token: string) {
  return {
    isValidAppId: async (id: string) => id === appId,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => ({
      signRequest: async <T extends { headers: { set(name: string, value: string): void } }>(request: T) => {
        request.headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    }),
  };
}
