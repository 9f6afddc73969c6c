import type { Department } from '../../domain/case-state.js';

/** What a chat message asks for. Norwegian and English words; unknown text gets the help. */
export type ChatCommand =
  | { readonly kind: 'status'; readonly imiId: string }
  | { readonly kind: 'status_usage' }
  | { readonly kind: 'mine' }
  | { readonly kind: 'overdue' }
  | { readonly kind: 'open'; readonly department?: Department }
  | { readonly kind: 'connect'; readonly channel: 'registry' | 'supervision' | 'leadership' }
  | { readonly kind: 'digest' }
  | { readonly kind: 'help' };

const DEPARTMENTS: Record<string, Department> = { registry: 'registry', register: 'registry', registrering: 'registry', avd4: 'registry', supervision: 'supervision', tilsyn: 'supervision', avd2: 'supervision' };
const CHANNELS: Record<string, 'registry' | 'supervision' | 'leadership'> = { ...DEPARTMENTS, leadership: 'leadership', ledelse: 'leadership', leder: 'leadership' };

const PATTERNS: readonly { readonly re: RegExp; readonly make: (m: RegExpMatchArray) => ChatCommand }[] = [
  { re: /^status\s+(\S+)$/i, make: (m) => ({ kind: 'status', imiId: m[1]! }) },
  { re: /^status$/i, make: () => ({ kind: 'status_usage' }) },
  { re: /^(mine|mine saker|my|my cases|mine items)$/i, make: () => ({ kind: 'mine' }) },
  { re: /^(forfalt|forfalte|overdue)$/i, make: () => ({ kind: 'overdue' }) },
  { re: /^(åpne|apne|open)(?:\s+(\S+))?$/i, make: (m) => ({ kind: 'open', department: m[2] ? DEPARTMENTS[m[2].toLowerCase()] : undefined }) },
  { re: /^(?:koble til|connect)\s+(\S+)$/i, make: (m) => (CHANNELS[m[1]!.toLowerCase()] ? { kind: 'connect', channel: CHANNELS[m[1]!.toLowerCase()]! } : { kind: 'help' }) },
  { re: /^(oversikt|ukeoversikt|ukeoversikten|digest)$/i, make: () => ({ kind: 'digest' }) },
  { re: /^(hjelp|help|\?)$/i, make: () => ({ kind: 'help' }) },
];

/** Parses a chat message whose bot mention has already been removed. */
export function parseChatCommand(text: string): ChatCommand {
  const clean = text.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
  for (const p of PATTERNS) {
    const m = clean.match(p.re);
    if (m) return p.make(m);
  }
  return { kind: 'help' };
}
