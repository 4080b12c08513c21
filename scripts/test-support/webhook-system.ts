import { randomBytes, randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { dataSystems, requestTasks } from "@/lib/db/schema";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import type { CallbackInput } from "@/lib/fulfilment/engine/accept-webhook-callback";
import { generateSystemSecret, signPayload, unixSeconds } from "@/lib/connectors/webhook/signature";
import { setDataSystemSecret } from "@/lib/db/queries/data-systems";

/** Fixtures for the callback integration tests (use case and route). */
export type TestSystem = { id: string; key: string; secret: string };

export async function createWebhookTestSystem(enabled = true): Promise<TestSystem> {
  const key = `wh-test-${randomBytes(4).toString("hex")}`;
  const secret = generateSystemSecret();
  const [row] = await db()
    .insert(dataSystems)
    .values({
      key,
      name: `Webhook ${key}`,
      kind: "webhook",
      enabled,
      config: { url: "http://127.0.0.1:9/unused", capabilities: { collect: true, restrict: true } },
    })
    .returning({ id: dataSystems.id });
  await setDataSystemSecret(db(), { id: row!.id, secret });
  return { id: row!.id, key, secret };
}

/**
 * One enabled webhook system for a test file: created before its tests (the object is filled in then),
 * disabled after them, and the file's pool closed.
 */
export function webhookTestSystemForFile(): TestSystem {
  const system = {} as TestSystem;
  beforeAll(async () => {
    Object.assign(system, await createWebhookTestSystem());
  });
  afterAll(async () => {
    await disableWebhookTestSystems([system]);
    await closeDb();
  });
  return system;
}

/** Left in place but disabled, so later plans in the same database do not include them. */
export async function disableWebhookTestSystems(systems: TestSystem[]): Promise<void> {
  await db()
    .update(dataSystems)
    .set({ enabled: false })
    .where(
      inArray(
        dataSystems.id,
        systems.map((s) => s.id),
      ),
    );
}

/** A fresh request with one step of `system` in the given state (as if the system had answered 202). */
export async function createTaskOf(
  system: TestSystem,
  operation = "collect",
  status: "waiting" | "running" = "waiting",
): Promise<string> {
  const { id: requestId } = await submitRequest(
    {
      type: "access",
      email: `wh.${randomBytes(4).toString("hex")}@example.net`,
      fullName: "Wanda Webhook",
      locale: "en",
    },
    { channel: "api", actor: { type: "subject" } },
  );
  const [task] = await db()
    .insert(requestTasks)
    .values({ requestId, systemId: system.id, operation, status, resultSummary: { webhook: true } })
    .returning({ id: requestTasks.id });
  return task!.id;
}

/** A callback as the remote system would sign it; `rawBody` as a string is sent as it is. */
export function signedCallback(
  system: TestSystem,
  body: unknown,
  o: { secret?: string; timestamp?: number; delivery?: string | null; key?: string } = {},
): CallbackInput {
  const rawBody = typeof body === "string" ? body : JSON.stringify(body);
  const timestamp = String(o.timestamp ?? unixSeconds());
  return {
    systemKey: o.key ?? system.key,
    timestamp,
    signature: signPayload(o.secret ?? system.secret, timestamp, rawBody),
    delivery: o.delivery === undefined ? randomUUID() : o.delivery,
    rawBody,
  };
}

export const testRecordSet = {
  name: "crm.contacts",
  category: "Identity",
  providedBySubject: true,
  columns: ["email"],
  rows: [{ email: "wanda@example.net" }],
};
