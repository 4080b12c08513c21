import { z } from "zod";
import { REFUSAL_REASONS } from "@/lib/domain/vocabulary";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** The lifecycle actions staff take on a request (verify and the subject's reply are not theirs). */
export const STAFF_TRANSITIONS = [
  "assign",
  "start",
  "ask_subject",
  "submit_for_review",
  "complete",
  "extend",
  "refuse",
  "withdraw",
  "reopen",
] as const;

export type StaffTransitionType = (typeof STAFF_TRANSITIONS)[number];

/**
 * A staff member's lifecycle action on one request, as a form or JSON body sends it. One flat shape
 * for every type: the lifecycle checks which fields each action needs, with its own messages.
 */
export const staffTransitionInput = z.object({
  requestId: z.uuid({ error: "is not a request id" }),
  // A form sends text, a JSON body a number: "x", -1 or 1.5 are told apart from a missing version.
  version: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? undefined : typeof v === "string" ? Number(v) : v),
    z
      .number({ error: (issue) => (issue.input === undefined ? "is required" : "must be a whole number") })
      .int("must be a whole number")
      .min(1, "must be at least 1"),
  ),
  type: z.enum(STAFF_TRANSITIONS),
  assigneeId: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => (v ? v : null)),
  message: text(5000).optional(),
  reason: text(2000).optional(),
  reasonCode: z.enum(REFUSAL_REASONS, { error: "choose a reason" }).optional(),
  reasonText: text(5000).optional(),
});

export type StaffTransitionInput = z.infer<typeof staffTransitionInput>;

/** The same, from code (bulk assignment, fixtures): fields a type does not use may be left out. */
export type StaffTransitionRequest = Omit<StaffTransitionInput, "assigneeId"> & { assigneeId?: string | null };
