import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRolesFile } from '../../../src/adapters/teams/roles-file.js';

const dir = mkdtempSync(join(tmpdir(), 'roles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (content: unknown): string => {
  const path = join(dir, `roles-${n++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('ROLES_FILE', () => {
  it('takes the roles alone and the roles with a name, mixed in one file', () => {
    const roles = loadRolesFile(file({
      'aad-1': ['registry'],
      'aad-2': { name: 'Kari Nordmann', roles: ['registry', 'leader'] },
      'aad-3': { name: '  Ola Nordmann ', roles: ['supervision'] },
    }));
    expect(roles.rolesOf('aad-2')).toEqual(['registry', 'leader']);
    expect(roles.rolesOf('aad-unknown')).toEqual([]);
    expect(roles.membersWith('registry')).toEqual(['aad-1', 'aad-2']);
    expect(roles.membersWith('leader')).toEqual(['aad-2']);
    expect(roles.nameOf('aad-2')).toBe('Kari Nordmann');
    expect(roles.nameOf('aad-3')).toBe('Ola Nordmann');
    expect(roles.nameOf('aad-1')).toBeUndefined();
  });

  it.each([
    ['an unknown role', { 'aad-1': ['boss'] }, /ROLES_FILE .*: aad-1/],
    ['an empty name', { 'aad-1': { name: ' ', roles: ['registry'] } }, /aad-1/],
    ['an entry without roles', { 'aad-1': { name: 'Kari' } }, /aad-1/],
    ['an unknown key beside name and roles', { 'aad-1': { name: 'Kari', roles: ['registry'], email: 'k@example.com' } }, /aad-1/],
    ['a list at the top', [['registry']], /\(file\)/],
    ['text that is not JSON', '{"aad-1": [registry]}', /cannot be read as JSON/],
  ])('stops start-up on %s, naming where', (_what, content, message) => {
    expect(() => loadRolesFile(file(content))).toThrow(message);
  });
});
