import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONFIG_KEYS, ConfigError, loadConfig } from '../src/config.js';

const minimal = { REGISTER_FILE: 'r.jsonl', ROLES_FILE: 'roles.json', INGEST_TOKEN: 'x'.repeat(16), JOURNAL_KEY: 'k'.repeat(32) };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig(minimal);
    expect(c).toMatchObject({ HOST: '127.0.0.1', PORT: 3978, STORE: 'embedded', DATA_DIR: './data', LOCALE: 'nb', TIME_ZONE: 'Europe/Oslo', INGEST_MAX_BYTES: 5 * 1024 * 1024, MICROSOFT_APP_ID: '' });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('lists every problem in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', LOCALE: 'de', TIME_ZONE: 'Mars/Olympus', STORE: 'cosmos', INGEST_TOKEN: 'short' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as Error).message;
      for (const key of ['PORT', 'LOCALE', 'TIME_ZONE', 'REGISTER_FILE', 'ROLES_FILE', 'INGEST_TOKEN', 'JOURNAL_KEY']) expect(text).toContain(key);
    }
  });

  it('refuses to run without Bot Framework authentication off loopback, and needs the Cosmos settings for STORE=cosmos', () => {
    expect(() => loadConfig({ ...minimal, HOST: '0.0.0.0' })).toThrow(/MICROSOFT_APP_ID: required when HOST/);
    expect(() => loadConfig({ ...minimal, STORE: 'cosmos' })).toThrow(/COSMOS_ENDPOINT: required when STORE=cosmos/);
    expect(() => loadConfig({ ...minimal, MICROSOFT_APP_ID: 'app' })).toThrow(/MICROSOFT_APP_PASSWORD/);
    expect(loadConfig({ ...minimal, HOST: '0.0.0.0', MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: 't' }).HOST).toBe('0.0.0.0');
  });

  it('env.sample lists every key the schema reads, each with a comment above it, and no other', () => {
    const lines = readFileSync(new URL('../env.sample', import.meta.url), 'utf8').split('\n');
    const listed = new Map<string, number>();
    lines.forEach((l, i) => { const m = /^#? ?([A-Z][A-Z0-9_]*)=/.exec(l); if (m) listed.set(m[1]!, i); });
    expect([...listed.keys()].sort()).toEqual([...CONFIG_KEYS].sort());
    for (const [key, i] of listed) {
      let j = i - 1;
      while (j >= 0 && /^#? ?[A-Z][A-Z0-9_]*=/.test(lines[j]!)) j--;
      expect(lines[j]?.startsWith('#') && !/^#? ?[A-Z][A-Z0-9_]*=/.test(lines[j]!), `${key} has a comment above it`).toBe(true);
    }
  });
});
