import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { outbox, requestTasks } from "@/lib/db/schema";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { runTransition } from "./run-transition";

const { dpo, agent } = fileStaff({ dpo: "dpo", agent: "agent" });

class RollBack extends Error {}

describe("starting work", () => {
  it("queues the plan as a job, and a request whose plan is not written yet cannot be closed by hand", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "access", email: customer.email });
    // One transaction, rolled back at the end: the workers cannot plan before it commits.
    await expect(
      db().transaction(async (tx) => {
        await runTransition(tx, { requestId: id, actor: agent, action: { type: "start" } });
        const jobs = await tx
          .select({ name: outbox.jobName })
          .from(outbox)
          .where(and(eq(outbox.jobName, "fulfilment.plan"), sql`${outbox.payload}->>'requestId' = ${id}`));
        expect(jobs).toHaveLength(1);
        expect(await tx.select().from(requestTasks).where(eq(requestTasks.requestId, id))).toEqual([]);

        await runTransition(tx, { requestId: id, actor: agent, action: { type: "submit_for_review" } });
        await expect(
          runTransition(tx, { requestId: id, actor: dpo, action: { type: "complete" } }),
        ).rejects.toMatchObject({ code: "invalid_transition", message: expect.stringMatching(/still being prepared/) });
        throw new RollBack();
      }),
    ).rejects.toBeInstanceOf(RollBack);
  });
});
