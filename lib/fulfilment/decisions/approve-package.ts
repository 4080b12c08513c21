import { z } from "zod";
import { db } from "@/lib/db/client";
import { REEVALUATIONS } from "@/lib/domain/completion-result";
import { DomainError } from "@/lib/domain/errors";
import { detail } from "@/lib/domain/error-details";
import { stepSummary } from "@/lib/fulfilment/step-results/summaries";
import { passGate, waitingGate } from "./pass-gate";

export const approvePackageInput = z.object({
  requestId: z.uuid(),
  exclusions: z
    .array(
      z.object({
        set: z.string().min(1).max(200),
        index: z.coerce.number().int().min(0),
        reason: z.string().trim().min(3, "give a reason (at least 3 characters)").max(500),
      }),
    )
    .max(1000)
    .default([]),
  // A profiling decision questioned (Minn. Stat. § 325M.14, subd. 1(g)): the answer the person receives.
  profilingAnswer: z
    .object({
      reason: z
        .string()
        .trim()
        .min(10, "give the reason (at least 10 characters)")
        .max(4000, "must be at most 4000 characters"),
      howToChange: z.string().trim().max(4000, "must be at most 4000 characters").optional(),
      reevaluation: z.enum(REEVALUATIONS, { error: `must be one of ${REEVALUATIONS.join(", ")}` }),
    })
    .optional(),
});
export type ApprovePackageInput = z.infer<typeof approvePackageInput>;

/**
 * Staff approve the access/portability package after looking at it; records they leave out (another
 * person's data, a trade secret) are listed with a reason, and the package is rebuilt without them
 * before it is released to the subject. A profiling decision questioned is answered here too: the reason
 * the profiling led to it, what could lead to another (if feasible) and the re-evaluation, released with
 * the personal data used.
 */
export async function approvePackage(
  staffId: string,
  raw: z.input<typeof approvePackageInput>,
  now = new Date(),
): Promise<void> {
  const input: ApprovePackageInput = approvePackageInput.parse(raw);
  await db().transaction(async (tx) => {
    const { gate, request } = await waitingGate(tx, { requestId: input.requestId, operation: "review_package" });
    const answer = input.profilingAnswer;
    if (request.type === "question_profiling" && !answer)
      throw new DomainError("invalid_request", detail("fulfilment.profiling_answer_required"), {
        "profilingAnswer.reason": "is required",
        "profilingAnswer.reevaluation": "is required",
      });
    if (request.type !== "question_profiling" && answer)
      throw new DomainError("invalid_request", detail("fulfilment.profiling_answer_not_applicable"), {
        profilingAnswer: "is only for a question about a profiling decision",
      });
    await passGate(tx, {
      gate,
      staffId,
      summary: stepSummary("review_package", {
        exclusions: input.exclusions,
        excludedRecords: input.exclusions.length,
        ...(answer ? { reevaluation: answer.reevaluation } : {}),
      }),
      detail: answer ? { reason: answer.reason, howToChange: answer.howToChange || null } : undefined,
      now,
    });
  });
}
