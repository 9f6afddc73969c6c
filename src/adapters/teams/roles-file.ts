import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';
import type { Role } from '../../domain/roles.js';
import type { RoleDirectory } from '../../usecases/ports.js';

const rolesFileSchema = z.record(z.string().min(1), z.array(z.enum(ROLES)));

/** Reads ROLES_FILE: `{"<Entra object id>": ["registry", ...]}`. A bad file stops start-up, naming the problem. */
export function loadRolesFile(path: string): RoleDirectory {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`ROLES_FILE ${path}: cannot be read as JSON (${(e as Error).message})`);
  }
  const parsed = rolesFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new Error(`ROLES_FILE ${path}: ${problems}. Expected {"<Entra object id>": ["registry", "supervision", "leader", "admin"]}`);
  }
  return roleDirectory(parsed.data);
}

export function roleDirectory(map: Readonly<Record<string, readonly Role[]>>): RoleDirectory {
  return {
    rolesOf: (id) => map[id] ?? [],
    membersWith: (role) => Object.entries(map).filter(([, roles]) => roles.includes(role)).map(([id]) => id),
  };
}
