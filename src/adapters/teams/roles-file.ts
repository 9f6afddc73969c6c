import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';
import type { Role } from '../../domain/roles.js';
import type { RoleDirectory } from '../../usecases/ports.js';

const roleList = z.array(z.enum(ROLES));
// An entry is the roles alone, or the roles with the name cards show for the officer (reassign list, holder, mentions).
const rolesFileSchema = z.record(z.string().min(1), z.union([roleList, z.object({ name: z.string().trim().min(1).max(200), roles: roleList }).strict()]));

export interface RoleEntry { readonly roles: readonly Role[]; readonly name?: string }

/**
 * Reads ROLES_FILE: `{"<Entra object id>": ["registry", ...]}` or `{"<Entra object id>": {"name": "Kari Nordmann",
 * "roles": ["registry"]}}`, the two forms mixed as needed. A bad file stops start-up, naming the problem.
 */
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
    throw new Error(`ROLES_FILE ${path}: ${problems}. Expected {"<Entra object id>": ["registry", "supervision", "leader", "admin"]} or {"<Entra object id>": {"name": "...", "roles": [...]}}`);
  }
  return roleDirectory(parsed.data);
}

/** A directory over entries in either form of the roles file. */
export function roleDirectory(map: Readonly<Record<string, readonly Role[] | RoleEntry>>): RoleDirectory {
  const entries = new Map(Object.entries(map).map(([id, entry]): [string, RoleEntry] => [id, Array.isArray(entry) ? { roles: entry } : (entry as RoleEntry)]));
  return {
    rolesOf: (id) => entries.get(id)?.roles ?? [],
    membersWith: (role) => [...entries].filter(([, e]) => e.roles.includes(role)).map(([id]) => id),
    nameOf: (id) => entries.get(id)?.name,
  };
}
