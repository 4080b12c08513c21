import { z } from "zod";
import { AUDIT_ACTION_GROUPS, TRANSITION_AUDIT_ACTIONS, type AuditAction } from "./audit-actions";

/*
 * Typed payloads for the audit actions that screens read, one schema per kind of entry. Objects are
 * loose: an entry written by an older version may carry more keys, and the hash covers the stored
 * JSON, so nothing is dropped. Other actions carry any JSON object.
 */

const anyPayload = z.record(z.string(), z.unknown());

/** A lifecycle transition (written by runTransition from the lifecycle's audit event). */
const transitionPayload = z.looseObject({
  from: z.string().optional(),
  to: z.string().optional(),
  version: z.number().optional(),
  actorKind: z.string().optional(),
  actorId: z.string().optional(),
  actorRole: z.string().optional(),
  assigneeId: z.string().nullable().optional(),
  previousAssigneeId: z.string().nullable().optional(),
  reason: z.string().optional(),
  reasonCode: z.string().optional(),
  reasonText: z.string().optional(),
  // request.refused, and request.completed with part refused: the last day to refuse (YYYY-MM-DD, the regime's refusal limit or the due date), whether the
  // refusal came after it, and the provision that sets it (null where a refusal is simply the response).
  refusalLimit: z.string().optional(),
  refusalLimitPassed: z.boolean().optional(),
  refusalLimitCite: z.string().nullable().optional(),
  dueDate: z.string().optional(),
  // request.completed with part refused (partial-refusal.ts): erasure_kept | access_withheld.
  partialRefusal: z.string().optional(),
  identityCheckMethod: z.string().optional(),
  identityCheckNote: z.string().nullable().optional(),
});

const submittedPayload = z.looseObject({
  reference: z.string(),
  type: z.string(),
  channel: z.string(),
  jurisdiction: z.string(),
  dueDate: z.string(),
  duplicateOf: z.string().nullable(),
});

/** Staff corrected the requester's residence, hence their regime, and the due dates that follow. */
const regimeCorrectedPayload = z.looseObject({
  reason: z.string(),
  from: z.object({ jurisdiction: z.string(), regime: z.string(), dueDate: z.string() }),
  to: z.object({ jurisdiction: z.string(), regime: z.string(), dueDate: z.string() }),
  controllerCountry: z.string(),
  /** The extension the first law allowed and the corrected one does not (LGPD, nFADP), with its reason. */
  extensionDropped: z.object({ reason: z.string().nullable() }).optional(),
  /** The answer became due earlier than the person was told: they were mailed the new date. */
  subjectTold: z.literal(true).optional(),
});

/** One fulfilment step's outcome. */
const taskPayload = z.looseObject({
  taskId: z.string(),
  operation: z.string(),
  systemId: z.string().nullable().optional(),
  summary: anyPayload.optional(),
  error: z.string().optional(),
  attempts: z.number().optional(),
  because: z.string().optional(),
});

/** A decision at a gate: the gate's task and the decision's summary (free of personal data). */
const gatePayload = z.looseObject({ taskId: z.string() });

const SUBMITTED = ["request.submitted"] as const;
const REGIME_CORRECTED = ["request.regime_corrected"] as const;

type TransitionAction = (typeof TRANSITION_AUDIT_ACTIONS)[number];
type SubmittedAction = (typeof SUBMITTED)[number];
type RegimeCorrectedAction = (typeof REGIME_CORRECTED)[number];
type TaskAction = (typeof AUDIT_ACTION_GROUPS.task)[number];
type GateAction = (typeof AUDIT_ACTION_GROUPS.gate)[number];

/** What a use case passes as the payload of action A. */
export type AuditPayloadInput<A extends AuditAction> = A extends TransitionAction
  ? z.input<typeof transitionPayload>
  : A extends SubmittedAction
    ? z.input<typeof submittedPayload>
    : A extends RegimeCorrectedAction
      ? z.input<typeof regimeCorrectedPayload>
      : A extends TaskAction
        ? z.input<typeof taskPayload>
        : A extends GateAction
          ? z.input<typeof gatePayload>
          : Record<string, unknown>;

const has = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** The schema an entry's payload is checked against, when written and when read. */
export function auditPayloadSchema(action: AuditAction): z.ZodType<Record<string, unknown>> {
  if (has(TRANSITION_AUDIT_ACTIONS, action)) return transitionPayload;
  if (has(SUBMITTED, action)) return submittedPayload;
  if (has(REGIME_CORRECTED, action)) return regimeCorrectedPayload;
  if (has(AUDIT_ACTION_GROUPS.task, action)) return taskPayload;
  if (has(AUDIT_ACTION_GROUPS.gate, action)) return gatePayload;
  return anyPayload;
}

type Typed<K extends string, A extends string, P> = { kind: K; action: A; payload: P };

/** A stored entry, read: discriminated by `kind`, with the payload typed for the kinds screens use. */
export type ParsedAuditEntry =
  | Typed<"transition", TransitionAction, z.output<typeof transitionPayload>>
  | Typed<"submitted", SubmittedAction, z.output<typeof submittedPayload>>
  | Typed<"task", TaskAction, z.output<typeof taskPayload>>
  | Typed<"gate", GateAction, z.output<typeof gatePayload>>
  | Typed<"other", string, Record<string, unknown>>;

/**
 * Reads a stored action and payload. An action outside the catalogue, or a payload that no longer
 * fits its schema (written before the schema existed), comes back as kind "other" with the payload
 * as an object (empty if it was not one).
 */
export function parseAuditEntry(stored: { action: string; payload: unknown }): ParsedAuditEntry {
  const { action, payload } = stored;
  const other: ParsedAuditEntry = { kind: "other", action, payload: anyPayload.catch({}).parse(payload) };
  const typed = <K extends string, A extends string, P>(kind: K, a: A, schema: z.ZodType<P>) => {
    const parsed = schema.safeParse(payload);
    return parsed.success ? { kind, action: a, payload: parsed.data } : other;
  };
  if (has(TRANSITION_AUDIT_ACTIONS, action)) return typed("transition", action, transitionPayload);
  if (has(SUBMITTED, action)) return typed("submitted", action, submittedPayload);
  if (has(AUDIT_ACTION_GROUPS.task, action)) return typed("task", action, taskPayload);
  if (has(AUDIT_ACTION_GROUPS.gate, action)) return typed("gate", action, gatePayload);
  return other;
}
