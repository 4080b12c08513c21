import { z } from "zod";
import { db } from "@/lib/db/client";
import { findRequestAgent } from "@/lib/db/queries/request-agents";
import { detail } from "@/lib/domain/error-details";
import { DomainError } from "@/lib/domain/errors";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { resendVerification } from "@/lib/requests/verification/resend-verification";
import { AGENT_REVIEW_ROLES } from "./review-agent-permission";

export const askConsumerToVerifyInput = z.object({ requestId: z.uuid({ error: "is not a request id" }) });

/**
 * Staff ask the consumer of an agent's request to verify their own identity directly (11 CCR § 7063(a)(1)): a
 * fresh verification mail, audited as `request.consumer_asked_to_verify`. Refused when the agent holds a power of
 * attorney under Probate Code §§ 4121–4130: § 7063(b) says subsection (a) does not apply to them.
 */
export async function askConsumerToVerify(
  input: z.infer<typeof askConsumerToVerifyInput>,
  staff: { id: string; role: StaffRole },
  now = new Date(),
): Promise<void> {
  if (!AGENT_REVIEW_ROLES.includes(staff.role))
    throw new DomainError("forbidden", detail("requests.agent_request_role"));
  const agent = await findRequestAgent(db(), { requestId: input.requestId });
  if (!agent) throw new DomainError("not_found", detail("requests.not_filed_by_agent"));
  if (agent.permission.kind === "power_of_attorney")
    throw new DomainError("conflict", detail("requests.agent_power_of_attorney"), {
      requestId: "the agent holds a power of attorney (11 CCR § 7063(b))",
    });
  await resendVerification(input.requestId, now, { staffId: staff.id });
}
