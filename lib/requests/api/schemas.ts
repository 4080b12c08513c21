import { z } from "zod";
import { API_SCOPES } from "@/lib/auth/api-scopes";
import { isValidLocalDate, REGIMES, type RegimeCode } from "@/lib/domain/deadline";
import {
  CHANNELS,
  IDENTITY_CHECK_METHODS,
  REFUSAL_REASONS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  STAFF_INTAKE_CHANNELS,
} from "@/lib/domain/vocabulary";
import { intakeSchema } from "@/lib/requests/intake/intake-schema";
import { STAFF_TRANSITIONS } from "@/lib/requests/transitions/staff-transition-input";

/*
 * The REST API's shapes: the routes validate with them and the OpenAPI document (./openapi.ts) is
 * generated from them, so the reference cannot drift from what the server accepts. `.meta({ id })`
 * names a schema in the document's components.
 */

export const MAX_PAGE_SIZE = 200;
const UUID_EXAMPLE = "3f2b8c1e-6a4d-4f0e-9b1a-2c5d7e8f9a01";
// A real calendar date (2026-13-45 matches the pattern but is no date: the database would refuse it, a 500).
const date = z.string().refine((v) => isValidLocalDate(v) && !v.startsWith("0000"), "must be a date (YYYY-MM-DD)");
// Every regime a request can carry: a code outside it is a mistake to report, not a filter that finds nothing.
// The national laws first, then the US states' (as the docs list them).
const REGIME_CODES = (Object.keys(REGIMES) as RegimeCode[]).sort(
  (a, b) => Number(a.startsWith("US_")) - Number(b.startsWith("US_")),
) as [RegimeCode, ...RegimeCode[]];

export const requestIdParams = z.object({
  id: z.uuid({ error: "is not a request id" }).meta({ description: "The request's id.", example: UUID_EXAMPLE }),
});

export const localeQuery = z.object({
  locale: z.enum(["en", "fr"], { error: "must be en or fr" }).default("en").meta({
    description: "Language of the words returned (en or fr).",
  }),
});

export const listRequestsQuery = z
  .object({
    status: z
      .enum(["open", "all", ...REQUEST_STATUSES], {
        error: `must be open, all or one of ${REQUEST_STATUSES.join(", ")}`,
      })
      .default("open")
      .meta({ description: "`open` (default): every live status; `all`; or one status." }),
    type: z.enum(REQUEST_TYPES, { error: `must be one of ${REQUEST_TYPES.join(", ")}` }).optional(),
    regime: z
      .enum(REGIME_CODES, { error: `must be one of ${REGIME_CODES.join(", ")}` })
      .optional()
      .meta({
        description:
          "GDPR, UK_GDPR, CCPA, LGPD, PIPEDA, NFADP, or a US state's law as US_ and the state (US_TX, US_OR…). Any other code is refused (400).",
      }),
    overdue: z
      .enum(["true", "false"], { error: "must be true or false" })
      .optional()
      .transform((v) => v === "true")
      .meta({ description: "Only requests past their due date with the clock running (the queue's definition)." }),
    dueBefore: date.optional().meta({ description: "Only requests due before this date (YYYY-MM-DD)." }),
    assignee: z
      .union([z.uuid(), z.literal("unassigned")], { error: "must be a staff id or unassigned" })
      .optional()
      .meta({ description: "A staff member's id, or `unassigned`." }),
    cursor: z.string().max(200).optional().meta({ description: "`nextCursor` of the previous page." }),
    limit: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
      .default(50)
      .meta({ description: `Page size, 1 to ${MAX_PAGE_SIZE} (default 50).` }),
  })
  .strict();

export const requestSummary = z
  .object({
    id: z.uuid(),
    reference: z.string().meta({ example: "DSR-2026-000123" }),
    type: z.enum(REQUEST_TYPES),
    status: z.enum(REQUEST_STATUSES),
    regime: z.string().meta({ example: "GDPR" }),
    jurisdiction: z.string().meta({
      description:
        "Where the requester lives: an EU/EEA country, GB, US-CA or another US state with a privacy law, BR, CA, CH, or OTHER for any other country (the law of the controller's establishment then applies: GDPR Art. 3(1); not offered when that is a US state).",
      example: "FR",
    }),
    channel: z.enum(CHANNELS),
    receivedAt: z.iso.datetime().meta({ description: "UTC instant of receipt." }),
    dueDate: date.meta({ description: "Local date in the controller's time zone (`controllerTimeZone`)." }),
    controllerTimeZone: z.string().nullable(),
    clockStopped: z.boolean(),
    overdue: z.boolean(),
    assigneeId: z.uuid().nullable(),
    assigneeName: z.string().nullable(),
    duplicateOf: z.uuid().nullable(),
    version: z.number().int().meta({ description: "Send it back with a transition (optimistic concurrency)." }),
  })
  .meta({ id: "RequestSummary" });

export const requestList = z
  .object({
    data: z.array(requestSummary),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last." }),
  })
  .meta({ id: "RequestList" });

export const subjectFields = z
  .object({
    email: z.string(),
    fullName: z.string(),
    accountReference: z.string().nullable(),
    details: z.string().nullable(),
    specifics: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: "SubjectFields", description: "Only with the scope requests:read_subject; each read is audited." });

export const requestDetail = z
  .object({
    data: requestSummary.extend({
      firstDueDate: date,
      extendedDueDate: date.nullable(),
      extensionReason: z.string().nullable(),
      verifiedAt: z.iso.datetime().nullable(),
      closedAt: z.iso.datetime().nullable(),
      outcome: z.string().nullable(),
      refusalReasonCode: z.string().nullable(),
      locale: z.enum(["en", "fr"]),
      minimisedAt: z.iso.datetime().nullable(),
      allowedTransitions: z
        .array(z.string())
        .meta({ description: "The transitions the lifecycle allows now and this key's scopes permit." }),
      subject: subjectFields.nullable(),
    }),
  })
  .meta({ id: "RequestDetail" });

/** A request received by phone, letter or e-mail, with its real time of receipt (the legal clock). */
export const createStaffChannelRequestBody = z
  .object({
    ...intakeSchema.shape,
    channel: z.enum(STAFF_INTAKE_CHANNELS, { error: "choose phone, letter or email" }),
    receivedAt: z.iso
      .datetime({ offset: true, error: "must be an ISO 8601 date and time" })
      .meta({ description: "When the request reached the company (may be in the past; not in the future)." }),
    identityMethod: z.enum(IDENTITY_CHECK_METHODS, { error: "choose how the identity was checked" }).optional().meta({
      description: "How the identity was checked; the request is then filed verified and acknowledged.",
    }),
    identityNote: z.string().trim().max(1000, "must be at most 1000 characters").optional(),
  })
  .strict()
  .meta({ id: "StaffChannelRequest" });

export const createdRequest = z
  .object({
    data: z.object({
      id: z.uuid(),
      reference: z.string(),
      status: z.enum(REQUEST_STATUSES),
      dueDate: date,
      duplicateOf: z.uuid().nullable(),
      rightGranted: z.boolean().meta({
        description:
          "False when the law of the residence does not grant the right asked: the request is recorded all the same (it reached you and must be answered) and may be refused with reasonCode right_not_granted.",
      }),
    }),
  })
  .meta({ id: "CreatedRequest" });

/** A staff lifecycle action by name, at the version the caller last read. */
export const transitionBody = z
  .object({
    type: z.enum([...STAFF_TRANSITIONS, "verify_identity"], {
      error: `must be one of ${[...STAFF_TRANSITIONS, "verify_identity"].join(", ")}`,
    }),
    version: z
      .number({ error: (issue) => (issue.input === undefined ? "is required" : "must be a whole number") })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .meta({ description: "The request's current version." }),
    assigneeId: z.uuid().nullable().optional().meta({ description: "assign: the staff member, or null to unassign." }),
    message: z.string().max(5000).optional().meta({ description: "ask_subject: the question mailed to the subject." }),
    reason: z.string().max(2000).optional().meta({ description: "extend, reopen (required), withdraw (optional)." }),
    reasonCode: z.enum(REFUSAL_REASONS).optional().meta({ description: "refuse: the reason code." }),
    reasonText: z.string().max(5000).optional().meta({ description: "refuse: the reasons told to the subject." }),
    identityMethod: z.enum(IDENTITY_CHECK_METHODS).optional().meta({ description: "verify_identity: how." }),
    identityNote: z.string().max(1000).optional(),
  })
  .strict()
  .meta({ id: "Transition" });

export const transitionResult = z
  .object({ data: z.object({ id: z.uuid(), status: z.enum(REQUEST_STATUSES), version: z.number().int() }) })
  .meta({ id: "TransitionResult" });

export const messageBody = z
  .object({
    message: z
      .string()
      .max(5000, "must be at most 5000 characters")
      .meta({ example: "Could you confirm your customer number?" }),
  })
  .strict()
  .meta({ id: "Message" });

export const messageResult = z.object({ data: z.object({ messageId: z.uuid() }) }).meta({ id: "MessageResult" });

export const timelineEntry = z
  .object({
    kind: z.enum(["event", "message", "note"]),
    at: z.iso.datetime(),
    actor: z.string().meta({ description: "A staff member's name, `subject`, `system` or `api key <name>`." }),
    action: z.string().nullable().meta({ description: "event: the action in the requested language." }),
    code: z.string().nullable().meta({ description: "event: the audit action (e.g. request.assigned)." }),
    detail: z.string().nullable(),
    direction: z.string().nullable(),
    body: z.string().nullable().meta({ description: "Message and note text: only with requests:read_subject." }),
  })
  .meta({ id: "TimelineEntry" });

export const timelineResult = z.object({ data: z.array(timelineEntry), timeZone: z.string() }).meta({ id: "Timeline" });

export const deadlineResult = z
  .object({
    data: z.object({
      regime: z.string(),
      jurisdiction: z.string(),
      controller: z.string(),
      timeZone: z.string(),
      receivedDate: date,
      firstDueDate: date,
      extendedDueDate: date.nullable(),
      dueDate: date,
      extensionNoticeBy: date.nullable(),
      acknowledgeBy: date.nullable(),
      refusalDueDate: date.meta({
        description:
          "The last day to tell the person the request is refused, with the reasons: GDPR/UK GDPR Art. 12(4) and the US state laws count it from receipt and an extension does not move it; elsewhere it is the due date.",
      }),
      refusalCite: z.string().nullable().meta({
        description:
          "The provision that sets refusalDueDate apart from the due date; null where a refusal is the answer.",
      }),
      clockStopAllowed: z.boolean(),
      pausedDays: z.number().int(),
      today: date,
      explanation: z.array(z.string()).meta({ description: "How the date follows from the law, step by step." }),
    }),
  })
  .meta({ id: "DeadlineExplanation" });

export const problem = z
  .object({
    type: z.string().meta({ example: "https://dsr.example.com/api/docs#problem-forbidden" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().meta({ description: "The stable error code." }),
    errors: z
      .array(z.object({ field: z.string(), reason: z.string() }))
      .optional()
      .meta({ description: "Validation errors: each field and why." }),
    missingScopes: z
      .array(z.enum(API_SCOPES))
      .optional()
      .meta({ description: "403: scopes that would allow the call." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });
