import type { Case } from './case.js';
import type { CaseCommand, Refusal } from './case-commands.js';
import { refuse } from './case-commands.js';

/** Card-independent rules on a step's inputs; shapes and lengths are checked earlier by the card's schema. */
export function validateInputs(c: Case, cmd: CaseCommand, today: string): Refusal | undefined {
  switch (cmd.verb) {
    case 'confirmMatch':
      if (!c.screening?.candidates.some((k) => k.hprNumber === cmd.hprNumber)) return refuse('invalid_input', { field: 'hprNumber', rule: 'not_a_candidate' });
      return undefined;
    case 'requestInfo':
      if (cmd.requestedOn > today) return refuse('invalid_input', { field: 'requestedOn', rule: 'in_future' });
      if (cmd.dueOn !== undefined && cmd.dueOn < cmd.requestedOn) return refuse('invalid_input', { field: 'dueOn', rule: 'before_requested' });
      return undefined;
    case 'infoReceived':
      if (cmd.receivedOn > today) return refuse('invalid_input', { field: 'receivedOn', rule: 'in_future' });
      if (c.info?.requestedOn && cmd.receivedOn < c.info.requestedOn) return refuse('invalid_input', { field: 'receivedOn', rule: 'before_requested' });
      return undefined;
    default:
      return undefined;
  }
}
