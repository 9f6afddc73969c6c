import { z } from 'zod';

/**
 * The incoming IMI alert, as spec/imi-alert.schema.json defines it. That JSON Schema is the contract; this
 * zod schema must accept and reject exactly the same documents (test/domain/alert-schema.test.ts runs both
 * over the same samples). Unknown properties are kept at every level (`passthrough`).
 */
const isoDate = z.string().date('must be a date YYYY-MM-DD');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1 alpha-2)');

const professionalSchema = z
  .object({
    familyName: z.string().min(1, 'must not be empty'),
    givenNames: z.string().min(1, 'must not be empty'),
    formerFamilyNames: z.array(z.string()).optional(),
    dateOfBirth: isoDate,
    placeOfBirth: z.string().optional(),
    nationalities: z.array(country).optional(),
  })
  .passthrough();

const decisionSchema = z
  .object({
    measure: z.enum(['prohibition', 'restriction', 'suspension', 'falsified_diploma_finding']),
    decidedOn: isoDate,
    validFrom: isoDate.nullable().optional(),
    validUntil: isoDate.nullable().optional(),
    summary: z.string().optional(),
  })
  .passthrough();

export const alertSchema = z
  .object({
    imiId: z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
    type: z.enum(['restriction', 'falsified_diploma']),
    event: z.enum(['new', 'update', 'withdrawal']),
    sentAt: z.string().datetime({ offset: true, message: 'must be a date-time with a time zone (RFC 3339)' }),
    sendingCountry: country,
    sendingAuthority: z.string().optional(),
    profession: z.string(),
    professionalTitle: z.string().optional(),
    professional: professionalSchema,
    decision: decisionSchema,
  })
  .passthrough();

export type Alert = z.infer<typeof alertSchema>;
export type AlertType = Alert['type'];
export type AlertEvent = Alert['event'];

/** One problem in an alert: a dotted path (arrays by index) and what is wrong. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export type ParsedAlert = { ok: true; alert: Alert } | { ok: false; errors: FieldError[] };

/**
 * Validates one alert. A missing field is named by its own path with the message `required`;
 * every problem is listed, not just the first.
 */
export function parseAlert(value: unknown): ParsedAlert {
  const result = alertSchema.safeParse(value);
  if (result.success) return { ok: true, alert: result.data };
  return { ok: false, errors: result.error.issues.map(toFieldError) };
}

function toFieldError(issue: z.ZodIssue): FieldError {
  const path = issue.path.join('.');
  const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
  if (missing) return { path, message: 'required' };
  if (path === '') return { path: '(root)', message: issue.code === 'invalid_type' ? `must be an object, got ${issue.received}` : issue.message };
  return { path, message: issue.message };
}
