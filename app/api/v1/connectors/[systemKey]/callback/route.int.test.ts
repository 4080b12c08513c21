import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { CallbackInput } from "@/lib/fulfilment/engine/accept-webhook-callback";
import { unixSeconds } from "@/lib/connectors/webhook/signature";
import {
  createTaskOf,
  signedCallback,
  testRecordSet,
  webhookTestSystemForFile,
} from "@/scripts/test-support/webhook-system";
import { db } from "@/lib/db/client";
import { findTask } from "@/lib/db/queries/tasks";
import { POST } from "./route";

const system = webhookTestSystemForFile();

function post(input: CallbackInput, headers: Record<string, string> = {}): Promise<Response> {
  const h: Record<string, string> = {
    "content-type": "application/json",
    "x-forwarded-for": "198.51.100.7",
    ...headers,
  };
  if (input.timestamp !== null) h["x-dsr-timestamp"] = input.timestamp;
  if (input.signature !== null) h["x-dsr-signature"] = input.signature;
  if (input.delivery !== null) h["x-dsr-delivery"] = input.delivery;
  const request = new Request(`http://127.0.0.1/api/v1/connectors/${input.systemKey}/callback`, {
    method: "POST",
    headers: h,
    body: input.rawBody,
  });
  return POST(request, { params: Promise.resolve({ systemKey: input.systemKey }) });
}

const errorOf = async (res: Response) => ({
  status: res.status,
  ...((await res.json()) as { error: { code: string; fields?: Record<string, string> } }).error,
});

it("answers 200 accepted, then 409 replayed for the same callback", async () => {
  const taskId = await createTaskOf(system);
  const input = signedCallback(system, { taskId, status: "succeeded", recordSets: [testRecordSet] });
  const res = await post(input);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ data: { accepted: true } });
  expect((await findTask(db(), { id: taskId }))!.status).toBe("succeeded");
  expect(await errorOf(await post(input))).toMatchObject({ status: 409, code: "replayed" });
});

it("maps refusals to their status and code", async () => {
  const taskId = await createTaskOf(system);
  const body = { taskId, status: "succeeded", recordSets: [] };
  expect(
    await errorOf(await post({ ...signedCallback(system, body), signature: `sha256=${"0".repeat(64)}` })),
  ).toMatchObject({ status: 401, code: "invalid_signature" });
  expect(await errorOf(await post(signedCallback(system, body, { timestamp: unixSeconds() - 600 })))).toMatchObject({
    status: 401,
    code: "stale_timestamp",
  });
  expect(await errorOf(await post(signedCallback(system, body, { key: "no-such-system" })))).toMatchObject({
    status: 404,
    code: "not_found",
  });
  expect(await errorOf(await post(signedCallback(system, { ...body, taskId: randomUUID() })))).toMatchObject({
    status: 404,
    code: "not_found",
  });
  expect(await errorOf(await post(signedCallback(system, { taskId: "42", status: "done" })))).toMatchObject({
    status: 400,
    code: "invalid_request",
    fields: { taskId: expect.any(String), status: expect.any(String) },
  });
  expect(await errorOf(await post(signedCallback(system, { taskId, status: "succeeded" })))).toMatchObject({
    status: 400,
    code: "invalid_request",
    fields: { recordSets: expect.any(String) },
  });
  expect(await errorOf(await post(signedCallback(system, body), { "content-type": "text/plain" }))).toMatchObject({
    status: 415,
  });
  expect(await errorOf(await post(signedCallback(system, body, { delivery: null })))).toMatchObject({
    status: 400,
    code: "missing_delivery",
  });
  expect((await findTask(db(), { id: taskId }))!.status).toBe("waiting");
});
