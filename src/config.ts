import { Cron } from 'croner';
import { z } from 'zod';

/**
 * Every setting, from the environment, through one schema. A bad or missing value stops start-up with one
 * message listing every problem (see `ConfigError`). `env.sample` documents each key.
 */
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const url = z.preprocess(emptyToUndefined, z.string().url('must be a URL').optional());
const int = (def: number, min: number) => z.preprocess(emptyToUndefined, z.coerce.number().int('must be a whole number').min(min).default(def));

const bool = (def: boolean) => z.preprocess(emptyToUndefined, z.enum(['true', 'false', '1', '0'], { message: 'must be true or false' }).default(def ? 'true' : 'false').transform((v) => v === 'true' || v === '1'));
const cron = (def: string) => z.preprocess(emptyToUndefined, z.string().default(def).refine(isCronPattern, 'must be a cron pattern such as "0 7 * * 1-5" (minute hour day month weekday)'));

const timeZone = z.string().refine((tz) => {
  try { new Intl.DateTimeFormat('en', { timeZone: tz }); return true; } catch { return false; }
}, 'must be an IANA time zone such as Europe/Oslo');

const schema = z.object({
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PORT: int(3978, 0).pipe(z.number().max(65535)),
  MICROSOFT_APP_ID: z.preprocess((v) => v ?? '', z.string()),
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant')),
  STORE: z.preprocess(emptyToUndefined, z.enum(['embedded', 'cosmos']).default('embedded')),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  COSMOS_ENDPOINT: url,
  COSMOS_AUTH: z.preprocess(emptyToUndefined, z.enum(['key', 'managed-identity']).default('key')),
  COSMOS_KEY: optionalString,
  COSMOS_DATABASE: z.preprocess(emptyToUndefined, z.string().default('imi-alert-desk')),
  COSMOS_MANAGED_IDENTITY_CLIENT_ID: optionalString,
  REGISTER_FILE: z.preprocess(emptyToUndefined, z.string({ required_error: 'required: path of the HPR snapshot (JSONL)' })),
  INGEST_TOKEN: z.preprocess(emptyToUndefined, z.string({ required_error: 'required: the bearer token alert senders use' }).min(16, 'must be at least 16 characters')),
  INGEST_MAX_BYTES: int(5 * 1024 * 1024, 1024),
  ROLES_FILE: z.preprocess(emptyToUndefined, z.string({ required_error: 'required: path of the roles JSON file' })),
  TEAMS_SERVICE_URL: url,
  REGISTRY_CHANNEL_ID: optionalString,
  SUPERVISION_CHANNEL_ID: optionalString,
  LEADERSHIP_CHANNEL_ID: optionalString,
  LOCALE: z.preprocess(emptyToUndefined, z.enum(['nb', 'en']).default('nb')),
  TIME_ZONE: z.preprocess(emptyToUndefined, timeZone.default('Europe/Oslo')),
  JOURNAL_KEY: z.preprocess(emptyToUndefined, z.string({ required_error: 'required: the secret that keys the journal hashes' }).min(32, 'must be at least 32 characters')),
  DEADLINE_POLICY_FILE: optionalString,
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  OUTBOX_POLL_MS: int(2000, 50),
  PUBLIC_BASE_URL: url,
  JOBS_ENABLED: bool(true),
  NOHIT_CARD_CRON: cron('0 7 * * 1-5'),
  REMINDER_CRON: cron('30 7 * * 1-5'),
  DIGEST_CRON: cron('0 8 * * 1'),
  CHECKPOINT_CRON: cron('30 23 * * *'),
  FULL_RESCREEN_CRON: cron('0 3 * * 0'),
  JOBS_DRY_RUN: bool(false),
  JOBS_MAX_PER_RUN: int(500, 1),
  REGISTER_POLL_MS: int(60_000, 0),
}).superRefine((c, ctx) => {
  if (c.STORE === 'cosmos' && !c.COSMOS_ENDPOINT) ctx.addIssue({ code: 'custom', path: ['COSMOS_ENDPOINT'], message: 'required when STORE=cosmos' });
  if (c.STORE === 'cosmos' && c.COSMOS_AUTH === 'key' && !c.COSMOS_KEY) ctx.addIssue({ code: 'custom', path: ['COSMOS_KEY'], message: 'required when COSMOS_AUTH=key' });
  if (c.MICROSOFT_APP_ID && !c.MICROSOFT_APP_PASSWORD && c.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'required when MICROSOFT_APP_ID is set (unless MICROSOFT_APP_TYPE=UserAssignedMSI)' });
  if (c.MICROSOFT_APP_ID && c.MICROSOFT_APP_TYPE === 'SingleTenant' && !c.MICROSOFT_APP_TENANT_ID) ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: 'required for a SingleTenant bot' });
  if (!c.MICROSOFT_APP_ID && !isLoopback(c.HOST)) ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_ID'], message: `required when HOST (${c.HOST}) is not loopback: without it Bot Framework authentication is off` });
});

export type Config = Readonly<z.infer<typeof schema>>;

/** Every configuration key, for the check that env.sample documents them all. */
export const CONFIG_KEYS: readonly string[] = Object.keys(schema.innerType().shape);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid; fix these settings and start again:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Whether croner, which runs the jobs, reads the pattern. */
function isCronPattern(pattern: string): boolean {
  try { new Cron(pattern, { paused: true }).stop(); return true; } catch { return false; }
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Reads the configuration; throws one ConfigError that lists every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message === 'Required' ? 'required' : i.message}`));
  }
  return Object.freeze(result.data);
}
