import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import {
  freshShopCustomer,
  listTasks,
  startRequest,
  testStaff,
  verifiedRequest,
} from "@/scripts/test-support/fulfilment";
import { planFulfilment } from "./plan-fulfilment";

afterAll(() => closeDb());

const plannedEntries = (requestId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.requestId, requestId), eq(auditLog.action, "fulfilment.planned")));

describe("the plan job", () => {
  it("plans once however often it runs, even side by side", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "erasure", email: customer.email });
    await startRequest(id, await testStaff("agent")); // waits for the workers' own run of the job
    const planned = (await listTasks(db(), { requestId: id })).map((t) => t.id).sort();
    expect(planned.length).toBeGreaterThan(0);

    await Promise.all([planFulfilment(id), planFulfilment(id), planFulfilment(id)]);
    expect((await listTasks(db(), { requestId: id })).map((t) => t.id).sort()).toEqual(planned);
    expect(await plannedEntries(id)).toHaveLength(1);
  });

  it("records an empty plan, so planning it again adds nothing and the request may be closed by hand", async () => {
    const customer = await freshShopCustomer(1);
    // An objection that is not about direct marketing has no automatic steps: the DPO decides.
    const id = await verifiedRequest({ type: "objection", email: customer.email, objectionScope: "other" });
    await startRequest(id, await testStaff("agent"));
    await Promise.all([planFulfilment(id), planFulfilment(id)]);
    expect(await listTasks(db(), { requestId: id })).toEqual([]);
    const entries = await plannedEntries(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.payload).toEqual({ steps: [] });
  });
});
