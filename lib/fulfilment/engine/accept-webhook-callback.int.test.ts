import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { decryptTaskDetail, findTask } from "@/lib/db/queries/tasks";
import { connectorCallbackNonces, requestTasks } from "@/lib/db/schema";
import { acceptCallback, pruneCallbackNonces, type CallbackInput } from "./accept-webhook-callback";
import { generateSystemSecret, unixSeconds } from "@/lib/connectors/webhook/signature";
import {
  createTaskOf,
  createWebhookTestSystem,
  disableWebhookTestSystems,
  signedCallback as signed,
  testRecordSet as recordSet,
  type TestSystem,
} from "@/scripts/test-support/webhook-system";

let a: TestSystem;
let b: TestSystem;
let disabled: TestSystem;

beforeAll(async () => {
  a = await createWebhookTestSystem();
  b = await createWebhookTestSystem();
  disabled = await createWebhookTestSystem(false);
});
afterAll(async () => {
  await disableWebhookTestSystems([a, b]);
  await closeDb();
});

/** "accepted", or the code the caller is refused with. */
async function verdict(input: CallbackInput): Promise<string> {
  try {
    await acceptCallback(db(), input);
    return "accepted";
  } catch (err) {
    const e = err as { code?: string; name?: string };
    return e.code ?? (e.name === "ZodError" ? "invalid_body" : `unexpected: ${(err as Error).message}`);
  }
}

const status = async (taskId: string) => (await findTask(db(), { id: taskId }))!.status;

describe("acceptCallback", () => {
  it("completes the waiting task with the record sets, once; the same signed callback again is a replay", async () => {
    const taskId = await createTaskOf(a);
    const input = signed(a, { taskId, status: "succeeded", summary: { source: "crm" }, recordSets: [recordSet] });
    await expect(acceptCallback(db(), input)).resolves.toEqual({ updated: true });

    const task = (await findTask(db(), { id: taskId }))!;
    expect(task.status).toBe("succeeded");
    expect(task.resultSummary).toEqual({ webhook: true, records: { "crm.contacts": 1 } }); // free text ("source") is not kept in clear
    expect(decryptTaskDetail(task)).toEqual([recordSet]);
    expect(task.resultEnc).not.toContain("wanda");

    expect(await verdict(input)).toBe("replayed");
    // The delivery header is not signed, so the signed message itself is the replay key.
    expect(await verdict({ ...input, delivery: randomUUID() })).toBe("replayed");
  });

  it("records a failure the system reports", async () => {
    const taskId = await createTaskOf(a, "restrict");
    await expect(
      acceptCallback(db(), signed(a, { taskId, status: "failed", error: "account locked by legal" })),
    ).resolves.toEqual({ updated: true });
    const task = (await findTask(db(), { id: taskId }))!;
    expect(task.status).toBe("failed");
    expect(task.lastError).toBe("account locked by legal");
  });

  it("refuses a bad signature and a stale timestamp, leaving the task waiting", async () => {
    const taskId = await createTaskOf(a);
    const body = { taskId, status: "succeeded", recordSets: [] };
    expect(await verdict(signed(a, body, { secret: generateSystemSecret() }))).toBe("invalid_signature");
    const genuine = signed(a, body);
    expect(await verdict({ ...genuine, rawBody: genuine.rawBody.replace("succeeded", "failed") })).toBe(
      "invalid_signature",
    );
    expect(await verdict({ ...genuine, timestamp: String(Number(genuine.timestamp) - 1) })).toBe("invalid_signature");
    expect(await verdict({ ...genuine, signature: null })).toBe("invalid_signature");
    expect(await verdict(signed(a, body, { timestamp: unixSeconds() - 301 }))).toBe("stale_timestamp");
    expect(await verdict(signed(a, body, { timestamp: unixSeconds() + 400 }))).toBe("stale_timestamp");
    expect(await status(taskId)).toBe("waiting");
  });

  it("refuses another system's task and another system's secret", async () => {
    const taskOfA = await createTaskOf(a);
    const body = { taskId: taskOfA, status: "succeeded", recordSets: [] };
    expect(await verdict(signed(b, body))).toBe("not_found");
    expect(await verdict(signed(a, body, { key: b.key }))).toBe("invalid_signature");
    expect(await verdict(signed(a, { taskId: randomUUID(), status: "succeeded" }))).toBe("not_found");
    expect(await status(taskOfA)).toBe("waiting");
  });

  it("knows no unknown or disabled system", async () => {
    const body = { taskId: randomUUID(), status: "failed" };
    expect(await verdict(signed(a, body, { key: "no-such-system" }))).toBe("not_found");
    expect(await verdict(signed(disabled, body))).toBe("not_found");
  });

  it("refuses a body that does not fit, without using up its replay key", async () => {
    const taskId = await createTaskOf(a);
    const bad = signed(a, { taskId, status: "succeeded", summary: {} });
    await expect(acceptCallback(db(), bad)).rejects.toMatchObject({
      code: "invalid_request",
      fields: { recordSets: expect.any(String) },
    });
    expect(await verdict(bad)).toBe("invalid_request");
    expect(await verdict(signed(a, { taskId: "42", status: "done" }))).toBe("invalid_body");
    expect(await verdict(signed(a, "{not json"))).toBe("invalid_request");
    expect(await verdict(signed(a, { taskId, status: "succeeded", recordSets: [recordSet] }))).toBe("accepted");
  });

  it("refuses while the task is not waiting yet; the same signed callback is accepted once it is", async () => {
    // The system may call back before the engine has recorded its 202 (the step is still running).
    const taskId = await createTaskOf(a, "collect", "running");
    const input = signed(a, { taskId, status: "succeeded", recordSets: [] });
    expect(await verdict(input)).toBe("invalid_transition");
    await db().update(requestTasks).set({ status: "waiting" }).where(eq(requestTasks.id, taskId));
    expect(await verdict(input)).toBe("accepted");
    expect(await status(taskId)).toBe("succeeded");
  });

  it("wants a delivery id", async () => {
    const taskId = await createTaskOf(a);
    expect(await verdict(signed(a, { taskId, status: "failed" }, { delivery: null }))).toBe("missing_delivery");
    expect(await status(taskId)).toBe("waiting");
  });

  it("prunes replay keys older than the timestamp window", async () => {
    const nonce = `test-${randomUUID()}`;
    await db()
      .insert(connectorCallbackNonces)
      .values({ nonce, systemId: a.id, receivedAt: new Date(Date.now() - 11 * 60_000) });
    expect(await pruneCallbackNonces(db())).toBeGreaterThanOrEqual(1);
    expect(
      await db().select().from(connectorCallbackNonces).where(eq(connectorCallbackNonces.nonce, nonce)),
    ).toHaveLength(0);
  });
});
