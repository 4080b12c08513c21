import { z } from "zod";
import { db } from "@/lib/db/client";
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
});
export type ApprovePackageInput = z.infer<typeof approvePackageInput>;

/**
 * Staff approve the access/portability package after looking at it; records they leave out (another
 * person's data, a trade secret) are listed with a reason, and the package is rebuilt without them
 * before it is released to the subject.
 */
export async function approvePackage(
  staffId: string,
  raw: z.input<typeof approvePackageInput>,
  now = new Date(),
): Promise<void> {
  const input: ApprovePackageInput = approvePackageInput.parse(raw);
  await db().transaction(async (tx) => {
    const { gate } = await waitingGate(tx, { requestId: input.requestId, operation: "review_package" });
    await passGate(tx, {
      gate,
      staffId,
      summary: stepSummary("review_package", {
        exclusions: input.exclusions,
        excludedRecords: input.exclusions.length,
      }),
      now,
    });
  });
}
