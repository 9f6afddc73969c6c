/** The matching engine's public facade: the bot, the batch command and the re-screening job import from here. */
export type {
  Authorisation, RegisterPerson, AlertIdentity, ScreeningOutcome, ScreeningCandidate, ScreeningResult, RegisterIndex, RegisterDiff,
} from './types.js';
export { parseRegisterLine } from './register-line.js';
export { buildRegisterIndex, InMemoryRegisterIndex, MAX_CANDIDATES, type DetailedScreening } from './register-index.js';
export { diffRegister, samePerson } from './register-diff.js';
export { buildAlertIndex, rescreenChanged, type AlertIndex } from './alert-index.js';
export { linkSamePerson } from './link-alerts.js';
export { REASON_CODES, REASON_CODE_LIST, type ReasonCode } from './reason-codes.js';
export { jaroWinkler, osaDistance } from './string-metrics.js';
