import { z } from "zod";
import type { PolicyResource, StaffAction } from "@/lib/auth/policy";
import type { RequestRow } from "@/lib/db/queries/requests";
import { assignRequest } from "./assign-request";
import { askSubject } from "./ask-subject";
import { completeRequest } from "./complete-request";
import { extendDeadline } from "./extend-deadline";
import { refuseRequest } from "./refuse-request";
import { reopenRequest } from "./reopen-request";
import { startRequest } from "./start-request";
import { submitForReview } from "./submit-for-review";
import { REFUSAL_REASONS, type StaffRole } from "@/lib/domain/vocabulary";
import { withdrawRequest } from "./withdraw-request";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

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

/** A staff member's lifecycle action on one request, as a form or JSON body sends it. */
export const staffTransitionInput = z.object({
  requestId: z.uuid({ error: "is not a request id" }),
  version: z.coerce.number({ error: "is required" }).int().min(1),
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

/** The `can()` action that guards each transition (assignment depends on who gets the request). */
export function transitionPolicy(
  input: Pick<StaffTransitionInput, "type" | "assigneeId">,
  staff: { id: string },
): { action: StaffAction; resource?: PolicyResource } {
  switch (input.type) {
    case "assign":
      return input.assigneeId === staff.id
        ? { action: "request.assign_self", resource: { targetAssigneeId: input.assigneeId } }
        : { action: "request.assign_others" };
    case "start":
      return { action: "request.start" };
    case "ask_subject":
      return { action: "request.ask_subject" };
    case "submit_for_review":
      return { action: "request.submit_for_review" };
    case "complete":
      return { action: "request.complete" };
    case "extend":
      return { action: "request.extend" };
    case "refuse":
      return { action: "request.refuse" };
    case "withdraw":
      return { action: "request.withdraw" };
    case "reopen":
      return { action: "request.reopen" };
  }
}

/** Dispatches to the one use case per transition; each runs in its own transaction with its audit entry. */
export function runStaffTransition(
  input: StaffTransitionInput,
  staff: { id: string; role: StaffRole },
): Promise<RequestRow> {
  const p = { requestId: input.requestId, expectedVersion: input.version, staff };
  switch (input.type) {
    case "assign":
      return assignRequest({ ...p, assigneeId: input.assigneeId });
    case "start":
      return startRequest(p);
    case "ask_subject":
      return askSubject({ ...p, message: input.message ?? "" });
    case "submit_for_review":
      return submitForReview(p);
    case "complete":
      return completeRequest(p);
    case "extend":
      return extendDeadline({ ...p, reason: input.reason ?? "" });
    case "refuse":
      return refuseRequest({ ...p, reasonCode: input.reasonCode ?? ("" as never), reasonText: input.reasonText ?? "" });
    case "withdraw":
      return withdrawRequest({ ...p, reason: input.reason || undefined });
    case "reopen":
      return reopenRequest({ ...p, reason: input.reason ?? "" });
  }
}
