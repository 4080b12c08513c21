import { eq, lt } from "drizzle-orm";
import { z } from "zod";
import type { Database, Db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { findTask } from "@/lib/db/queries/tasks";
import { findEnabledWebhookSystem, type DataSystem } from "@/lib/db/queries/data-systems";
import { connectorCallbackNonces } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import { completeWaitingTask, type WaitingOutcome } from "@/lib/fulfilment/engine/complete-waiting-task";
import { childLogger } from "@/lib/log";
import { collectsCountsOnly } from "./step-input";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { currentValueSchema, recordSetSchema } from "@/lib/connectors/schemas";
import { describeIssues, doneFromResult, stepResultSchema } from "@/lib/connectors/webhook/connector";
import {
  hasSignatureFormat,
  isWithinWindow,
  SIGNATURE_TOLERANCE_SECONDS,
  verifySignature,
} from "@/lib/connectors/webhook/signature";

const log = childLogger("webhook-callback");

export const callbackBodySchema = z.object({
  taskId: z.uuid(),
  status: z.enum(["succeeded", "failed"]),
  summary: z.record(z.string(), z.unknown()).optional(),
  recordSets: z.array(recordSetSchema).optional(),
  currentValues: z.array(currentValueSchema).optional(),
  error: z.string().max(2000).optional(),
});

const deliveryId = z.string().regex(/^[A-Za-z0-9._:-]{8,200}$/);

export interface CallbackInput {
  systemKey: string;
  timestamp: string | null;
  signature: string | null;
  delivery: string | null;
  /** The body exactly as received: the signature is over these bytes, not over re-serialised JSON. */
  rawBody: string;
  now?: Date;
}

/** What the headers tell before the body is read. */
export type CallbackHeaders = Omit<CallbackInput, "rawBody">;

const staleTimestamp = () =>
  new DomainError(
    "stale_timestamp",
    `The timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes from our clock.`,
  );

/**
 * Everything that can be decided before reading the body: a known enabled webhook system (404) with
 * a secret, a signature header of the right form (401 invalid_signature), a timestamp within the
 * window (401 stale_timestamp) and a delivery id (400). A caller failing these never gets to send us
 * a body: the route reads it only afterwards, with a small cap.
 */
export async function checkCallbackHeaders(database: Database, input: CallbackHeaders): Promise<DataSystem> {
  const system = await findEnabledWebhookSystem(database, { key: input.systemKey });
  if (!system) throw new DomainError("not_found", "No enabled webhook system has this key.");
  if (!system.hasSecret || !hasSignatureFormat(input.signature))
    throw new DomainError("invalid_signature", "The signature does not match.");
  if (!isWithinWindow(input.timestamp, input.now)) throw staleTimestamp();
  if (!deliveryId.safeParse(input.delivery).success)
    throw new DomainError(
      "missing_delivery",
      "Send a unique x-dsr-delivery id (8–200 characters: letters, digits, . _ : -).",
    );
  return system;
}

/**
 * A remote system reporting the outcome of a step it accepted earlier (HTTP 202). Checked in this
 * order: the headers (checkCallbackHeaders), signature over the body (401 invalid_signature), not
 * seen before (409 replayed), body (400), task of this system (404), task waiting (409, from
 * completeWaitingTask).
 *
 * The replay key is the signature itself, not the delivery header: the header is not signed, so a
 * captured callback resent with a fresh delivery id would otherwise pass. A callback whose processing
 * fails gives its key back, so the same signed message can be sent again once the cause is fixed.
 */
export async function acceptCallback(database: Database, input: CallbackInput): Promise<{ updated: boolean }> {
  return acceptCheckedCallback(database, await checkCallbackHeaders(database, input), input);
}

/** acceptCallback for a system whose headers checkCallbackHeaders already accepted. */
export async function acceptCheckedCallback(
  database: Database,
  system: DataSystem,
  input: CallbackInput,
): Promise<{ updated: boolean }> {
  const verdict = verifySignature({
    secret: system.secret(),
    timestamp: input.timestamp,
    signature: input.signature,
    rawBody: input.rawBody,
    now: input.now,
  });
  if (!verdict.ok) {
    throw verdict.reason === "stale_timestamp"
      ? staleTimestamp()
      : new DomainError("invalid_signature", "The signature does not match.");
  }

  const nonce = input.signature!.trim().toLowerCase();
  const inserted = await database
    .insert(connectorCallbackNonces)
    .values({ nonce, systemId: system.id })
    .onConflictDoNothing()
    .returning({ nonce: connectorCallbackNonces.nonce });
  if (inserted.length === 0) throw new DomainError("replayed", "This callback was already received.");

  try {
    const outcome = await outcomeOf(database, system.id, input.rawBody);
    const result = await completeWaitingTask(database, {
      taskId: outcome.taskId,
      systemId: system.id,
      outcome: outcome.outcome,
      actor: { type: "system" },
    });
    log.info(
      {
        system: system.key,
        delivery: input.delivery,
        taskId: outcome.taskId,
        status: outcome.outcome.status,
        updated: result.updated,
      },
      "webhook callback accepted",
    );
    return result;
  } catch (err) {
    await database
      .delete(connectorCallbackNonces)
      .where(eq(connectorCallbackNonces.nonce, nonce))
      .catch(() => undefined);
    throw err;
  }
}

async function outcomeOf(
  database: Database,
  systemId: string,
  rawBody: string,
): Promise<{ taskId: string; outcome: WaitingOutcome }> {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new DomainError("invalid_request", "The body is not valid JSON.", { _: "invalid JSON" });
  }
  const body = callbackBodySchema.parse(json);
  // Scoped to the calling system: another system's task is "not found", whatever its id.
  const task = await findTask(database, { id: body.taskId });
  if (!task || task.systemId !== systemId) throw new DomainError("not_found", "This system has no such task.");
  if (body.status === "failed") {
    return {
      taskId: body.taskId,
      outcome: {
        status: "failed",
        error: body.error?.trim() || "The remote system reported a failure without a reason.",
      },
    };
  }
  const result = stepResultSchema(task.operation).safeParse(body);
  if (!result.success) {
    const fields = Object.fromEntries(result.error.issues.map((i) => [i.path.join(".") || "_", i.message]));
    throw new DomainError(
      "invalid_request",
      `The result does not fit the ${task.operation} step: ${describeIssues(result.error)}`,
      fields,
    );
  }
  const done = doneFromResult(task.operation, result.data);
  // A confirmation keeps the counts only, whatever rows the system sent (step-input.ts).
  if (task.operation === "collect") {
    const request = await findRequest(database, { id: task.requestId });
    if (request && collectsCountsOnly(request.type, task.operation)) delete done.detail;
  }
  return { taskId: body.taskId, outcome: { status: "succeeded", ...done } };
}

/** Generous per-address limit: remote systems call back in bursts when they finish a batch. */
export async function enforceCallbackRateLimit(database: Db, ip: string): Promise<void> {
  const verdict = await consumeRateLimit(
    database,
    { name: "connector-callback:ip", limit: 600, windowSeconds: 60 },
    ip,
  );
  if (!verdict.allowed)
    throw new DomainError(
      "rate_limited",
      "Too many callbacks from this address. Please slow down.",
      undefined,
      verdict.retryAfterSeconds,
    );
}

/**
 * Replay keys older than the timestamp window can go: a message that old is refused as stale
 * anyway. For a periodic job.
 */
export async function pruneCallbackNonces(database: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 2 * SIGNATURE_TOLERANCE_SECONDS * 1000);
  const rows = await database
    .delete(connectorCallbackNonces)
    .where(lt(connectorCallbackNonces.receivedAt, cutoff))
    .returning({ nonce: connectorCallbackNonces.nonce });
  return rows.length;
}
