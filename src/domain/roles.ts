import type { Department } from './case-state.js';

export const ROLES = ['registry', 'supervision', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who pressed or wrote: the Entra object id is the identity; the name is only for display. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/** Roles that may see identity data, in a view for them alone (spec/case-states.md, Permissions). */
export function maySeeIdentity(actor: Actor): boolean {
  return hasRole(actor, 'registry') || hasRole(actor, 'supervision') || hasRole(actor, 'leader');
}

/** Roles that may use the chat commands `status`, `mine`, `overdue`, `open`. */
export function mayQueryCases(actor: Actor): boolean {
  return maySeeIdentity(actor);
}

export function officerRoleOf(department: Department): Role {
  return department;
}
