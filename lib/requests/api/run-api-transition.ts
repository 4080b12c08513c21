import type { z } from "zod";
import type { ApiKeyPrincipal } from "@/lib/auth/api-scopes";
import type { StaffPolicyCheck } from "@/lib/http/staff-action";
import { verifyIdentityByStaff, verifyIdentityInput } from "@/lib/requests/verification/verify-by-staff";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { staffTransitionInput } from "@/lib/requests/transitions/staff-transition-input";
import { transitionPolicy } from "@/lib/requests/transitions/staff-transition-specs";
import type { transitionBody } from "./schemas";

type TransitionBody = z.infer<typeof transitionBody>;

/** The `can()` check of a transition by name: the staff specs' own (verify_identity: request.verify_identity). */
export function apiTransitionPolicy(body: TransitionBody, key: ApiKeyPrincipal): StaffPolicyCheck {
  if (body.type === "verify_identity") return "request.verify_identity";
  return transitionPolicy({ type: body.type, assigneeId: body.assigneeId ?? null }, key);
}

/**
 * A staff lifecycle action run by an API key: the workspace's use cases with the same input schemas,
 * so every rule (who may assign whom, required reasons, the version check, the mails) is theirs.
 */
export async function runApiTransition(
  requestId: string,
  body: TransitionBody,
  key: ApiKeyPrincipal,
): Promise<{ data: { id: string; status: string; version: number } }> {
  const row =
    body.type === "verify_identity"
      ? await verifyIdentityByStaff(
          verifyIdentityInput.parse({
            requestId,
            version: body.version,
            identityMethod: body.identityMethod ?? "",
            identityNote: body.identityNote,
          }),
          key,
        )
      : await runStaffTransition(
          staffTransitionInput.parse({
            requestId,
            version: body.version,
            type: body.type,
            assigneeId: body.assigneeId ?? "",
            message: body.message,
            reason: body.reason,
            reasonCode: body.reasonCode,
            reasonText: body.reasonText,
          }),
          key,
        );
  return { data: { id: row.id, status: row.status, version: row.version } };
}
